import type { Recurrence } from '../../../../contracts/tasks.js';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * The date `every` days, weeks or months after `date` (YYYY-MM-DD). A month later keeps the day of the
 * month, or the month's last day when it has fewer (31 January + 1 month = 28 or 29 February).
 */
export function addInterval(date: string, recurrence: Recurrence): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  if (recurrence.unit === 'month') {
    const index = month - 1 + recurrence.every;
    const y = year + Math.floor(index / 12);
    const m = index % 12;
    const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
    return `${pad(y, 4)}-${pad(m + 1)}-${pad(Math.min(day, lastDay))}`;
  }
  const days = recurrence.unit === 'week' ? recurrence.every * 7 : recurrence.every;
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** The next occurrence is due one interval after this one was due, or after the day it was done when it had no due date. */
export function nextDueDate(dueDate: string | null, doneOn: string, recurrence: Recurrence): string {
  return addInterval(dueDate ?? doneOn, recurrence);
}

export function recurrenceOf(row: { recurrenceEvery: number | null; recurrenceUnit: Recurrence['unit'] | null }): Recurrence | null {
  return row.recurrenceEvery !== null && row.recurrenceUnit !== null ? { every: row.recurrenceEvery, unit: row.recurrenceUnit } : null;
}

export function recurrenceColumns(recurrence: Recurrence | null): { recurrenceEvery: number | null; recurrenceUnit: Recurrence['unit'] | null } {
  return { recurrenceEvery: recurrence?.every ?? null, recurrenceUnit: recurrence?.unit ?? null };
}
