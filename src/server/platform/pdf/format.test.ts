import { describe, expect, it } from 'vitest';
import { formatDateForLocale, formatDecimalForLocale, type DocumentLocale } from './format.js';

const LRM = '\u200E';

describe('formatDecimalForLocale', () => {
  it.each<[string, DocumentLocale, number, string]>([
    ['1234.5', 'en', 2, '1,234.50'],
    ['1234.5', 'es', 2, '1.234,50'],
    ['1234.5', 'fa', 2, '۱٬۲۳۴٫۵۰'],
    ['123456', 'fa', 0, '۱۲۳٬۴۵۶'],
    ['0.005', 'en', 2, '0.01'],
    ['-0.004', 'en', 2, '0.00'],
    ['-1234.567', 'es', 2, '-1.234,57'],
    ['-12.5', 'fa', 1, `${LRM}−۱۲٫۵`],
    ['98765432109876543210.99', 'en', 2, '98,765,432,109,876,543,210.99'],
    ['98765432109876543210.99', 'es', 0, '98.765.432.109.876.543.211'],
    ['7', 'es', 0, '7'],
  ])('formats %s in %s with %i decimals as %s', (value, locale, digits, expected) => {
    expect(formatDecimalForLocale(value, locale, digits)).toBe(expected);
  });
});

describe('formatDateForLocale', () => {
  it.each<[string, DocumentLocale, string]>([
    ['2026-11-23', 'en', '23 Nov 2026'],
    ['2026-09-03', 'en', '3 Sep 2026'],
    ['2026-11-23', 'es', '23/11/2026'],
    ['2026-11-23', 'fa', '۱۴۰۵/۰۹/۰۲'],
    ['2026-03-21', 'fa', '۱۴۰۵/۰۱/۰۱'],
  ])('formats %s in %s as %s', (date, locale, expected) => {
    expect(formatDateForLocale(date, locale)).toBe(expected);
  });

  it.each(['2026-02-30', '23/11/2026', ''])('rejects %j', (date) => {
    expect(() => formatDateForLocale(date, 'en')).toThrow(RangeError);
  });
});
