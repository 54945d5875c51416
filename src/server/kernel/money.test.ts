import { describe, expect, it } from 'vitest';
import { formatAmount, roundMoney } from './money.js';

describe('money rounding', () => {
  it.each([
    ['0.125', 'EUR', '0.13'],
    ['-0.125', 'EUR', '-0.13'],
    ['2.675', 'EUR', '2.68'], // 2.675 is 2.67499… in binary floating point; decimal keeps it exact
    ['1.005', 'USD', '1.01'],
    ['1234.5', 'EUR', '1234.50'],
    ['10.5', 'CLP', '11'],
    ['123456.5', 'IRR', '123457'],
    ['1.0005', 'KWD', '1.001'],
  ])('rounds %s %s half away from zero to %s', (input, currency, expected) => {
    expect(formatAmount(input, currency)).toBe(expected);
  });

  it('adds 0.1 + 0.2 exactly', () => {
    expect(roundMoney('0.1', 'EUR').plus('0.2').toFixed(2)).toBe('0.30');
  });
});
