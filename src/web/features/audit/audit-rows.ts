import { fieldLabel, orderFields, type RefTarget } from './audit-fields';
import { diffItems, diffLines, lineFacts, parseLines, type Line } from './audit-lines';
import { isEmpty, isMoney, isZeroNumber, lineFact, lineParts, showValue, summarise, summaryParts, type Shown, type ValueContext } from './audit-values';

type Change = { before: unknown; after: unknown };

export type LineView = { description: string; parts: string[] };
export type LineChangeView = { description: string; facts: { label: string; before: string; after: string }[] };

/** One changed field of an event, ready to show. */
export type ChangeRow = { field: string; label: string } & (
  | { type: 'value'; before: Shown; after: Shown }
  | { type: 'lines'; added: LineView[]; removed: LineView[]; changed: LineChangeView[] }
  | { type: 'items'; added: string[]; removed: string[] }
  | { type: 'entries'; entries: { label: string; before: string[]; after: string[] }[]; fresh: boolean }
);

export type RowsContext = Omit<ValueContext, 'currency'> & {
  action: string;
  /** The record's currency before and after this event (an event that changes it carries both). */
  currency: { before: string | null; after: string | null };
};

// Money stored as { amount, currency } is one value, not an object to list.
const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value) && !isMoney(value as Record<string, unknown>);

function lineRow(ctx: RowsContext, before: Line[], after: Line[]) {
  const side = (which: 'before' | 'after'): ValueContext => ({ ...ctx, currency: ctx.currency[which] });
  const view = (line: Line, which: 'before' | 'after'): LineView => ({ description: line.description, parts: lineParts(side(which), line) });
  const diff = diffLines(before, after);
  return {
    type: 'lines' as const,
    added: diff.added.map((line) => view(line, 'after')),
    removed: diff.removed.map((line) => view(line, 'before')),
    changed: diff.changed.map(({ before: old, after: now }) => ({
      description: now.description,
      facts: lineFacts
        .filter((fact) => old[fact] !== now[fact])
        .map((fact) => {
          const was = lineFact(side('before'), fact, old[fact]);
          return { label: was.label, before: was.text, after: lineFact(side('after'), fact, now[fact]).text };
        }),
    })),
  };
}

function fieldRow(ctx: RowsContext, field: string, change: Change): ChangeRow {
  const label = fieldLabel(ctx.lookup, ctx.entityType, field);
  const before: ValueContext = { ...ctx, currency: ctx.currency.before };
  const after: ValueContext = { ...ctx, currency: ctx.currency.after };
  const lists = Array.isArray(change.before) || Array.isArray(change.after);
  if (lists) {
    const oldLines = parseLines(change.before);
    const newLines = parseLines(change.after);
    if (oldLines && newLines) return { field, label, ...lineRow(ctx, oldLines, newLines) };
    const items = (value: unknown, context: ValueContext) => (Array.isArray(value) ? value.map((item) => summarise(context, field, item)) : []);
    return { field, label, type: 'items', ...diffItems(items(change.before, before), items(change.after, after)) };
  }
  if (isPlainObject(change.before) || isPlainObject(change.after)) {
    const old = isPlainObject(change.before) ? change.before : {};
    const now = isPlainObject(change.after) ? change.after : {};
    const entries = [...new Set([...Object.keys(old), ...Object.keys(now)])]
      .filter((key) => JSON.stringify(old[key]) !== JSON.stringify(now[key]))
      .map((key) => ({ label: fieldLabel(ctx.lookup, ctx.entityType, key), before: summaryParts(before, key, old[key]), after: summaryParts(after, key, now[key]) }))
      .filter((entry) => entry.before.join() !== entry.after.join());
    // Filled in for the first time (an invoice's parties when it is issued): its values are the news.
    return { field, label, type: 'entries', entries, fresh: isEmpty(change.before) };
  }
  return { field, label, type: 'value', before: showValue(before, field, change.before), after: showValue(after, field, change.after) };
}

function isBlank(row: ChangeRow): boolean {
  switch (row.type) {
    case 'value':
      return row.before.type === 'empty' && row.after.type === 'empty';
    case 'lines':
      return row.added.length + row.removed.length + row.changed.length === 0;
    case 'items':
      return row.added.length + row.removed.length === 0;
    case 'entries':
      return row.entries.length === 0;
  }
}

/**
 * The rows of an event in reading order. A new record lists only the fields it was given a value in
 * (a zero total or an unset flag is no news either); no row says "empty → empty".
 */
export function changeRows(ctx: RowsContext, changes: Record<string, Change>): ChangeRow[] {
  const created = ctx.action === 'create';
  const fields = orderFields(Object.keys(changes)).filter((field) => {
    const change = changes[field];
    return change && !(created && (isEmpty(change.after) || change.after === false || isZeroNumber(ctx.entityType, field, change.after)));
  });
  const related = relatedTargets[String(changes.relatedType?.after ?? changes.relatedType?.before ?? '')];
  return fields.flatMap((field) => {
    const row = fieldRow(ctx, field, changes[field] ?? { before: null, after: null });
    if (isBlank(row)) return [];
    if (row.type === 'value' && field === 'relatedId' && related) return [{ ...row, before: pointAt(row.before, related), after: pointAt(row.after, related) }];
    return [row];
  });
}

// A task points at a record of the type it names.
const relatedTargets: Record<string, RefTarget> = {
  account: 'accounts',
  contact: 'contacts',
  lead: 'leads',
  opportunity: 'opportunities',
  quote: 'quotes',
  order: 'orders',
  project: 'projects',
};

const pointAt = (shown: Shown, target: RefTarget): Shown => (shown.type === 'id' ? { ...shown, target } : shown);

/** The currency an event's money is in: the one it sets, else the record's. */
export function eventCurrency(changes: Record<string, Change>, recordCurrency: string | null): RowsContext['currency'] {
  const change = changes.currency;
  const code = (value: unknown) => (typeof value === 'string' && /^[A-Z]{3}$/.test(value) ? value : null);
  if (!change) return { before: recordCurrency, after: recordCurrency };
  const after = code(change.after) ?? recordCurrency;
  return { before: code(change.before) ?? after, after };
}

/** How many rows a new record shows before "show all". */
export const collapsedRows = 6;
