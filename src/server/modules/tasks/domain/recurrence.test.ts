import { describe, expect, it } from 'vitest';
import { addInterval, nextDueDate } from './recurrence.js';

describe('addInterval', () => {
  it.each([
    ['2026-04-20', 1, 'day', '2026-04-21'],
    ['2026-12-31', 1, 'day', '2027-01-01'],
    ['2028-02-28', 1, 'day', '2028-02-29'],
    ['2026-04-20', 2, 'week', '2026-05-04'],
    ['2026-01-15', 3, 'month', '2026-04-15'],
    ['2026-11-30', 3, 'month', '2027-02-28'],
    ['2026-01-31', 1, 'month', '2026-02-28'],
    ['2028-01-31', 1, 'month', '2028-02-29'],
    ['2026-10-31', 14, 'month', '2027-12-31'],
    ['2026-03-31', 12, 'month', '2027-03-31'],
  ] as const)('%s + %i %s = %s', (date, every, unit, expected) => {
    expect(addInterval(date, { every, unit })).toBe(expected);
  });
});

describe('nextDueDate', () => {
  it('counts from the due date, even when the task was done late', () => {
    expect(nextDueDate('2026-01-10', '2026-02-01', { every: 3, unit: 'month' })).toBe('2026-04-10');
  });

  it('counts from the day it was done when the task had no due date', () => {
    expect(nextDueDate(null, '2026-02-01', { every: 1, unit: 'week' })).toBe('2026-02-08');
  });
});
