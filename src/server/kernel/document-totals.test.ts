import { describe, expect, it } from 'vitest';
import { documentTotals, lineNet, taxTotalOf } from './document-totals.js';

describe('lineNet', () => {
  it.each([
    { quantity: '3', unitPrice: '1250.00', discountPercent: '5', currency: 'EUR', net: '3562.50' },
    { quantity: '2', unitPrice: '89.95', discountPercent: '12.5', currency: 'EUR', net: '157.41' }, // 157.4125
    { quantity: '1', unitPrice: '0.125', discountPercent: '0', currency: 'EUR', net: '0.13' }, // a tie rounds away from zero, not to even
    { quantity: '-1', unitPrice: '0.125', discountPercent: '0', currency: 'EUR', net: '-0.13' },
    { quantity: '3', unitPrice: '999.5', discountPercent: '0', currency: 'CLP', net: '2999' }, // no minor unit
    { quantity: '1.5', unitPrice: '1000.123', discountPercent: '0', currency: 'KWD', net: '1500.185' }, // three decimals: 1500.1845
    { quantity: '0.3333', unitPrice: '3', discountPercent: '0', currency: 'EUR', net: '1.00' }, // 0.9999
  ])('$quantity × $unitPrice less $discountPercent % in $currency is $net', ({ currency, net, ...line }) => {
    expect(lineNet(line, currency).toFixed(currency === 'CLP' ? 0 : currency === 'KWD' ? 3 : 2)).toBe(net);
  });
});

describe('documentTotals', () => {
  it('follows EN 16931 on a Spanish quote with three tax rates, a document discount and shipping', () => {
    // Worked by hand:
    //   21 %: 3 × 1250.00 − 5 %  = 3562.50; discount 3 % = 106.875 → 106.88; + shipping 120.00 → base 3575.62; tax 750.8802 → 750.88
    //   10 %: 7 × 33.33          =  233.31; discount 3 % =   6.9993 →   7.00;                    base  226.31; tax  22.631  →  22.63
    //    0 %: 2 × 89.95 − 12.5 % =  157.41; discount 3 % =   4.7223 →   4.72;                    base  152.69; tax    0.00
    const totals = documentTotals({
      currency: 'EUR',
      discountPercent: '3',
      lines: [
        { quantity: '3', unitPrice: '1250.00', discountPercent: '5', taxRate: '21' },
        { quantity: '7', unitPrice: '33.33', taxRate: '10' },
        { quantity: '2', unitPrice: '89.95', discountPercent: '12.5', taxRate: '0' },
      ],
      charges: [{ amount: '120.00', taxRate: '21.000' }],
    });
    expect(totals).toEqual({
      currency: 'EUR',
      net: '3953.22',
      discount: '118.60',
      charges: '120.00',
      taxBase: '3954.62',
      tax: [
        { rate: '21', base: '3575.62', amount: '750.88' },
        { rate: '10', base: '226.31', amount: '22.63' },
        { rate: '0', base: '152.69', amount: '0.00' },
      ],
      total: '4728.13',
    });
    expect(taxTotalOf(totals)).toBe('773.51');
  });

  it('computes tax once per rate, not per line (per-line rounding would lose a cent)', () => {
    // five lines of 0.15 at 21 %: per line 0.0315 → 0.03, five times 0.15; once on the base 0.75: 0.1575 → 0.16
    const line = { quantity: '1', unitPrice: '0.15', taxRate: '21' };
    const totals = documentTotals({ currency: 'EUR', lines: [line, line, line, line, line] });
    expect(totals.tax).toEqual([{ rate: '21', base: '0.75', amount: '0.16' }]);
    expect(totals.total).toBe('0.91');
  });

  it('answers zero totals for a document without lines', () => {
    expect(documentTotals({ currency: 'EUR', lines: [] })).toEqual({ currency: 'EUR', net: '0.00', discount: '0.00', charges: '0.00', taxBase: '0.00', tax: [], total: '0.00' });
  });

  it('rounds in the currency of the document: Iranian rial has no minor unit', () => {
    const totals = documentTotals({ currency: 'IRR', lines: [{ quantity: '3', unitPrice: '1250000.5', taxRate: '10' }] });
    expect(totals).toMatchObject({ net: '3750002', taxBase: '3750002', tax: [{ rate: '10', base: '3750002', amount: '375000' }], total: '4125002' });
  });

  it('keeps negative lines (a credit note or a down-payment deduction) exact', () => {
    const totals = documentTotals({
      currency: 'EUR',
      lines: [
        { quantity: '1', unitPrice: '1000', taxRate: '21' },
        { quantity: '-1', unitPrice: '300', taxRate: '21' },
      ],
    });
    expect(totals).toMatchObject({ net: '700.00', tax: [{ rate: '21', base: '700.00', amount: '147.00' }], total: '847.00' });
  });
});
