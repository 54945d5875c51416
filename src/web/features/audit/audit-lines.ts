/**
 * Document lines and charges as the audit trail stores them: quote lines and charges as objects, order,
 * invoice and delivery lines as the server's one-line texts ("1. Cable: 10 m, delivered 6, invoiced 0").
 */
export type Line = {
  /** What identifies the line across two versions of the list: its product, else its text. */
  identity: string;
  description: string;
  quantity?: string;
  unit?: string;
  unitPrice?: string;
  discountPercent?: string;
  taxRate?: string;
  netAmount?: string;
  amount?: string;
  delivered?: string;
  invoiced?: string;
};

export const lineFacts = ['description', 'quantity', 'unit', 'unitPrice', 'discountPercent', 'taxRate', 'netAmount', 'amount', 'delivered', 'invoiced'] as const;
export type LineFact = (typeof lineFacts)[number];

const numbered = /^\d+\. (.*): ([^:]*)$/s;
const orderTail = /^(\S+)(?: (.*?))?, delivered (\S+), invoiced (\S+)$/;
const invoiceTail = /^(\S+)(?: (.*?))? × (\S+)$/;
const deliveryTail = /^(-?[\d.]+)(?: (\S+))?$/;

function parseText(text: string): Line | null {
  const match = numbered.exec(text);
  if (!match) return null;
  const [, description = '', tail = ''] = match;
  const order = orderTail.exec(tail);
  if (order) return { identity: description, description, quantity: order[1], unit: order[2] ?? '', delivered: order[3], invoiced: order[4] };
  const invoice = invoiceTail.exec(tail);
  if (invoice) return { identity: description, description, quantity: invoice[1], unit: invoice[2] ?? '', unitPrice: invoice[3] };
  const delivery = deliveryTail.exec(tail);
  if (delivery) return { identity: description, description, quantity: delivery[1], unit: delivery[2] ?? '' };
  return { identity: description, description: `${description}: ${tail}` };
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return undefined;
}

function parseObject(item: Record<string, unknown>): Line | null {
  const description = text(item.description);
  if (description === undefined || (item.quantity === undefined && item.amount === undefined)) return null;
  const line: Line = { identity: text(item.productId) ?? text(item.sku) ?? description, description };
  for (const fact of lineFacts) {
    const value = text(item[fact]);
    if (value !== undefined && fact !== 'description') line[fact] = value;
  }
  return line;
}

export function parseLine(item: unknown): Line | null {
  if (typeof item === 'string') return parseText(item);
  if (item !== null && typeof item === 'object' && !Array.isArray(item)) return parseObject(item as Record<string, unknown>);
  return null;
}

/** The list as lines, or null when it is not a list of lines (an empty list is one). */
export function parseLines(value: unknown): Line[] | null {
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) return null;
  const lines: Line[] = [];
  for (const item of value) {
    const line = parseLine(item);
    if (!line) return null;
    lines.push(line);
  }
  return lines;
}

export type LinesDiff = { added: Line[]; removed: Line[]; changed: { before: Line; after: Line }[] };

const sameFacts = (a: Line, b: Line) => lineFacts.every((fact) => a[fact] === b[fact]);

/** What changed between two versions of a list: unchanged lines (even when renumbered) are left out. */
export function diffLines(before: readonly Line[], after: readonly Line[]): LinesDiff {
  const unmatched = [...before];
  const take = (test: (line: Line) => boolean) => {
    const index = unmatched.findIndex(test);
    return index < 0 ? undefined : unmatched.splice(index, 1)[0];
  };
  const rest = after.filter((line) => !take((old) => old.identity === line.identity && sameFacts(old, line)));
  const changed: LinesDiff['changed'] = [];
  const added: Line[] = [];
  for (const line of rest) {
    const old = take((candidate) => candidate.identity === line.identity);
    if (old) changed.push({ before: old, after: line });
    else added.push(line);
  }
  return { added, removed: unmatched, changed };
}

/** Items of a plain list (pipeline stages, tax ids) added and removed, by their written form. */
export function diffItems(before: readonly string[], after: readonly string[]): { added: string[]; removed: string[] } {
  const unmatched = [...before];
  const added = after.filter((item) => {
    const index = unmatched.indexOf(item);
    if (index < 0) return true;
    unmatched.splice(index, 1);
    return false;
  });
  return { added, removed: unmatched };
}
