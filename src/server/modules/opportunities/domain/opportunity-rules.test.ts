import { describe, expect, it } from 'vitest';
import { AppError } from '../../../kernel/errors.js';
import { assertOpen, closingValues, isStale } from './opportunity-rules.js';

const now = new Date('2026-11-23T12:00:00Z');
const daysAgo = (n: number) => new Date(now.getTime() - n * 24 * 60 * 60 * 1000);

describe('stale deals', () => {
  it.each([
    ['open', 15, 14, true],
    ['open', 14, 14, false],
    ['open', 3, 14, false],
    ['open', 400, null, false],
    ['won', 400, 14, false],
    ['lost', 400, 14, false],
  ] as const)('a %s deal idle %i days with a %s-day limit is stale: %s', (status, idle, limit, stale) => {
    expect(isStale(status, daysAgo(idle), limit, now)).toBe(stale);
  });
});

describe('transitions', () => {
  it('lets an open deal move', () => {
    expect(() => assertOpen('open', 'move')).not.toThrow();
  });

  it.each(['won', 'lost'] as const)('refuses to move a %s deal, naming its state', (status) => {
    try {
      assertOpen(status, 'move');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('invalid_state');
      expect((error as AppError).message).toContain(status);
    }
  });

  it('sets probability and forecast from the outcome', () => {
    expect(closingValues('won')).toEqual({ probability: '100', forecastCategory: 'commit' });
    expect(closingValues('lost')).toEqual({ probability: '0', forecastCategory: 'omitted' });
  });
});
