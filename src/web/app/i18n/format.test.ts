import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatNumber } from './format';

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
});
