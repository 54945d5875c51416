import Decimal from 'decimal.js';
import type { Locale } from '../../../contracts/common';
import { intlTag, useFormat } from '../../app/i18n/format';

/** A quantity or rate as a decimal string in the user's digits; it goes to Intl as a string, never a float. */
export function formatDecimal(value: string, locale: Locale): string {
  return new Intl.NumberFormat(intlTag(locale), { maximumFractionDigits: 4 }).format(value as Intl.StringNumericLiteral);
}

/** Exact sum of decimal strings (e.g. the tax of every rate), as a decimal string. */
export function sumDecimals(values: readonly string[]): string {
  return values.reduce((sum, value) => sum.plus(value), new Decimal(0)).toFixed();
}

export function isZero(value: string): boolean {
  return new Decimal(value).isZero();
}

/** Formatting for document screens: money in the document's currency, quantities and percentages. */
export function useDocumentFormat() {
  const format = useFormat();
  return {
    ...format,
    amount: (amount: string, currency: string) => format.money({ amount, currency }),
    decimal: (value: string) => formatDecimal(value, format.locale),
  };
}

/** Today in the user's time zone as YYYY-MM-DD, the default of date inputs. */
export function todayIso(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** a − b for decimal strings (what remains to deliver or invoice), exactly. */
export function subtractDecimals(a: string, b: string): string {
  return new Decimal(a).minus(b).toFixed();
}

/** Compares decimal strings exactly: negative, zero or positive like a sort comparator. */
export function compareDecimals(a: string, b: string): number {
  return new Decimal(a).comparedTo(b);
}
