import Decimal from 'decimal.js';
import type { PaymentTerms } from '../../../contracts/accounts';
import type { Locale } from '../../../contracts/common';
import type { DocumentCharge, DocumentLine, DocumentTotals } from '../../../contracts/documents';
import type { Quote } from '../../../contracts/quotes';
import { documentTotals, lineNet } from '../../../server/kernel/document-totals';
import { decimalForInput, parseDecimalText } from '../../ui/forms/decimal-text';

export type LineValues = {
  /** Keeps React's row identity while lines are added, removed and reordered. */
  key: string;
  productId: string | null;
  sku: string | null;
  description: string;
  quantity: string;
  unit: string;
  unitPrice: string;
  discountPercent: string;
  taxRate: string;
};

export type ChargeValues = { key: string; description: string; amount: string; taxRate: string };

export type QuoteValues = {
  contactId: string | null;
  priceListId: string | null;
  currency: string;
  validUntil: string;
  paymentTerms: PaymentTerms;
  deliveryTerms: string;
  discountPercent: string;
  notes: string;
  lines: LineValues[];
  charges: ChargeValues[];
};

let keys = 0;
export const newKey = (): string => `new-${(keys += 1)}`;

/** "2.0000" as the user would type it: "2" (or "2,5" in Spanish). */
export function decimalInput(value: string, locale: Locale): string {
  return decimalForInput(new Decimal(value).toString(), locale);
}

export function lineValues(line: DocumentLine, locale: Locale): LineValues {
  return {
    key: line.id,
    productId: line.productId,
    sku: line.sku,
    description: line.description,
    quantity: decimalInput(line.quantity, locale),
    unit: line.unit,
    unitPrice: decimalInput(line.unitPrice, locale),
    discountPercent: decimalInput(line.discountPercent, locale),
    taxRate: new Decimal(line.taxRate).toString(),
  };
}

function chargeValues(charge: DocumentCharge, locale: Locale): ChargeValues {
  return { key: charge.id, description: charge.description, amount: decimalInput(charge.amount, locale), taxRate: new Decimal(charge.taxRate).toString() };
}

export function emptyLine(taxRate: string): LineValues {
  return { key: newKey(), productId: null, sku: null, description: '', quantity: '1', unit: 'unit', unitPrice: '', discountPercent: '0', taxRate };
}

export function emptyCharge(taxRate: string): ChargeValues {
  return { key: newKey(), description: '', amount: '', taxRate };
}

export function quoteValues(quote: Quote, locale: Locale): QuoteValues {
  return {
    contactId: quote.contactId,
    priceListId: quote.priceListId,
    currency: quote.currency,
    validUntil: quote.validUntil,
    paymentTerms: quote.paymentTerms,
    deliveryTerms: quote.deliveryTerms,
    discountPercent: decimalInput(quote.discountPercent, locale),
    notes: quote.notes,
    lines: quote.lines.map((line) => lineValues(line, locale)),
    charges: quote.charges.map((charge) => chargeValues(charge, locale)),
  };
}

const optional = <K extends string>(key: K, value: string) => (value.trim() ? ({ [key]: value.trim() } as Record<K, string>) : {});

/** The PATCH body: the whole header, and lines and charges as complete lists (the server replaces them). */
export function quoteBody(values: QuoteValues, locale: Locale) {
  const decimal = (text: string) => parseDecimalText(text, locale);
  return {
    contactId: values.contactId,
    priceListId: values.priceListId,
    currency: values.currency,
    validUntil: values.validUntil,
    paymentTerms: values.paymentTerms,
    deliveryTerms: values.deliveryTerms.trim(),
    discountPercent: decimal(values.discountPercent) || '0',
    notes: values.notes.trim(),
    lines: values.lines.map((line) => ({
      ...(line.productId ? { productId: line.productId } : {}),
      ...optional('description', line.description),
      quantity: decimal(line.quantity),
      ...optional('unit', line.unit),
      ...optional('unitPrice', decimal(line.unitPrice)),
      ...optional('discountPercent', decimal(line.discountPercent)),
      ...optional('taxRate', line.taxRate),
    })),
    charges: values.charges.map((charge) => ({ description: charge.description.trim(), amount: decimal(charge.amount), taxRate: charge.taxRate })),
  };
}

function isDecimal(value: string): boolean {
  return /^-?\d{1,16}(\.\d{1,4})?$/.test(value);
}

/** A line's net by the server's own rule (kernel/document-totals), or null while the line is incomplete. */
export function previewLineNet(line: LineValues, currency: string, locale: Locale): string | null {
  const quantity = parseDecimalText(line.quantity, locale);
  const unitPrice = parseDecimalText(line.unitPrice, locale);
  const discount = parseDecimalText(line.discountPercent, locale) || '0';
  if (![quantity, unitPrice, discount].every(isDecimal)) return null;
  return lineNet({ quantity, unitPrice, discountPercent: discount }, currency).toFixed();
}

/** What the totals would be once saved, by the same EN 16931 rules the server applies; null while anything is incomplete. */
export function previewTotals(values: QuoteValues, locale: Locale): DocumentTotals | null {
  const decimal = (text: string) => parseDecimalText(text, locale);
  const lines = values.lines.map((line) => ({
    quantity: decimal(line.quantity),
    unitPrice: decimal(line.unitPrice),
    discountPercent: decimal(line.discountPercent) || '0',
    taxRate: line.taxRate,
  }));
  const charges = values.charges.map((charge) => ({ amount: decimal(charge.amount), taxRate: charge.taxRate }));
  const discountPercent = decimal(values.discountPercent) || '0';
  const numbers = [...lines.flatMap((line) => [line.quantity, line.unitPrice, line.discountPercent, line.taxRate]), ...charges.flatMap((c) => [c.amount, c.taxRate]), discountPercent];
  if (!numbers.every(isDecimal)) return null;
  return documentTotals({ currency: values.currency, lines, charges, discountPercent });
}
