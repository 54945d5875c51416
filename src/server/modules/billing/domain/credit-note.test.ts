import { describe, expect, it } from 'vitest';
import { creditNoteContent, fullyCreditedAfter, uncreditedQuantity, type CreditableCharge, type CreditableLine } from './credit-note.js';

const line = (id: string, quantity: string, creditedQuantity = '0', extra: Partial<CreditableLine> = {}): CreditableLine => ({
  id,
  orderLineId: `order-${id}`,
  productId: null,
  sku: null,
  description: `Line ${id}`,
  quantity,
  unit: 'unit',
  unitPrice: '10.00',
  discountPercent: '0',
  taxRate: '21',
  deductsInvoiceId: null,
  creditedQuantity,
  ...extra,
});
const charge = (id: string, amount: string, creditedAmount = '0'): CreditableCharge => ({ id, description: 'Shipping', amount, taxRate: '21', creditedAmount });

describe('credit notes', () => {
  it('credits everything not yet credited when no lines are given, with the opposite sign', () => {
    const deduction = line('d', '-1', '0', { orderLineId: null, deductsInvoiceId: 'dp', unitPrice: '40.00' });
    const content = creditNoteContent([line('a', '3', '1'), line('b', '2', '2'), deduction], [charge('s', '15.0000')], undefined);
    expect(content.errors).toEqual([]);
    expect(content.lines.map((l) => [l.creditsLineId, l.quantity, l.orderLineId, l.deductsInvoiceId])).toEqual([
      ['a', '-2', 'order-a', null],
      ['d', '1', null, 'dp'],
    ]);
    expect(content.charges).toEqual([{ description: 'Shipping', amount: '-15', taxRate: '21', creditsChargeId: 's' }]);
  });

  it('credits the quantities asked, never more than remains, naming the failing line', () => {
    const lines = [line('a', '3', '1'), line('b', '2')];
    expect(creditNoteContent(lines, [], [{ invoiceLineId: 'a', quantity: '2' }]).lines.map((l) => l.quantity)).toEqual(['-2']);
    expect(creditNoteContent(lines, [], [{ invoiceLineId: 'a', quantity: '2.5' }]).errors).toEqual([{ path: 'lines.0.quantity', message: 'at most 2 remain to credit' }]);
    expect(creditNoteContent(lines, [], [{ invoiceLineId: 'b', quantity: '1' }, { invoiceLineId: 'x', quantity: '1' }]).errors).toEqual([
      { path: 'lines.1.invoiceLineId', message: 'not a line of this invoice' },
    ]);
    expect(creditNoteContent(lines, [], [{ invoiceLineId: 'b', quantity: '1' }, { invoiceLineId: 'b', quantity: '1' }]).errors).toEqual([
      { path: 'lines.1.invoiceLineId', message: 'this line is listed twice' },
    ]);
    expect(creditNoteContent([line('c', '1', '1')], [], [{ invoiceLineId: 'c', quantity: '1' }]).errors[0]?.message).toBe('this line is already fully credited');
  });

  it('knows when a credit completes the correction of every line and charge', () => {
    const lines = [line('a', '3', '1'), line('b', '2')];
    const charges = [charge('s', '15.00')];
    const all = creditNoteContent(lines, charges, undefined);
    expect(fullyCreditedAfter(lines, charges, all)).toBe(true);
    const some = creditNoteContent(lines, charges, [{ invoiceLineId: 'a', quantity: '2' }, { invoiceLineId: 'b', quantity: '2' }]);
    expect(fullyCreditedAfter(lines, charges, some)).toBe(false); // the shipping is left
    expect(uncreditedQuantity(line('d', '-1', '0.5')).toString()).toBe('0.5');
  });
});
