import { describe, expect, it } from 'vitest';
import { formatAmount } from '../../../kernel/money.js';
import { convertAmount, fitsMoneyColumn } from './convert.js';

describe('convertAmount', () => {
  it.each([
    // amount, rate, base currency, expected
    ['1234.565', '0.92', 'EUR', '1135.80'], // 1135.7998
    ['0.125', '1', 'EUR', '0.13'], // a tie goes away from zero…
    ['-0.125', '1', 'EUR', '-0.13'], // …on both sides
    ['1.005', '1', 'EUR', '1.01'], // binary floating point would give 1.00
    ['1000', '0.0000123456', 'EUR', '0.01'], // a rate with 10 decimals
    ['0.004', '1', 'USD', '0.00'],
    ['12.35', '420000.5', 'IRR', '5187006'], // 5187006.175: IRR has no minor unit
    ['2.5', '420000.2', 'IRR', '1050001'], // 1050000.5, a tie
    ['1234.56', '0.3345', 'KWD', '412.960'], // 412.96032: KWD has three decimals
    ['5', '0.3001', 'KWD', '1.501'], // 1.5005, a tie
    ['-5', '0.3001', 'KWD', '-1.501'],
    ['99999.9999', '18.4321', 'MXN', '1843210.00'], // 1843209.99815679
  ])('%s at %s → %s %s', (amount, rate, base, expected) => {
    expect(formatAmount(convertAmount(amount, rate, base), base)).toBe(expected);
  });

  it('keeps every digit of a large amount times a long rate', () => {
    expect(convertAmount('9999999999.9999', '1.0000000001', 'EUR').toFixed(2)).toBe('10000000001.00'); // 10000000000.99989999999999
    expect(convertAmount('123456789.1234', '0.1234567891', 'EUR').toFixed(2)).toBe('15241578.78'); // 15241578.77777076767494
  });

  it('tells when a converted amount no longer fits a money column', () => {
    expect(fitsMoneyColumn(convertAmount('9999999999999999', '1', 'EUR'))).toBe(true);
    expect(fitsMoneyColumn(convertAmount('100000000000', '420000', 'IRR'))).toBe(false);
  });
});
