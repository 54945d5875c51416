import type { Locale } from '../../../contracts/common';
import { intlTag } from '../../app/i18n/format';

/** Minutes as hours and minutes in the user's language ("2 h 30 min", "۲ ساعت ۳۰ دقیقه"). */
export function formatMinutes(minutes: number, locale: Locale): string {
  const tag = intlTag(locale);
  const unit = (value: number, name: 'hour' | 'minute') => new Intl.NumberFormat(tag, { style: 'unit', unit: name, unitDisplay: 'short' }).format(value);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return unit(rest, 'minute');
  if (rest === 0) return unit(hours, 'hour');
  return new Intl.ListFormat(tag, { style: 'narrow', type: 'unit' }).format([unit(hours, 'hour'), unit(rest, 'minute')]);
}

/** A local calendar day as YYYY-MM-DD (not shifted to UTC). */
export function isoDay(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The first day of the month that `date` falls in. */
export function monthStart(date: Date): string {
  return isoDay(new Date(date.getFullYear(), date.getMonth(), 1));
}

export type PersonTotal = { userId: string; minutes: number; entries: number };

/** Time and entries per person, most time first. */
export function groupByPerson(entries: readonly { userId: string; minutes: number }[]): PersonTotal[] {
  const totals = new Map<string, PersonTotal>();
  for (const entry of entries) {
    const total = totals.get(entry.userId) ?? { userId: entry.userId, minutes: 0, entries: 0 };
    total.minutes += entry.minutes;
    total.entries += 1;
    totals.set(entry.userId, total);
  }
  return [...totals.values()].sort((a, b) => b.minutes - a.minutes);
}
