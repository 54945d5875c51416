import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isLocale, resources } from '../../app/i18n/i18n';
import { en } from '../../app/i18n/locales/en';
import { lookupIn } from './audit-text';

/** Translations by keys built at run time (a field's label, an enum's value), in the user's language. */
export function useAuditLookup() {
  const { i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : 'en';
  return useMemo(() => lookupIn(resources[locale].translation, en), [locale]);
}
