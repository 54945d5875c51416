import { invalidField } from '../../../kernel/errors.js';
import { Decimal, minorUnitOf } from '../../../kernel/money.js';

/** numeric columns come back padded ("21.000", "0.9200000000"); the API shows "21" and "0.92". */
export function plainDecimal(value: string): string {
  return value.includes('.') ? value.replace(/\.?0+$/, '') : value;
}

/** A unit price as stored: not negative, with no more decimals than the currency's minor unit. */
export function unitPriceAmount(text: string, currency: string, path = 'unitPrice'): string {
  const amount = new Decimal(text);
  if (amount.lt(0)) throw invalidField(path, 'cannot be negative');
  const digits = minorUnitOf(currency);
  if (amount.decimalPlaces() > digits) throw invalidField(path, `${currency} amounts have at most ${digits} decimals`);
  return amount.toFixed(digits);
}

/**
 * The standard VAT a new organisation starts with. Its country is not known yet, so the base currency
 * is the hint: 21 % for EUR (Spain, the product's first market), 16 % for MXN, 10 % for IRR, and 0 %
 * otherwise — an admin sets the real rates before the first quote.
 */
export function standardTaxRateFor(baseCurrency: string): { rate: string; country: string | null } {
  switch (baseCurrency) {
    case 'EUR':
      // Many countries use the euro; 21 % is Spain's, the country is left open.
      return { rate: '21', country: null };
    case 'MXN':
      return { rate: '16', country: 'MX' };
    case 'IRR':
      return { rate: '10', country: 'IR' };
    default:
      return { rate: '0', country: null };
  }
}
