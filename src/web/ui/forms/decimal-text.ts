import type { Locale } from '../../../contracts/common';

const easternDigits = /[۰-۹٠-٩]/g;

function westernDigit(char: string): string {
  const code = char.charCodeAt(0);
  // Persian digits start at U+06F0, Arabic-Indic ones at U+0660.
  return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
}

function escape(mark: string): string {
  return mark === '.' ? '\\.' : mark;
}

/**
 * What the user typed in a money or percentage input, as the API's decimal string. Persian digits
 * become ASCII; the language's grouping mark is dropped only where it really groups thousands
 * ("1.234,50" in Spanish, "1,234.50" in English), and its decimal mark becomes a point. Anything
 * else ("35000,5" in English) is returned as typed, for validation to refuse rather than misread.
 */
export function parseDecimalText(text: string, locale: Locale): string {
  let value = text.trim().replace(easternDigits, westernDigit).replace(/[\s\u00a0\u202f]/g, '');
  // Persian separators (٬ and ٫) read like the English ones; Persian keyboards may type either.
  if (locale === 'fa') value = value.replace(/٬/g, ',').replace(/٫/g, '.');
  const group = locale === 'es' ? '.' : ',';
  const decimal = locale === 'es' ? ',' : '.';
  const grouped = new RegExp(`^-?\\d{1,3}(${escape(group)}\\d{3})+(${escape(decimal)}\\d+)?$`);
  if (grouped.test(value)) value = value.split(group).join('');
  if (decimal !== '.' && !value.includes(group) && value.split(decimal).length === 2) value = value.replace(decimal, '.');
  return value;
}

/** The API's decimal string as the user would type it in their language. */
export function decimalForInput(value: string, locale: Locale): string {
  return locale === 'es' ? value.replace('.', ',') : value;
}
