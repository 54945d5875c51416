import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { locales, type Locale } from '../../../contracts/common';
import { en } from './locales/en';
import { es } from './locales/es';
import { fa } from './locales/fa';

export const resources = { en: { translation: en }, es: { translation: es }, fa: { translation: fa } } as const;

const storageKey = 'ciclo.locale';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

export function directionOf(locale: Locale): 'ltr' | 'rtl' {
  return locale === 'fa' ? 'rtl' : 'ltr';
}

/** The language to show before the server tells us the user's choice. */
export function initialLocale(): Locale {
  const stored = readStoredLocale();
  if (stored) return stored;
  const browser = navigator.language.slice(0, 2);
  return isLocale(browser) ? browser : 'en';
}

function readStoredLocale(): Locale | null {
  try {
    const value = localStorage.getItem(storageKey);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

export function storeLocale(locale: Locale): void {
  try {
    localStorage.setItem(storageKey, locale);
  } catch {
    // Private browsing may refuse storage; the language still applies for this visit.
  }
}

export function currentLocale(): Locale {
  return isLocale(i18next.language) ? i18next.language : 'en';
}

export function applyDocumentLocale(locale: Locale): void {
  document.documentElement.lang = locale;
  document.documentElement.dir = directionOf(locale);
}

export async function initI18n(locale: Locale): Promise<void> {
  applyDocumentLocale(locale);
  await i18next.use(initReactI18next).init({
    resources,
    lng: locale,
    fallbackLng: 'en',
    supportedLngs: [...locales],
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  i18next.on('languageChanged', (lng) => {
    if (isLocale(lng)) applyDocumentLocale(lng);
  });
}
