import { Decimal, formatAmount, roundMoney, type DecimalInput } from './money.js';

export type PricedLine = { quantity: DecimalInput; unitPrice: DecimalInput; discountPercent?: DecimalInput; taxRate: DecimalInput };
export type Charge = { amount: DecimalInput; taxRate: DecimalInput };

export type TaxRow = { rate: string; base: string; amount: string };
export type Totals = { currency: string; net: string; discount: string; charges: string; taxBase: string; tax: TaxRow[]; total: string };

type Exact = ReturnType<typeof roundMoney>;

const hundred = new Decimal(100);

/** quantity × unit price less the line discount, rounded half away from zero to the currency's minor unit. */
export function lineNet(line: Omit<PricedLine, 'taxRate'>, currency: string): Exact {
  const gross = new Decimal(line.quantity).times(line.unitPrice);
  const discount = gross.times(line.discountPercent ?? 0).dividedBy(hundred);
  return roundMoney(gross.minus(discount), currency);
}

/** "21.000" and "21" are one rate. */
const rateKey = (rate: DecimalInput) => new Decimal(rate).toString();

/**
 * Document totals by EN 16931: the document discount applies to each tax rate's sum of line nets
 * (rounded per rate), charges join their rate's base, tax is computed once per rate on that base and
 * rounded, and the total is the sum of bases and taxes. Tax rows are ordered by rate, highest first.
 */
export function documentTotals(input: { currency: string; lines: PricedLine[]; charges?: Charge[]; discountPercent?: DecimalInput }): Totals {
  const { currency } = input;
  const byRate = new Map<string, { lines: Exact; charges: Exact }>();
  const bucket = (rate: DecimalInput) => {
    const key = rateKey(rate);
    let found = byRate.get(key);
    if (!found) byRate.set(key, (found = { lines: new Decimal(0), charges: new Decimal(0) }));
    return found;
  };
  for (const line of input.lines) bucket(line.taxRate).lines = bucket(line.taxRate).lines.plus(lineNet(line, currency));
  for (const charge of input.charges ?? []) bucket(charge.taxRate).charges = bucket(charge.taxRate).charges.plus(roundMoney(charge.amount, currency));

  const discountPercent = new Decimal(input.discountPercent ?? 0);
  let net = new Decimal(0), discount = new Decimal(0), charges = new Decimal(0), taxBase = new Decimal(0), taxTotal = new Decimal(0);
  const tax: TaxRow[] = [];
  for (const [rate, sums] of [...byRate].sort(([a], [b]) => new Decimal(b).comparedTo(a))) {
    const rateDiscount = roundMoney(sums.lines.times(discountPercent).dividedBy(hundred), currency);
    const base = sums.lines.minus(rateDiscount).plus(sums.charges);
    const amount = roundMoney(base.times(rate).dividedBy(hundred), currency);
    net = net.plus(sums.lines);
    discount = discount.plus(rateDiscount);
    charges = charges.plus(sums.charges);
    taxBase = taxBase.plus(base);
    taxTotal = taxTotal.plus(amount);
    tax.push({ rate, base: formatAmount(base, currency), amount: formatAmount(amount, currency) });
  }
  return {
    currency,
    net: formatAmount(net, currency),
    discount: formatAmount(discount, currency),
    charges: formatAmount(charges, currency),
    taxBase: formatAmount(taxBase, currency),
    tax,
    total: formatAmount(taxBase.plus(taxTotal), currency),
  };
}

/** The sum of the tax rows. */
export function taxTotalOf(totals: Totals): string {
  return formatAmount(totals.tax.reduce((sum, row) => sum.plus(row.amount), new Decimal(0)), totals.currency);
}
