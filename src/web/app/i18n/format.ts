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
  };
}
