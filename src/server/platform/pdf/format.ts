import Decimal from 'decimal.js';

export type DocumentLocale = 'en' | 'es' | 'fa';

const numberLocales: Record<DocumentLocale, string> = { en: 'en-US', es: 'es-ES', fa: 'fa-IR' };

type NumberParts = { grouped: Intl.NumberFormat; minus: string; decimal: string; digits: string[] };
const numberParts = new Map<DocumentLocale, NumberParts>();

function partsFor(locale: DocumentLocale): NumberParts {
  let parts = numberParts.get(locale);
  if (!parts) {
    const tag = numberLocales[locale];
    const grouped = new Intl.NumberFormat(tag, { useGrouping: 'always' });
    const sample = new Intl.NumberFormat(tag, { minimumFractionDigits: 1 }).formatToParts(-1.5);
    const integerAt = sample.findIndex((p) => p.type === 'integer');
    parts = {
      grouped,
      // Everything before the digits: "-" in en/es, LRM + U+2212 in fa.
      minus: sample.slice(0, integerAt).map((p) => p.value).join(''),
      decimal: sample.find((p) => p.type === 'decimal')?.value ?? '.',
      digits: Array.from({ length: 10 }, (_, d) => grouped.format(d)),
    };
    numberParts.set(locale, parts);
  }
  return parts;
}

/**
 * Formats a decimal string exactly (no trip through a JS number): the value is rounded half-up to
 * `fractionDigits`, the integer part is grouped through BigInt and the fraction digits are transliterated.
 */
export function formatDecimalForLocale(value: string, locale: DocumentLocale, fractionDigits: number): string {
  const fixed = new Decimal(value).toFixed(fractionDigits);
  const negative = fixed.startsWith('-') && /[1-9]/.test(fixed);
  const [integer = '0', fraction] = fixed.replace('-', '').split('.');
  const p = partsFor(locale);
  const grouped = p.grouped.format(BigInt(integer));
  const decimals = fraction ? p.decimal + [...fraction].map((d) => p.digits[Number(d)]).join('') : '';
  return (negative ? p.minus : '') + grouped + decimals;
}

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** en: 23 Nov 2026, es: 23/11/2026, fa: ۱۴۰۵/۰۹/۰۲ (Solar Hijri). */
export function formatDateForLocale(date: string, locale: DocumentLocale): string {
  const match = isoDate.exec(date);
  if (!match) throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${date}`);
  const utc = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (utc.toISOString().slice(0, 10) !== date) throw new RangeError(`Not a calendar date: ${date}`);
  if (locale === 'en') {
    // Assembled by hand: en-GB writes "Sept" in recent ICU versions.
    const parts = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' }).formatToParts(utc);
    const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((part) => part.type === type)?.value ?? '';
    return `${get('day')} ${get('month')} ${get('year')}`;
  }
  const tag = locale === 'fa' ? 'fa-IR-u-ca-persian' : 'es-ES';
  return new Intl.DateTimeFormat(tag, { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' }).format(utc);
}
