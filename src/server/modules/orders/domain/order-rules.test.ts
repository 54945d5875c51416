import { describe, expect, it } from 'vitest';
import { AppError } from '../../../kernel/errors.js';
import { assertCancellable, assertStatus, deliveryErrors, futureDateErrors, isSettled, mayApproveCreditException, statusAfterDelivery, trimDecimal } from './order-rules.js';

const line = (id: string, quantity: string, deliveredQuantity = '0', invoicedQuantity = '0') => ({ id, quantity, deliveredQuantity, invoicedQuantity });

function errorOf(fn: () => void): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

describe('order status', () => {
  it('refuses an action in a state that does not allow it, naming the state', () => {
    const error = errorOf(() => assertStatus('partially_delivered', ['pending'], 'be confirmed'));
    expect(error).toMatchObject({ code: 'invalid_state', extra: { state: 'partially_delivered' } });
    expect(error.message).toBe('The order is partially delivered; only a pending order can be confirmed.');
    expect(() => assertStatus('pending', ['pending'], 'be confirmed')).not.toThrow();
  });

  it.each([
    [[line('a', '2'), line('b', '1')], 'confirmed'],
    [[line('a', '2', '1'), line('b', '1')], 'partially_delivered'],
    [[line('a', '2', '2'), line('b', '1')], 'partially_delivered'],
    [[line('a', '2', '2'), line('b', '1', '1')], 'delivered'],
    [[line('a', '0.5', '0.5000')], 'delivered'],
  ] as const)('lines %j make the order %s', (lines, status) => {
    expect(statusAfterDelivery([...lines])).toBe(status);
  });
});

describe('what a delivery may take', () => {
  const lines = [line('a', '10', '4'), line('b', '1', '1'), line('c', '2.5')];

  it('accepts up to what remains of each line', () => {
    expect(deliveryErrors(lines, [{ orderLineId: 'a', quantity: '6' }, { orderLineId: 'c', quantity: '2.5' }])).toEqual([]);
  });

  it.each([
    [[{ orderLineId: 'a', quantity: '6.0001' }], [{ path: 'lines.0.quantity', message: 'at most 6 remain to deliver' }]],
    [[{ orderLineId: 'c', quantity: '1' }, { orderLineId: 'b', quantity: '1' }], [{ path: 'lines.1.quantity', message: 'this line is already fully delivered' }]],
    [[{ orderLineId: 'x', quantity: '1' }], [{ path: 'lines.0.orderLineId', message: 'not a line of this order' }]],
    [[{ orderLineId: 'a', quantity: '1' }, { orderLineId: 'a', quantity: '1' }], [{ path: 'lines.1.orderLineId', message: 'this line is already in the delivery' }]],
  ])('refuses %j', (requested, errors) => {
    expect(deliveryErrors(lines, requested)).toEqual(errors);
  });
});

describe('cancelling', () => {
  it.each([
    ['pending', [line('a', '2', '0', '0')], true],
    ['confirmed', [line('a', '2')], true],
    ['confirmed', [line('a', '2', '1')], false],
    ['confirmed', [line('a', '2', '0', '1')], false],
    ['partially_delivered', [line('a', '2', '1')], false],
    ['delivered', [line('a', '2', '2')], false],
    ['closed', [line('a', '2', '2', '2')], false],
    ['cancelled', [line('a', '2')], false],
  ] as const)('a %s order with lines %j may be cancelled: %s', (status, lines, allowed) => {
    const attempt = () => assertCancellable(status, [...lines]);
    if (allowed) expect(attempt).not.toThrow();
    else expect(errorOf(attempt)).toMatchObject({ code: 'invalid_state', extra: { state: status } });
  });
});

describe('settled orders', () => {
  it.each([
    ['delivered', [line('a', '2', '2', '2')], true, true],
    ['delivered', [line('a', '2', '2', '2')], false, false],
    ['delivered', [line('a', '2', '2', '1')], true, false],
    ['partially_delivered', [line('a', '2', '1', '2')], true, false],
  ] as const)('a %s order with lines %j, paid %s, is settled: %s', (status, lines, paid, settled) => {
    expect(isSettled(status, [...lines], paid)).toBe(settled);
  });
});

describe('small rules', () => {
  it.each([
    ['admin', true],
    ['sales_manager', true],
    ['finance', true],
    ['sales_rep', false],
    ['support', false],
  ] as const)('%s may approve a credit exception: %s', (role, may) => {
    expect(mayApproveCreditException(role)).toBe(may);
  });

  it('refuses dates after today', () => {
    expect(futureDateErrors('contractSignedAt', '2026-11-24', '2026-11-23')).toEqual([{ path: 'contractSignedAt', message: 'cannot be in the future (today is 2026-11-23)' }]);
    expect(futureDateErrors('contractSignedAt', '2026-11-23', '2026-11-23')).toEqual([]);
  });

  it.each([
    ['2.0000', '2'],
    ['0.5000', '0.5'],
    ['21.000', '21'],
    ['1234.5600', '1234.56'],
  ])('writes %s as %s', (stored, shown) => {
    expect(trimDecimal(stored)).toBe(shown);
  });
});
