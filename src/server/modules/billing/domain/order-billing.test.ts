import { describe, expect, it } from 'vitest';
import { chargesBilled, deductedBeyond, deductibleDownPayments, downPaymentPercentTaken, overDeducted, type OrderBilling } from './order-billing.js';

const doc = (id: string, kind: 'invoice' | 'down_payment' | 'credit_note', extra: Partial<OrderBilling['documents'][number]> = {}) => ({
  id,
  kind,
  number: `N-${id}`,
  status: 'issued',
  creditedInvoiceId: null,
  downPaymentPercent: kind === 'down_payment' ? '20' : null,
  ...extra,
});
const netLine = (invoiceId: string, taxRate: string, netAmount: string, deductsInvoiceId: string | null = null) => ({ invoiceId, taxRate, netAmount, deductsInvoiceId });

describe('what an order’s issued documents leave to deduct', () => {
  const dp: OrderBilling = { documents: [doc('dp', 'down_payment')], lines: [netLine('dp', '21.000', '43.0000'), netLine('dp', '10.000', '10.0000')], charges: [] };

  it('leaves a down payment whole until an invoice deducts it', () => {
    expect(deductibleDownPayments(dp, '0', 'EUR').map((d) => [d.invoiceId, d.rate, d.amount.toString()])).toEqual([
      ['dp', '21', '43'],
      ['dp', '10', '10'],
    ]);
  });

  it('subtracts deductions, and gives back what a credit note of the deducting invoice reversed', () => {
    const deducted: OrderBilling = { ...dp, documents: [...dp.documents, doc('inv', 'invoice')], lines: [...dp.lines, netLine('inv', '21', '-40.00', 'dp')] };
    expect(deductibleDownPayments(deducted, '0', 'EUR').map((d) => d.amount.toString())).toEqual(['3', '10']);
    const reversed: OrderBilling = {
      ...deducted,
      documents: [...deducted.documents, doc('cn', 'credit_note', { creditedInvoiceId: 'inv' })],
      lines: [...deducted.lines, netLine('cn', '21', '40.00', 'dp')],
    };
    expect(deductibleDownPayments(reversed, '0', 'EUR').map((d) => d.amount.toString())).toEqual(['43', '10']);
    expect(overDeducted(deducted, [{ deductsInvoiceId: 'dp', taxRate: '21', netAmount: '-3.0000' }], '0', 'EUR')).toBe(false);
    expect(overDeducted(deducted, [{ deductsInvoiceId: 'dp', taxRate: '21', netAmount: '-3.01' }], '0', 'EUR')).toBe(true);
  });

  it('shrinks a down payment by its own credit notes, and refuses to credit what was already deducted', () => {
    const credited: OrderBilling = {
      ...dp,
      documents: [...dp.documents, doc('inv', 'invoice'), doc('cn', 'credit_note', { creditedInvoiceId: 'dp' })],
      lines: [...dp.lines, netLine('inv', '21', '-40.00', 'dp'), netLine('cn', '21', '-3.00')],
    };
    expect(deductibleDownPayments(credited, '0', 'EUR').map((d) => [d.rate, d.amount.toString()])).toEqual([['10', '10']]);
    expect(deductedBeyond(credited, 'dp', '0', 'EUR')).toBe(false);
    const tooMuch: OrderBilling = { ...credited, lines: [...credited.lines, netLine('cn', '21', '-0.01')] };
    expect(deductedBeyond(tooMuch, 'dp', '0', 'EUR')).toBe(true);
  });

  it('knows whether the order’s charges were billed and how much was asked in advance', () => {
    expect(chargesBilled({ documents: [], lines: [], charges: [{ invoiceId: 'a', amount: '15.0000' }] })).toBe(true);
    expect(chargesBilled({ documents: [], lines: [], charges: [{ invoiceId: 'a', amount: '15.00' }, { invoiceId: 'cn', amount: '-15.00' }] })).toBe(false);
    const docs = [doc('a', 'down_payment'), doc('b', 'down_payment', { downPaymentPercent: '12.5' }), doc('c', 'down_payment', { status: 'credited' })];
    expect(downPaymentPercentTaken({ documents: docs, lines: [], charges: [] }).toString()).toBe('32.5');
  });
});
