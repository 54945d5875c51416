import type { Clock } from './clock.js';

/**
 * Calendar dates (YYYY-MM-DD) as Ciclo compares them: in UTC, since organisations have no time zone yet.
 * Validity, due dates, delivery and signing dates all go through these.
 */
export function dateOf(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

/** Today's date by the command's clock. */
export const todayOf = (ctx: { clock: Clock }): string => dateOf(ctx.clock.now());

export function addDays(date: string, days: number): string {
  const day = new Date(`${date}T00:00:00.000Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return dateOf(day);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00.000Z`) - Date.parse(`${from}T00:00:00.000Z`)) / 86_400_000);
}
