import { describe, expect, it } from 'vitest';
import { documentTotals } from '../../../kernel/document-totals.js';
import {
  deductibleLineNet,
  deductionLines,
  deliveryRemainderLines,
  downPaymentLines,
  orderRemainderLines,
  overInvoicedLine,
  type DraftCharge,
  type DraftLine,
} from './invoice-lines.js';

const orderLine = (id: string, quantity: string, invoicedQuantity: string, unitPrice = '10.00', taxRate = '21') => ({
  id,
  productId: null,
  sku: null,
  description: `Line ${id}`,
  quantity,
  unit: 'unit',
  unitPrice,
  discountPercent: '0',
  taxRate,
  invoicedQuantity,
});

const line = (quantity: string, unitPrice: string, taxRate = '21'): DraftLine => ({
  orderLineId: null,
  productId: null,
  sku: null,
  description: 'x',
  quantity,
  unit: 'unit',
  unitPrice,
  discountPercent: '0',
  taxRate,
  deductsInvoiceId: null,
  creditsLineId: null,
});

const baseAt = (rate: string, lines: DraftLine[], charges: DraftCharge[] = [], discountPercent = '0') =>
  documentTotals({ currency: 'EUR', discountPercent, lines, charges }).tax.find((t) => t.rate === rate)?.base;

describe('what an invoice takes from an order', () => {
  it('takes every line’s quantity not yet invoiced for the whole order', () => {
    const lines = orderRemainderLines([orderLine('a', '5', '2'), orderLine('b', '3', '3'), orderLine('c', '1.5', '0')]);
    expect(lines.map((l) => [l.orderLineId, l.quantity])).toEqual([
      ['a', '3'],
      ['c', '1.5'],
    ]);
  });

  it('takes what a delivery brought and was not invoiced, capped by what the order line has left', () => {
    const order = [orderLine('a', '5', '4'), orderLine('b', '3', '0')];
    const lines = deliveryRemainderLines(order, [
      { orderLineId: 'a', quantity: '2', invoicedQuantity: '0' },
      { orderLineId: 'b', quantity: '2', invoicedQuantity: '1' },
    ]);
    expect(lines.map((l) => [l.orderLineId, l.quantity])).toEqual([
      ['a', '1'],
      ['b', '1'],
    ]);
  });

  it('finds the first line an invoice would take too much of, on the order or on its delivery', () => {
    const order = [orderLine('a', '5', '4'), orderLine('b', '3', '0')];
    expect(overInvoicedLine([{ orderLineId: 'a', quantity: '1' }], order)).toBeUndefined();
    expect(overInvoicedLine([{ orderLineId: 'a', quantity: '2' }], order)).toBe('Line a');
    expect(overInvoicedLine([{ orderLineId: 'b', quantity: '2' }], order, [{ orderLineId: 'b', quantity: '2', invoicedQuantity: '1' }])).toBe('Line b');
    expect(overInvoicedLine([{ orderLineId: null, quantity: '-1' }], order)).toBeUndefined();
  });
});

describe('down payments', () => {
  it('asks N % of each tax rate’s base, rounded half away from zero, skipping empty rates', () => {
    const lines = downPaymentLines(
      { number: 'SO-2026-00001', currency: 'EUR', tax: [{ rate: '21', base: '215.00' }, { rate: '10', base: '0.00' }, { rate: '4', base: '0.05' }] },
      '30',
    );
    expect(lines.map((l) => [l.description, l.quantity, l.unitPrice, l.taxRate])).toEqual([
      ['Down payment 30 % of order SO-2026-00001', '1', '64.50', '21'],
      ['Down payment 30 % of order SO-2026-00001', '1', '0.02', '4'], // 0.015 → 0.02
    ]);
  });

  it('grosses the down payment up by the document discount later invoices apply to their lines', () => {
    expect(deductibleLineNet('36.00', '10', 'EUR').toFixed(2)).toBe('40.00');
    expect(deductibleLineNet('36.00', '0', 'EUR').toFixed(2)).toBe('36.00');
    expect(deductibleLineNet('36.00', '100', 'EUR').toFixed(2)).toBe('0.00');
  });
});

describe('deductions', () => {
  const deductible = (amount: string, rate = '21', invoiceId = 'dp1') => ({ invoiceId, number: `INV-${invoiceId}`, rate, amount });

  it('deducts what is left of each down payment per rate, as lines of quantity −1', () => {
    const lines = deductionLines({ currency: 'EUR', discountPercent: '0', lines: [line('2', '100.00'), line('5', '10.00', '10')], charges: [], deductible: [deductible('43.00'), deductible('10.00', '10')] });
    expect(lines.map((l) => [l.description, l.quantity, l.unitPrice, l.taxRate, l.deductsInvoiceId])).toEqual([
      ['Deduction of down payment INV-dp1', '-1', '43.00', '21', 'dp1'],
      ['Deduction of down payment INV-dp1', '-1', '10.00', '10', 'dp1'],
    ]);
  });

  it('deducts no more than the invoice’s base at the rate, charges included, oldest down payment first', () => {
    const lines = [line('1', '10.00')];
    const charges = [{ description: 'Shipping', amount: '5.00', taxRate: '21', creditsChargeId: null }];
    const deductions = deductionLines({ currency: 'EUR', discountPercent: '0', lines, charges, deductible: [deductible('12.00', '21', 'a'), deductible('50.00', '21', 'b')] });
    expect(deductions.map((l) => [l.deductsInvoiceId, l.unitPrice])).toEqual([
      ['a', '12.00'],
      ['b', '3.00'],
    ]);
    expect(baseAt('21', [...lines, ...deductions], charges)).toBe('0.00');
  });

  it('takes off exactly the down payment’s base when the order has a document discount', () => {
    // The order: 200.00 at 21 % less 10 % → base 180.00; a 20 % down payment asked 36.00.
    const lines = [line('1', '200.00')];
    const deductions = deductionLines({ currency: 'EUR', discountPercent: '10', lines, charges: [], deductible: [deductible(deductibleLineNet('36.00', '10', 'EUR').toFixed(2))] });
    expect(deductions.map((l) => l.unitPrice)).toEqual(['40.00']);
    expect(baseAt('21', [...lines, ...deductions], [], '10')).toBe('144.00');
  });

  it.each([
    { discountPercent: '33', lines: [line('1', '10.01')], charges: [{ description: 'Fee', amount: '5.00', taxRate: '21', creditsChargeId: null }] },
    { discountPercent: '10', lines: [line('1', '10.00')], charges: [] },
    { discountPercent: '12.5', lines: [line('3', '0.07')], charges: [] },
    { discountPercent: '7', lines: [line('1', '0.05'), line('1', '0.09')], charges: [] },
  ])('deducts down to a zero base, never below, with a $discountPercent % discount', ({ discountPercent, lines, charges }) => {
    const deductions = deductionLines({ currency: 'EUR', discountPercent, lines, charges, deductible: [deductible('1000.00')] });
    expect(deductions).toHaveLength(1);
    expect(baseAt('21', [...lines, ...deductions], charges, discountPercent)).toBe('0.00');
  });

  it('deducts nothing at a rate the invoice has no base in, nor under a 100 % discount', () => {
    expect(deductionLines({ currency: 'EUR', discountPercent: '0', lines: [line('1', '10.00', '10')], charges: [], deductible: [deductible('5.00', '21')] })).toEqual([]);
    expect(deductionLines({ currency: 'EUR', discountPercent: '100', lines: [line('1', '10.00')], charges: [], deductible: [deductible('5.00')] })).toEqual([]);
  });
});
