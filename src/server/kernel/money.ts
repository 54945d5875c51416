import Decimal from 'decimal.js';

/**
 * Ciclo's one rounding rule: half away from zero ("half-up" on magnitudes, as EN 16931 and
 * Spanish invoicing practice expect), to the currency's minor unit, applied at line level.
 */
const Money = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export { Money as Decimal };

// ISO 4217 minor units for the currencies the product's markets use; everything else defaults to 2.
const minorUnits: Record<string, number> = {
  EUR: 2, USD: 2, GBP: 2, MXN: 2, ARS: 2, BRL: 2, PEN: 2, UYU: 2, BOB: 2, GTQ: 2, DOP: 2,
  CLP: 0, COP: 2, PYG: 0, JPY: 0, KRW: 0, IRR: 0, KWD: 3, BHD: 3, OMR: 3, JOD: 3, TND: 3, IQD: 3,
};

export function minorUnitOf(currency: string): number {
  return minorUnits[currency] ?? 2;
}

export type DecimalInput = string | number | Decimal;

export function roundMoney(value: DecimalInput, currency: string): Decimal {
  return new Money(value).toDecimalPlaces(minorUnitOf(currency), Money.ROUND_HALF_UP);
}

/** A decimal string with exactly the currency's minor digits, e.g. "1234.50". */
export function formatAmount(value: DecimalInput, currency: string): string {
  return roundMoney(value, currency).toFixed(minorUnitOf(currency));
}
