import type { Locale } from '../../../contracts/common';
import { formatDateTime, formatDay, formatMoney, formatNumber, formatPercent, intlTag } from '../../app/i18n/format';
import { fieldKind, fieldLabel, type RefTarget } from './audit-fields';
import type { Line } from './audit-lines';
import { humanise, type Lookup } from './audit-text';

/** How one stored value is shown: text, nothing, or an id to resolve to a name when it can be. */
export type Shown = { type: 'empty' } | { type: 'text'; text: string } | { type: 'id'; id: string; target?: RefTarget };

export type ValueContext = {
  locale: Locale;
  lookup: Lookup;
  entityType: string;
  /** The currency of the record when this value was stored, for money fields. */
  currency: string | null;
};

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isoDay = /^\d{4}-\d{2}-\d{2}$/;
const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;
const decimalText = /^-?\d+(\.\d+)?$/;

export const isUuid = (value: unknown): value is string => typeof value === 'string' && uuid.test(value);
export const isDecimal = (value: unknown): value is string | number => (typeof value === 'string' && decimalText.test(value)) || typeof value === 'number';

export function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.values(value).every(isEmpty);
  return false;
}

/** A zero amount, rate or quantity: on a new record it says nothing. */
export function isZeroNumber(entityType: string, field: string, value: unknown): boolean {
  const kind = fieldKind(entityType, field).type;
  return (kind === 'money' || kind === 'percent' || kind === 'decimal') && isDecimal(value) && Number(value) === 0;
}

export function formatDecimalText(value: string | number, locale: Locale): string {
  return new Intl.NumberFormat(intlTag(locale), { maximumFractionDigits: 4 }).format(String(value) as Intl.StringNumericLiteral);
}

export function formatAmount(value: string | number, currency: string | null, locale: Locale, extraDigits = false): string {
  const amount = String(value);
  if (!currency) return formatDecimalText(amount, locale);
  if (!extraDigits) return formatMoney({ amount, currency }, locale);
  // A unit price may carry more digits than the currency (0.125 €): keep them.
  try {
    return new Intl.NumberFormat(intlTag(locale), { style: 'currency', currency, maximumFractionDigits: 4 }).format(amount as Intl.StringNumericLiteral);
  } catch {
    return formatMoney({ amount, currency }, locale);
  }
}

function countryName(code: string, locale: Locale): string {
  try {
    return new Intl.DisplayNames(intlTag(locale), { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

const plural = (word: string) => (word.endsWith('y') ? `${word.slice(0, -1)}ies` : `${word}s`);

function enumLabel(lookup: Lookup, namespaces: readonly string[], value: string): string {
  for (const namespace of namespaces) {
    // A task's related type is singular ("account") where entityTypes is keyed by resource ("accounts").
    const label = lookup(`${namespace}.${value}`) ?? lookup(`${namespace}.${plural(value)}`);
    if (label !== undefined) return label;
  }
  return humanise(value);
}

function plainText(ctx: ValueContext, value: string): string {
  if (isoDay.test(value)) return formatDay(value, ctx.locale);
  if (isoInstant.test(value)) return formatDateTime(value, ctx.locale);
  return value;
}

/** One stored value, written for the reader: labels of enums, money, dates in the user's calendar, yes/no. */
export function showValue(ctx: ValueContext, field: string, value: unknown): Shown {
  if (isEmpty(value)) return { type: 'empty' };
  if (value === '[redacted]') return { type: 'text', text: ctx.lookup('audit.redacted') ?? '•••' };
  if (typeof value === 'boolean') return { type: 'text', text: ctx.lookup(value ? 'audit.yes' : 'audit.no') ?? String(value) };
  const kind = fieldKind(ctx.entityType, field);
  if (kind.type === 'ref' && isUuid(value)) return { type: 'id', id: value, target: kind.target };
  if (isUuid(value)) return { type: 'id', id: value };
  const text = (written: string): Shown => ({ type: 'text', text: written });
  if (isDecimal(value)) {
    switch (kind.type) {
      case 'money':
        return text(formatAmount(value, ctx.currency, ctx.locale, field === 'unitPrice'));
      case 'percent':
        return text(formatPercent(String(value), ctx.locale));
      case 'decimal':
        return text(formatDecimalText(value, ctx.locale));
      case 'integer':
        return text(new Intl.NumberFormat(intlTag(ctx.locale), { useGrouping: false }).format(Number(value)));
      case 'minutes':
        return text(new Intl.NumberFormat(intlTag(ctx.locale), { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(Number(value)));
      default:
        if (typeof value === 'number') return text(formatNumber(value, ctx.locale));
    }
  }
  if (kind.type === 'enum' && typeof value === 'string') return text(enumLabel(ctx.lookup, kind.namespaces, value));
  if (kind.type === 'enum' && Array.isArray(value)) return text(value.map((item) => enumLabel(ctx.lookup, kind.namespaces, String(item))).join(', '));
  if (kind.type === 'country' && typeof value === 'string') return text(countryName(value, ctx.locale));
  if (typeof value === 'string') return text(plainText(ctx, value));
  return text(summarise(ctx, field, value));
}

/** A shown value as plain text, where a name cannot be looked up (inside summaries). */
export function shownText(shown: Shown): string {
  if (shown.type === 'text') return shown.text;
  if (shown.type === 'id') return shown.id.slice(0, 8);
  return '';
}

const addressParts = ['street', 'postalCode', 'city', 'region', 'country'];

function isAddress(object: Record<string, unknown>): boolean {
  const keys = Object.keys(object);
  return keys.length > 0 && keys.every((key) => addressParts.includes(key));
}

export const isMoney = (object: Record<string, unknown>) =>
  Object.keys(object).length === 2 && isDecimal(object.amount) && typeof object.currency === 'string' && /^[A-Z]{3}$/.test(object.currency);

/** A nested value (an address, the parties of an invoice, a credit rule) as one short line. */
export function summarise(ctx: ValueContext, field: string, value: unknown): string {
  return summaryParts(ctx, field, value).join(' · ');
}

/** The parts of a summary, shown apart so each keeps its own direction: an object's entries, else the one value. */
export function summaryParts(ctx: ValueContext, field: string, value: unknown): string[] {
  if (isEmpty(value)) return [];
  if (Array.isArray(value)) {
    const items = value.map((item) => summarise(ctx, field, item)).filter(Boolean);
    return [items.join(value.some((item) => typeof item === 'object') ? '; ' : ', ')];
  }
  if (value === null || typeof value !== 'object') return [shownText(showValue(ctx, field, value))];
  const object = value as Record<string, unknown>;
  if (isMoney(object)) return [formatAmount(object.amount as string, object.currency as string, ctx.locale)];
  if (isAddress(object)) {
    const city = [object.postalCode, object.city].filter((part) => !isEmpty(part)).join(' ');
    const country = typeof object.country === 'string' && object.country ? shownText(showValue(ctx, 'country', object.country)) : '';
    return [[object.street, city, object.region, country].filter((part) => !isEmpty(part)).join(', ')];
  }
  if (typeof object.scheme === 'string' && typeof object.value === 'string') return [`${object.scheme} ${object.value}`];
  return Object.entries(object)
    .filter(([, item]) => !isEmpty(item))
    .map(([key, item]) => {
      const written = summarise(ctx, key, item);
      return key === 'name' ? written : `${fieldLabel(ctx.lookup, ctx.entityType, key)}: ${written}`;
    });
}

/** A line as the documents show it, in parts: ["4 l × €3.20 −10% = €11.52"], ["10 m", "delivered 6", "invoiced 0"], ["€40.00"]. */
export function lineParts(ctx: ValueContext, line: Line): string[] {
  const quantity = line.quantity !== undefined ? [formatDecimalText(line.quantity, ctx.locale), line.unit].filter(Boolean).join(' ') : undefined;
  const parts: string[] = [];
  if (line.unitPrice !== undefined) {
    let priced = [quantity, formatAmount(line.unitPrice, ctx.currency, ctx.locale, true)].filter(Boolean).join(' × ');
    if (line.discountPercent !== undefined && Number(line.discountPercent) !== 0) priced += ` −${formatPercent(line.discountPercent, ctx.locale)}`;
    if (line.netAmount !== undefined) priced += ` = ${formatAmount(line.netAmount, ctx.currency, ctx.locale)}`;
    parts.push(priced);
  } else if (quantity !== undefined) {
    parts.push(quantity);
  }
  if (line.amount !== undefined) parts.push(formatAmount(line.amount, ctx.currency, ctx.locale));
  const quantityText = (value: string) => formatDecimalText(value, ctx.locale);
  if (line.delivered !== undefined) parts.push(ctx.lookup('audit.line.delivered', { quantity: quantityText(line.delivered) }) ?? line.delivered);
  if (line.invoiced !== undefined) parts.push(ctx.lookup('audit.line.invoiced', { quantity: quantityText(line.invoiced) }) ?? line.invoiced);
  return parts;
}

const lineFactFields: Record<string, string> = { delivered: 'deliveredQuantity', invoiced: 'invoicedQuantity' };
const lineFactLabels: Record<string, string> = {
  description: 'documents.description',
  quantity: 'documents.quantity',
  unit: 'documents.unit',
  unitPrice: 'documents.unitPrice',
  discountPercent: 'documents.lineDiscount',
  taxRate: 'documents.taxRate',
  netAmount: 'documents.lineNet',
  amount: 'documents.amount',
  delivered: 'orders.delivered',
  invoiced: 'orders.invoiced',
};

export const lineFactLabelKeys = Object.values(lineFactLabels);

/** One fact of a line (its quantity, price…) with its label, for the facts that changed. */
export function lineFact(ctx: ValueContext, fact: string, value: string | undefined): { label: string; text: string } {
  const label = ctx.lookup(lineFactLabels[fact] ?? '') ?? humanise(fact);
  if (value === undefined || value === '') return { label, text: '' };
  const field = lineFactFields[fact] ?? fact;
  return { label, text: shownText(showValue({ ...ctx, entityType: 'lines' }, field, value)) };
}
