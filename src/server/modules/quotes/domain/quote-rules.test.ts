import { describe, expect, it } from 'vitest';
import type { QuoteStatus } from '../../../../contracts/quotes.js';
import { AppError } from '../../../kernel/errors.js';
import { addDays, assertAllowed, canApply, daysBetween, effectiveStatus, lapsedAt, plainDecimal, priceString, type QuoteCommand } from './quote-rules.js';

describe('quote validity', () => {
  it.each([
    { status: 'sent', validUntil: '2026-03-09', today: '2026-03-10', shown: 'expired' },
    { status: 'sent', validUntil: '2026-03-10', today: '2026-03-10', shown: 'sent' }, // valid through its last day
    { status: 'draft', validUntil: '2026-01-01', today: '2026-03-10', shown: 'draft' }, // a draft was never offered
    { status: 'rejected', validUntil: '2026-01-01', today: '2026-03-10', shown: 'rejected' },
    { status: 'accepted', validUntil: '2026-01-01', today: '2026-03-10', shown: 'accepted' },
  ] as const)('a $status quote valid until $validUntil is $shown on $today', ({ status, validUntil, today, shown }) => {
    expect(effectiveStatus(status, validUntil, today)).toBe(shown);
  });

  it('expires when the last valid day ends', () => {
    expect(lapsedAt('2026-02-28').toISOString()).toBe('2026-03-01T00:00:00.000Z');
  });

  it('counts calendar days across month ends and leap days', () => {
    expect(addDays('2028-02-15', 30)).toBe('2028-03-16');
    expect(addDays('2026-12-20', 30)).toBe('2027-01-19');
    expect(daysBetween('2028-02-15', '2028-03-16')).toBe(30);
  });
});

describe('quote transitions', () => {
  const table: [QuoteCommand, QuoteStatus[]][] = [
    ['edit', ['draft']],
    ['send', ['draft']],
    ['reject', ['sent']],
    ['revise', ['sent', 'rejected', 'expired']],
    ['accept', ['sent']],
    ['expire', ['sent']],
    ['archive', ['draft', 'superseded', 'rejected', 'expired']],
  ];
  const statuses: QuoteStatus[] = ['draft', 'sent', 'accepted', 'rejected', 'expired', 'superseded'];

  it.each(table)('%s is allowed exactly from %j', (command, from) => {
    expect(statuses.filter((s) => canApply(s, command))).toEqual(statuses.filter((s) => from.includes(s)));
  });

  it('refuses with invalid_state naming the state', () => {
    let caught: unknown;
    try {
      assertAllowed('accepted', 'archive');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect(caught).toMatchObject({ code: 'invalid_state', extra: { state: 'accepted' } });
    expect((caught as Error).message).toBe('The quote is accepted; only a draft, superseded, rejected or expired quote can be archived.');
  });
});

describe('decimal display', () => {
  it.each([
    ['21.000', '21'],
    ['2.5000', '2.5'],
    ['10', '10'],
    ['0.0000', '0'],
  ])('shows %s as %s', (stored, shown) => expect(plainDecimal(stored)).toBe(shown));

  it.each([
    ['1250.0000', 'EUR', '1250.00'],
    ['0.1250', 'EUR', '0.125'],
    ['999.5000', 'CLP', '999.5'],
    ['1000.0000', 'KWD', '1000.000'],
  ])('shows the price %s in %s as %s', (stored, currency, shown) => expect(priceString(stored, currency)).toBe(shown));
});
