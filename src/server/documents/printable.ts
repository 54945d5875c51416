import type { Locale } from '../../contracts/common.js';
import type { DocumentCharge, DocumentLine, DocumentTotals } from '../../contracts/documents.js';
import { Decimal, minorUnitOf } from '../kernel/money.js';
import { formatDateForLocale, formatDecimalForLocale, type LabelValue, type PrintableDocument } from '../platform/pdf/index.js';
import { documentLabels, type DocumentLabels } from './document-labels.js';

export type Party = { name: string; legalName?: string; taxId?: string; taxIds?: { scheme: string; value: string }[]; addressLines?: string[] };

/** What a quote or an invoice has in common on paper. */
export type PrintSource = {
  title: (labels: DocumentLabels) => string;
  number: string;
  draft: boolean;
  issuer: Party;
  customer: Party;
  meta: (labels: DocumentLabels, fmt: Formatters) => LabelValue[];
  lines: DocumentLine[];
  charges: DocumentCharge[];
  totals: DocumentTotals;
  /** Rows after the total: paid, credited, due. */
  balance?: (labels: DocumentLabels, fmt: Formatters) => LabelValue[];
  notes: (labels: DocumentLabels) => string[];
};

export type Formatters = { money: (amount: string) => string; date: (isoDate: string) => string; number: (value: string) => string };

/** A decimal shown with the digits it has ("2", "12.5"), never fewer. */
function plainDigits(value: string): number {
  const normalized = new Decimal(value).toString();
  const dot = normalized.indexOf('.');
  return dot < 0 ? 0 : normalized.length - dot - 1;
}

export function formattersFor(locale: Locale, currency: string): Formatters {
  return {
    money: (amount) => formatDecimalForLocale(amount, locale, minorUnitOf(currency)),
    date: (isoDate) => formatDateForLocale(isoDate, locale),
    number: (value) => formatDecimalForLocale(value, locale, plainDigits(value)),
  };
}

export function partyLines(party: Party, labels: DocumentLabels): string[] {
  const taxIds = party.taxIds?.map((t) => `${t.scheme.replace(/^[A-Z]{2}:/, '')} ${t.value}`) ?? [];
  return [
    ...(party.legalName && party.legalName !== party.name ? [party.legalName] : []),
    ...(party.taxId ? [`${labels.taxId} ${party.taxId}`] : []),
    ...taxIds,
    ...(party.addressLines ?? []),
  ];
}

export function toPrintable(source: PrintSource, locale: Locale): PrintableDocument {
  const labels = documentLabels[locale];
  const fmt = formattersFor(locale, source.totals.currency);
  const { columns: c } = labels;
  const rows = source.lines.map((line, index) => [
    fmt.number(String(index + 1)),
    [line.sku, line.description].filter(Boolean).join(' · '),
    `${fmt.number(line.quantity)} ${line.unit === 'unit' ? '' : line.unit}`.trim(),
    fmt.money(line.unitPrice),
    new Decimal(line.discountPercent).isZero() ? '' : fmt.number(line.discountPercent),
    fmt.number(line.taxRate),
    fmt.money(line.netAmount),
  ]);
  for (const charge of source.charges) {
    rows.push(['', `${labels.charge}: ${charge.description}`, '', '', '', fmt.number(charge.taxRate), fmt.money(charge.amount)]);
  }
  const t = source.totals;
  const currency = t.currency;
  const totals = [
    { label: labels.net, value: fmt.money(t.net) },
    ...(new Decimal(t.discount).isZero() ? [] : [{ label: labels.discount, value: fmt.money(new Decimal(t.discount).negated().toString()) }]),
    ...(new Decimal(t.charges).isZero() ? [] : [{ label: labels.charges, value: fmt.money(t.charges) }]),
    { label: labels.taxBase, value: fmt.money(t.taxBase) },
    ...t.tax.map((row) => ({ label: labels.taxOn(fmt.number(row.rate), fmt.money(row.base)), value: fmt.money(row.amount) })),
    { label: `${labels.total} (${currency})`, value: fmt.money(t.total), emphasis: true },
    ...(source.balance?.(labels, fmt) ?? []),
  ];
  return {
    direction: locale === 'fa' ? 'rtl' : 'ltr',
    title: source.title(labels),
    number: source.number,
    issuer: { name: source.issuer.name, lines: partyLines(source.issuer, labels) },
    customer: { heading: labels.customer, name: source.customer.name, lines: partyLines(source.customer, labels) },
    meta: source.meta(labels, fmt),
    table: {
      columns: [
        { label: c.position, align: 'start', width: 0.7 },
        { label: c.description, align: 'start', width: 4.2 },
        { label: c.quantity, align: 'end', width: 1 },
        { label: c.unitPrice, align: 'end', width: 1.4 },
        { label: c.discount, align: 'end', width: 1 },
        { label: c.tax, align: 'end', width: 0.9 },
        { label: c.net, align: 'end', width: 1.5 },
      ],
      rows,
    },
    totals,
    notes: source.notes(labels).filter((n) => n.trim() !== ''),
    ...(source.draft ? { watermark: labels.draft } : {}),
    pageLabel: (page, pages) => labels.page(fmt.number(String(page)), fmt.number(String(pages))),
  };
}
