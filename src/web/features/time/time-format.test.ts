import { describe, expect, it } from 'vitest';
import { formatMinutes, groupByPerson, isoDay, monthStart } from './time-format';

describe('time spent', () => {
  it.each([
    [45, 'en', '45 mins'],
    [60, 'en', '1 hr'],
    [150, 'en', '2 hrs 30 mins'],
    [150, 'es', '2 h 30 min'],
    [150, 'fa', '۲ ساعت ۳۰ دقیقه'],
  ] as const)('writes %i minutes in %s as %s', (minutes, locale, text) => {
    expect(formatMinutes(minutes, locale)).toBe(text);
  });

  it('gives local calendar days', () => {
    expect(isoDay(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
    expect(monthStart(new Date(2026, 10, 23))).toBe('2026-11-01');
  });

  it('sums each person’s time, most first', () => {
    const entries = [
      { userId: 'ana', minutes: 30 },
      { userId: 'bo', minutes: 90 },
      { userId: 'ana', minutes: 45 },
    ];
    expect(groupByPerson(entries)).toEqual([
      { userId: 'bo', minutes: 90, entries: 1 },
      { userId: 'ana', minutes: 75, entries: 2 },
    ]);
  });
});
