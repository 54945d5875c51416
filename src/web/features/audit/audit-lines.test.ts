import { describe, expect, it } from 'vitest';
import { diffItems, diffLines, parseLine, parseLines } from './audit-lines';

const quoteLine = (description: string, quantity: string, netAmount: string, extra: Record<string, unknown> = {}) => ({
  sku: null,
  unit: 'l',
  taxRate: '21',
  position: 1,
  quantity,
  netAmount,
  productId: null,
  unitPrice: '3.20',
  description,
  discountPercent: '0',
  ...extra,
});

describe('document lines in the audit trail', () => {
  it.each([
    [
      'an order line',
      '1. Cable RV-K 3G2,5 mm²: 10 m, delivered 6, invoiced 0',
      { description: 'Cable RV-K 3G2,5 mm²', quantity: '10', unit: 'm', delivered: '6', invoiced: '0' },
    ],
    ['an invoice line', '2. Café en grano para vending: 5 kg × 16.50', { description: 'Café en grano para vending', quantity: '5', unit: 'kg', unitPrice: '16.50' }],
    ['a deduction of a down payment', '3. Deduction of down payment INV-2026-00002: -1 unit × 43.00', { quantity: '-1', unitPrice: '43.00' }],
    ['a delivery line', '4. Hora de mantenimiento técnico: 50 hour', { description: 'Hora de mantenimiento técnico', quantity: '50', unit: 'hour' }],
    ['a description with a colon', '1. Kit: cables y bornes: 2 box × 9.00', { description: 'Kit: cables y bornes', quantity: '2' }],
  ])('reads %s written by the server', (_, text, expected) => {
    expect(parseLine(text)).toMatchObject(expected);
  });

  it('reads quote lines and charges stored as objects, keyed by their product', () => {
    expect(parseLine(quoteLine('Aceite', '4', '12.80', { productId: 'p1' }))).toMatchObject({ identity: 'p1', quantity: '4', netAmount: '12.80', unitPrice: '3.20' });
    expect(parseLine({ amount: '40.00', taxRate: '21', description: 'Shipping' })).toMatchObject({ identity: 'Shipping', amount: '40.00' });
  });

  it('does not take other lists for lines', () => {
    expect(parseLines(['Calificación (10%)', 'Propuesta (50%)'])).toBeNull();
    expect(parseLines([{ value: 'B12345674', scheme: 'ES:NIF' }])).toBeNull();
    expect(parseLines([])).toEqual([]);
    expect(parseLines(null)).toEqual([]);
  });

  it('finds the lines added, removed and changed, ignoring renumbered ones', () => {
    const before = parseLines([quoteLine('Aceite', '4', '12.80'), quoteLine('Agua', '2', '9.36'), quoteLine('Montaje', '6', '390.00')]) ?? [];
    const after = parseLines([quoteLine('Agua', '2', '9.36', { position: 1 }), quoteLine('Montaje', '8', '520.00', { position: 2 }), quoteLine('Grasa', '1', '5.00')]) ?? [];
    const diff = diffLines(before, after);
    expect(diff.added.map((line) => line.description)).toEqual(['Grasa']);
    expect(diff.removed.map((line) => line.description)).toEqual(['Aceite']);
    expect(diff.changed.map(({ before: old, after: now }) => [old.quantity, now.quantity])).toEqual([['6', '8']]);
  });

  it('tells apart two lines of the same product', () => {
    const before = parseLines(['1. Tornillo: 10 unit, delivered 0, invoiced 0', '2. Tornillo: 5 unit, delivered 0, invoiced 0']) ?? [];
    const after = parseLines(['1. Tornillo: 10 unit, delivered 10, invoiced 0', '2. Tornillo: 5 unit, delivered 0, invoiced 0']) ?? [];
    const diff = diffLines(before, after);
    expect(diff.changed).toHaveLength(1);
    expect(diff.changed[0]?.after.delivered).toBe('10');
    expect(diff.added).toEqual([]);
    expect(diff.removed).toEqual([]);
  });

  it('compares plain lists item by item', () => {
    expect(diffItems(['A', 'B', 'B'], ['B', 'C'])).toEqual({ added: ['C'], removed: ['A', 'B'] });
  });
});
