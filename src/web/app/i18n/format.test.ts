import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatDay, formatDuration, formatMoney, formatNumber, formatPercent } from './format';

const monday = new Date('2026-11-23T12:00:00Z');

describe('formatting', () => {
  it('writes Persian numbers with Persian digits and separators', () => {
    expect(formatNumber(1234.5, 'fa')).toBe('۱٬۲۳۴٫۵');
    expect(formatNumber(1234.5, 'es')).toBe('1234,5');
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
  });

  it('writes Persian dates in the Solar Hijri calendar, weekday first', () => {
    expect(formatDate(monday, 'fa')).toBe('دوشنبه ۲ آذر ۱۴۰۵');
    expect(formatDate(monday, 'es')).toBe('lunes, 23 de noviembre de 2026');
    expect(formatDate(monday, 'en')).toBe('Monday, 23 November 2026');
  });

  it('writes date-times with Persian digits in Persian', () => {
    expect(formatDateTime(monday.toISOString(), 'fa')).toMatch(/^۲ آذر ۱۴۰۵، [۰-۹]{2}:[۰-۹]{2}$/);
  });

  it('writes money exactly from its decimal string, in the currency of the amount', () => {
    expect(formatMoney({ amount: '1234.50', currency: 'EUR' }, 'en')).toBe('€1,234.50');
    expect(formatMoney({ amount: '1234.50', currency: 'EUR' }, 'es')).toMatch(/^1234,50\s€$/);
    expect(formatMoney({ amount: '1234.50', currency: 'EUR' }, 'fa')).toContain('۱٬۲۳۴٫۵۰');
    // Beyond what a double holds exactly: no digit is lost.
    expect(formatMoney({ amount: '12345678901234567.55', currency: 'USD' }, 'en')).toBe('US$12,345,678,901,234,567.55');
  });

  it('writes percentages, calendar days and durations in the language', () => {
    expect(formatPercent('12.5', 'en')).toBe('12.5%');
    expect(formatPercent('25', 'fa')).toBe('۲۵٪');
    expect(formatDay('2026-11-23', 'en')).toBe('23 Nov 2026');
    expect(formatDay('2026-11-23', 'fa')).toBe('۲ آذر ۱۴۰۵');
    expect(formatDuration((3 * 24 + 4) * 3_600_000, 'es')).toBe('3 días 4 horas');
    expect(formatDuration(5 * 60_000, 'fa')).toBe('۵ دقیقه');
  });
});
