import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../contracts/common';
import { isLocale } from './i18n';

/** fa-IR gives Persian digits and the Solar Hijri calendar. */
const intlTags: Record<Locale, string> = { en: 'en-GB', es: 'es-ES', fa: 'fa-IR' };

export function intlTag(locale: Locale): string {
  return intlTags[locale];
}

export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(intlTag(locale)).format(value);
}

export function formatDateTime(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlTag(locale), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

export function formatDate(date: Date, locale: Locale): string {
  const tag = intlTag(locale);
  // ICU has no full pattern for the Persian calendar and falls back to "y MMMM d, EEEE"; build the usual one.
  if (locale === 'fa') {
    const weekday = new Intl.DateTimeFormat(tag, { weekday: 'long' }).format(date);
    return `${weekday} ${new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric' }).format(date)}`;
  }
  return new Intl.DateTimeFormat(tag, { dateStyle: 'full' }).format(date);
}

/** Exact: the decimal string goes to Intl as it is, never through a binary float. */
export function formatMoney(money: { amount: string; currency: string }, locale: Locale): string {
  try {
    return new Intl.NumberFormat(intlTag(locale), { style: 'currency', currency: money.currency }).format(money.amount as Intl.StringNumericLiteral);
  } catch {
    return `${money.amount} ${money.currency}`;
  }
}

/** A percentage given as a decimal string from 0 to 100 ("25" → "25%"). */
export function formatPercent(percent: string, locale: Locale): string {
  return new Intl.NumberFormat(intlTag(locale), { style: 'percent', maximumFractionDigits: 2 }).format(`${percent}E-2` as Intl.StringNumericLiteral);
}

/** A calendar date (YYYY-MM-DD) as a short local date; it is not shifted by the time zone. */
export function formatDay(isoDate: string, locale: Locale): string {
  const [year = 0, month = 1, day = 1] = isoDate.split('-').map(Number);
  return new Intl.DateTimeFormat(intlTag(locale), { dateStyle: 'medium' }).format(new Date(year, month - 1, day));
}

const hourMs = 3_600_000;
const dayMs = 24 * hourMs;

/** A span of time in days, hours or minutes, whichever reads best ("3 days 4 hours"). */
export function formatDuration(ms: number, locale: Locale): string {
  const unit = (value: number, name: 'day' | 'hour' | 'minute') =>
    new Intl.NumberFormat(intlTag(locale), { style: 'unit', unit: name, unitDisplay: 'long' }).format(value);
  const span = Math.max(0, ms);
  const days = Math.floor(span / dayMs);
  const hours = Math.floor((span % dayMs) / hourMs);
  if (days > 0) return hours > 0 ? new Intl.ListFormat(intlTag(locale), { style: 'narrow', type: 'unit' }).format([unit(days, 'day'), unit(hours, 'hour')]) : unit(days, 'day');
  if (hours > 0) return unit(hours, 'hour');
  return unit(Math.floor(span / 60_000), 'minute');
}

export function currencyName(code: string, locale: Locale): string {
  try {
    return new Intl.DisplayNames(intlTag(locale), { type: 'currency' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function useFormat() {
  const { i18n } = useTranslation();
  const locale: Locale = isLocale(i18n.language) ? i18n.language : 'en';
  return {
    locale,
    number: (value: number) => formatNumber(value, locale),
    dateTime: (iso: string) => formatDateTime(iso, locale),
    date: (date: Date) => formatDate(date, locale),
    currencyName: (code: string) => currencyName(code, locale),
    money: (money: { amount: string; currency: string }) => formatMoney(money, locale),
    percent: (percent: string) => formatPercent(percent, locale),
    day: (isoDate: string) => formatDay(isoDate, locale),
    duration: (ms: number) => formatDuration(ms, locale),
  };
}
