import { documentTotals } from '../../../kernel/document-totals.js';
import { Decimal, formatAmount, minorUnitOf, roundMoney, type DecimalInput } from '../../../kernel/money.js';
import type { Dec } from './invoice-rules.js';

/** A line about to be written to an invoice or credit note. */
export type DraftLine = {
  orderLineId: string | null;
  productId: string | null;
  sku: string | null;
  description: string;
  quantity: string;
  unit: string;
  unitPrice: string;
  discountPercent: string;
  taxRate: string;
  deductsInvoiceId: string | null;
  creditsLineId: string | null;
};
export type DraftCharge = { description: string; amount: string; taxRate: string; creditsChargeId: string | null };

/** An order line as billing sees it (BillableOrder['lines'][number]). */
export type OrderLineToBill = {
  id: string;
  productId: string | null;
  sku: string | null;
  description: string;
  quantity: string;
  unit: string;
  unitPrice: string;
  discountPercent: string;
  taxRate: string;
  invoicedQuantity: string;
};

const zero = new Decimal(0);
const hundred = new Decimal(100);

/** "21.000" and "21" are one rate. */
export const rateKey = (rate: DecimalInput) => new Decimal(rate).toString();

function fromOrderLine(line: OrderLineToBill, quantity: Dec): DraftLine {
  return {
    orderLineId: line.id,
    productId: line.productId,
    sku: line.sku,
    description: line.description,
    quantity: quantity.toString(),
    unit: line.unit,
    unitPrice: line.unitPrice,
    discountPercent: line.discountPercent,
    taxRate: line.taxRate,
    deductsInvoiceId: null,
    creditsLineId: null,
  };
}

/** The whole order: every line's quantity not yet invoiced. */
export function orderRemainderLines(lines: OrderLineToBill[]): DraftLine[] {
  return lines.flatMap((line) => {
    const remaining = new Decimal(line.quantity).minus(line.invoicedQuantity);
    return remaining.gt(0) ? [fromOrderLine(line, remaining)] : [];
  });
}

/**
 * One delivery: what each of its lines brought and was not yet invoiced, and never more than the order line
 * has left to invoice (a whole-order invoice may already have taken it).
 */
export function deliveryRemainderLines(orderLines: OrderLineToBill[], deliveryLines: { orderLineId: string; quantity: string; invoicedQuantity: string }[]): DraftLine[] {
  return deliveryLines.flatMap((dl) => {
    const line = orderLines.find((l) => l.id === dl.orderLineId);
    if (!line) return [];
    const remaining = Decimal.min(new Decimal(dl.quantity).minus(dl.invoicedQuantity), new Decimal(line.quantity).minus(line.invoicedQuantity));
    return remaining.gt(0) ? [fromOrderLine(line, remaining)] : [];
  });
}

/** A down payment: one line per tax rate of the order, N % of the order's tax base at that rate. */
export function downPaymentLines(order: { number: string; currency: string; tax: { rate: string; base: string }[] }, percent: string): DraftLine[] {
  const label = `Down payment ${new Decimal(percent).toString()} % of order ${order.number}`;
  return order.tax.flatMap((row) => {
    const amount = roundMoney(new Decimal(row.base).times(percent).dividedBy(hundred), order.currency);
    if (amount.lte(0)) return [];
    return [
      {
        orderLineId: null,
        productId: null,
        sku: null,
        description: label,
        quantity: '1',
        unit: 'unit',
        unitPrice: formatAmount(amount, order.currency),
        discountPercent: '0',
        taxRate: rateKey(row.rate),
        deductsInvoiceId: null,
        creditsLineId: null,
      },
    ];
  });
}

/**
 * A down payment's base at a rate as the line nets of a later invoice must carry it: later invoices get the
 * order's document discount on every line, deduction lines included, so the base is grossed up by it.
 */
export function deductibleLineNet(downPaymentBase: DecimalInput, discountPercent: DecimalInput, currency: string): Dec {
  const kept = hundred.minus(discountPercent);
  if (kept.lte(0)) return zero;
  return roundMoney(new Decimal(downPaymentBase).times(hundred).dividedBy(kept), currency);
}

function baseByRate(currency: string, discountPercent: string, lines: DraftLine[], charges: DraftCharge[]): Map<string, Dec> {
  const totals = documentTotals({ currency, discountPercent, lines, charges });
  return new Map(totals.tax.map((row) => [row.rate, new Decimal(row.base)]));
}

export type Deductible = { invoiceId: string; number: string; rate: string; amount: DecimalInput };

/**
 * Negative lines (quantity −1) that deduct issued down payments, in the order given, per tax rate and up to
 * the invoice's own base at that rate: the invoice never goes below zero.
 */
export function deductionLines(input: { currency: string; discountPercent: string; lines: DraftLine[]; charges: DraftCharge[]; deductible: Deductible[] }): DraftLine[] {
  const { currency, discountPercent } = input;
  const kept = hundred.minus(discountPercent);
  if (kept.lte(0)) return [];
  const minor = new Decimal(1).dividedBy(new Decimal(10).pow(minorUnitOf(currency)));
  const deductions: DraftLine[] = [];
  const baseAt = (rate: string, extra: DraftLine[]) => baseByRate(currency, discountPercent, [...input.lines, ...deductions, ...extra], input.charges).get(rate) ?? zero;
  const line = (item: Deductible, amount: Dec): DraftLine => ({
    orderLineId: null,
    productId: null,
    sku: null,
    description: `Deduction of down payment ${item.number}`,
    quantity: '-1',
    unit: 'unit',
    unitPrice: formatAmount(amount, currency),
    discountPercent: '0',
    taxRate: rateKey(item.rate),
    deductsInvoiceId: item.invoiceId,
    creditsLineId: null,
  });
  for (const item of input.deductible) {
    const rate = rateKey(item.rate);
    const available = roundMoney(item.amount, currency);
    const base = baseAt(rate, []);
    if (available.lte(0) || base.lte(0)) continue;
    // Estimate the line net that takes the base to zero, then settle it by a few minor units: the discount is
    // rounded per rate, so the largest deduction that leaves the base at or above zero is found by trying.
    let amount = Decimal.min(available, base.times(hundred).dividedBy(kept).toDecimalPlaces(minorUnitOf(currency), Decimal.ROUND_DOWN));
    for (let i = 0; i < 10 && amount.gt(0) && baseAt(rate, [line(item, amount)]).lt(0); i++) amount = amount.minus(minor);
    for (let i = 0; i < 10 && amount.plus(minor).lte(available) && baseAt(rate, [line(item, amount.plus(minor))]).gte(0); i++) amount = amount.plus(minor);
    if (amount.gt(0)) deductions.push(line(item, amount));
  }
  return deductions;
}

/**
 * The first order line an invoice would take more of than remains to invoice (on the order, and on the
 * delivery it invoices), or undefined when everything still fits.
 */
export function overInvoicedLine(
  invoiceLines: { orderLineId: string | null; quantity: DecimalInput }[],
  orderLines: { id: string; description: string; quantity: string; invoicedQuantity: string }[],
  deliveryLines?: { orderLineId: string; quantity: string; invoicedQuantity: string }[],
): string | undefined {
  for (const line of orderLines) {
    const wanted = invoiceLines.filter((l) => l.orderLineId === line.id).reduce((sum, l) => sum.plus(l.quantity), zero);
    if (wanted.lte(0)) continue;
    if (wanted.gt(new Decimal(line.quantity).minus(line.invoicedQuantity))) return line.description;
    const delivered = deliveryLines?.find((d) => d.orderLineId === line.id);
    if (deliveryLines && (!delivered || wanted.gt(new Decimal(delivered.quantity).minus(delivered.invoicedQuantity)))) return line.description;
  }
  return undefined;
}
