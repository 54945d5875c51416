import { Decimal } from '../../../kernel/money.js';
import { deductibleLineNet, rateKey, type Deductible } from './invoice-lines.js';
import type { InvoiceKind } from './invoice-rules.js';
import type { Dec } from './invoice-rules.js';

/** What an order's issued documents (invoices, down payments, credit notes) say, as the drafting rules read it. */
export type OrderBilling = {
  documents: { id: string; kind: InvoiceKind; number: string | null; status: string; creditedInvoiceId: string | null; downPaymentPercent: string | null }[];
  lines: { invoiceId: string; taxRate: string; netAmount: string; deductsInvoiceId: string | null }[];
  charges: { invoiceId: string; amount: string }[];
};

const zero = new Decimal(0);

/** Each down payment's base per tax rate, less what its credit notes took back. */
function downPaymentBases(state: OrderBilling): Map<string, Map<string, Dec>> {
  const bases = new Map<string, Map<string, Dec>>();
  for (const dp of state.documents.filter((d) => d.kind === 'down_payment')) {
    const parts = new Set([dp.id, ...state.documents.filter((d) => d.creditedInvoiceId === dp.id).map((d) => d.id)]);
    const byRate = new Map<string, Dec>();
    for (const line of state.lines.filter((l) => parts.has(l.invoiceId))) {
      const key = rateKey(line.taxRate);
      byRate.set(key, (byRate.get(key) ?? zero).plus(line.netAmount));
    }
    bases.set(dp.id, byRate);
  }
  return bases;
}

/** What later invoices already deducted of a down payment at a rate (deduction lines less their credit-note reversals). */
function deducted(state: OrderBilling, downPaymentId: string, rate: string): Dec {
  return state.lines
    .filter((l) => l.deductsInvoiceId === downPaymentId && rateKey(l.taxRate) === rate)
    .reduce((sum, l) => sum.minus(l.netAmount), zero);
}

/**
 * The issued down payments still to deduct, per rate, in line-net terms of an invoice with the order's
 * document discount; oldest first.
 */
export function deductibleDownPayments(state: OrderBilling, discountPercent: string, currency: string): Deductible[] {
  const out: Deductible[] = [];
  for (const [id, byRate] of downPaymentBases(state)) {
    const number = state.documents.find((d) => d.id === id)!.number ?? '';
    for (const [rate, base] of byRate) {
      const amount = deductibleLineNet(base, discountPercent, currency).minus(deducted(state, id, rate));
      if (amount.gt(0)) out.push({ invoiceId: id, number, rate, amount });
    }
  }
  return out;
}

/** The deductions an invoice carries that exceed what is still deductible (another invoice took it meanwhile). */
export function overDeducted(
  state: OrderBilling,
  deductions: { deductsInvoiceId: string | null; taxRate: string; netAmount: string }[],
  discountPercent: string,
  currency: string,
): boolean {
  const available = deductibleDownPayments(state, discountPercent, currency);
  return deductions.some((d) => {
    if (!d.deductsInvoiceId) return false;
    const left = available.find((a) => a.invoiceId === d.deductsInvoiceId && a.rate === rateKey(d.taxRate));
    return new Decimal(d.netAmount).negated().gt(left ? left.amount : zero);
  });
}

/** Whether later invoices deducted more of a down payment than it is worth (after its credit notes). */
export function deductedBeyond(state: OrderBilling, downPaymentId: string, discountPercent: string, currency: string): boolean {
  const bases = downPaymentBases(state).get(downPaymentId) ?? new Map<string, Dec>();
  const rates = new Set([...bases.keys(), ...state.lines.filter((l) => l.deductsInvoiceId === downPaymentId).map((l) => rateKey(l.taxRate))]);
  return [...rates].some((rate) => deductibleLineNet(bases.get(rate) ?? zero, discountPercent, currency).lt(deducted(state, downPaymentId, rate)));
}

/** The order's charges went on an issued invoice that was not credited back. */
export function chargesBilled(state: OrderBilling): boolean {
  return state.charges.reduce((sum, c) => sum.plus(c.amount), zero).gt(0);
}

/** The percentage of the order already asked as down payments (issued and not fully credited). */
export function downPaymentPercentTaken(state: OrderBilling): Dec {
  return state.documents
    .filter((d) => d.kind === 'down_payment' && d.status !== 'credited')
    .reduce((sum, d) => sum.plus(d.downPaymentPercent ?? 0), zero);
}
