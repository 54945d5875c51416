import type { TFunction } from 'i18next';
import { recurrenceUnits, type Recurrence } from '../../../contracts/tasks';

export type RecurrenceUnit = (typeof recurrenceUnits)[number];

/** "Every month", "Every 3 months": one form for one unit, another for more (the same in every language we have). */
export function recurrenceText(t: TFunction, recurrence: Recurrence, number: (value: number) => string): string {
  return recurrence.every === 1
    ? t(`recurrence.one.${recurrence.unit}`)
    : t(`recurrence.many.${recurrence.unit}`, { number: number(recurrence.every) });
}
