import { describe, expect, it } from 'vitest';
import { AppError } from '../../../kernel/errors.js';
import { assertProjectAllows, assertTaskAllows, assigneeByRule, isOverdue, plannedRangeErrors, type TaskAction } from './task-rules.js';

describe('task states', () => {
  const allowed: [TaskAction, string[]][] = [
    ['start', ['pending']],
    ['complete', ['pending', 'in_progress']],
    ['cancel', ['pending', 'in_progress']],
    ['reopen', ['done', 'cancelled']],
    ['change', ['pending', 'in_progress']],
  ];
  const statuses = ['pending', 'in_progress', 'done', 'cancelled'] as const;

  it.each(allowed)('%s is allowed only from %j, otherwise invalid_state naming the state', (action, from) => {
    for (const status of statuses) {
      if (from.includes(status)) {
        expect(() => assertTaskAllows(status, action)).not.toThrow();
      } else {
        const error = (() => {
          try {
            assertTaskAllows(status, action);
          } catch (e) {
            return e;
          }
          return null;
        })();
        expect(error).toBeInstanceOf(AppError);
        expect(error).toMatchObject({ code: 'invalid_state', extra: { state: status } });
      }
    }
  });
});

describe('isOverdue', () => {
  it.each([
    ['pending', '2026-04-19', true],
    ['in_progress', '2026-04-19', true],
    ['pending', '2026-04-20', false],
    ['pending', null, false],
    ['done', '2026-01-01', false],
    ['cancelled', '2026-01-01', false],
  ] as const)('a %s task due %s on 2026-04-20 → %s', (status, due, expected) => {
    expect(isOverdue(status, due, '2026-04-20')).toBe(expected);
  });
});

describe('assigneeByRule', () => {
  const people = { accountOwnerId: 'owner', territoryRepId: 'rep', leadOwnerId: null };
  it.each([
    ['none', people, null],
    ['account_owner', people, 'owner'],
    ['territory_rep', people, 'rep'],
    ['territory_rep', { ...people, territoryRepId: null }, null],
    ['territory_rep', { accountOwnerId: null, territoryRepId: null, leadOwnerId: 'lead owner' }, 'lead owner'],
    ['account_owner', { accountOwnerId: null, territoryRepId: null, leadOwnerId: 'lead owner' }, 'lead owner'],
  ] as const)('%s picks the right person', (rule, who, expected) => {
    expect(assigneeByRule(rule, who)).toBe(expected);
  });
});

describe('projects', () => {
  it('completes, cancels and changes only active projects; reopens closed ones', () => {
    expect(() => assertProjectAllows('active', 'complete')).not.toThrow();
    expect(() => assertProjectAllows('completed', 'reopen')).not.toThrow();
    expect(() => assertProjectAllows('completed', 'change')).toThrow(expect.objectContaining({ code: 'invalid_state', extra: { state: 'completed' } }));
    expect(() => assertProjectAllows('cancelled', 'complete')).toThrow(expect.objectContaining({ extra: { state: 'cancelled' } }));
    expect(() => assertProjectAllows('active', 'reopen')).toThrow(expect.objectContaining({ extra: { state: 'active' } }));
  });

  it('refuses an end before the start', () => {
    expect(plannedRangeErrors('2026-02-01', '2026-01-31')).toEqual([{ path: 'plannedEnd', message: 'cannot be before plannedStart (2026-02-01)' }]);
    expect(plannedRangeErrors('2026-02-01', '2026-02-01')).toEqual([]);
    expect(plannedRangeErrors(null, '2026-01-31')).toEqual([]);
  });
});
