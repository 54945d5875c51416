import type { FormErrors } from '@mantine/form';
import i18next from 'i18next';
import type { z } from 'zod';
import { currentLocale } from '../../app/i18n/i18n';
import { formatNumber } from '../../app/i18n/format';

/** Field-specific wording for pattern and refinement failures, keyed by the field path. */
export type PatternHints = Record<string, string>;

function messageFor(issue: z.core.$ZodIssue, path: string, hints: PatternHints): string {
  const locale = currentLocale();
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1
          ? i18next.t('validation.required')
          : i18next.t('validation.minLength', { min: formatNumber(Number(issue.minimum), locale) });
      }
      return i18next.t('validation.invalid');
    case 'too_big':
      if (issue.origin === 'string') return i18next.t('validation.maxLength', { max: formatNumber(Number(issue.maximum), locale) });
      if (issue.origin === 'array') return i18next.t('validation.tooMany', { max: formatNumber(Number(issue.maximum), locale) });
      return i18next.t('validation.invalid');
    case 'invalid_format':
      if (issue.format === 'email') return i18next.t('validation.email');
      return hints[path] ?? i18next.t('validation.invalid');
    case 'invalid_value':
      return i18next.t('validation.choose');
    case 'custom':
      return hints[path] ?? i18next.t('validation.invalid');
    case 'invalid_type':
      return issue.input === undefined || issue.input === null ? i18next.t('validation.required') : i18next.t('validation.invalid');
    default:
      return i18next.t('validation.invalid');
  }
}

/**
 * Validates a form with the API's own zod schema (src/contracts), so the browser and the server agree
 * on the rules; messages come from our translations rather than the schema's English text.
 */
export function zodValidate<Values>(schema: z.ZodType, toBody: (values: Values) => unknown, hints: PatternHints = {}) {
  return (values: Values): FormErrors => {
    const result = schema.safeParse(toBody(values));
    if (result.success) return {};
    const errors: FormErrors = {};
    for (const issue of result.error.issues) {
      const path = issue.path.map(String).join('.');
      errors[path] ??= messageFor(issue, path, hints);
    }
    return errors;
  };
}
