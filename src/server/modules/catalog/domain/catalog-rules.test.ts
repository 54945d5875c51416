import { describe, expect, it } from 'vitest';
import { plainDecimal, standardTaxRateFor, unitPriceAmount } from './catalog-rules.js';

describe('unitPriceAmount', () => {
  it.each([
    ['12.5', 'EUR', '12.50'],
    ['12.500', 'EUR', '12.50'],
    ['0', 'EUR', '0.00'],
    ['1500000', 'IRR', '1500000'],
    ['1500000.0', 'IRR', '1500000'],
    ['3.125', 'KWD', '3.125'],
  ])('stores %s %s as %s', (text, currency, stored) => {
    expect(unitPriceAmount(text, currency)).toBe(stored);
  });

  it.each([
    ['12.505', 'EUR', 'EUR amounts have at most 2 decimals'],
    ['1500000.5', 'IRR', 'IRR amounts have at most 0 decimals'],
    ['3.1255', 'KWD', 'KWD amounts have at most 3 decimals'],
    ['-0.01', 'EUR', 'cannot be negative'],
  ])('refuses %s %s: %s', (text, currency, message) => {
    expect(() => unitPriceAmount(text, currency)).toThrow(message);
  });
});

describe('plainDecimal', () => {
  it.each([
    ['21.000', '21'],
    ['10.500', '10.5'],
    ['0.9200000000', '0.92'],
    ['0.0000021739', '0.0000021739'],
    ['100', '100'],
    ['0.000', '0'],
  ])('shows %s as %s', (stored, shown) => {
    expect(plainDecimal(stored)).toBe(shown);
  });
});

describe('standardTaxRateFor', () => {
  it('guesses the standard VAT from the base currency, 0 when it cannot', () => {
    expect(standardTaxRateFor('EUR')).toEqual({ rate: '21', country: null });
    expect(standardTaxRateFor('MXN')).toEqual({ rate: '16', country: 'MX' });
    expect(standardTaxRateFor('IRR')).toEqual({ rate: '10', country: 'IR' });
    expect(standardTaxRateFor('JPY')).toEqual({ rate: '0', country: null });
  });
});
