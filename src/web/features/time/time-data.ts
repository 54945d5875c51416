import type { z } from 'zod';
import type { timeEntryPage, timeTotals } from '../../../contracts/time-entries';
import type { TimeEntry } from '../../../contracts/time-entries';
import { useCursorPages, type ListParams } from '../../app/collections';

export type TimeTotals = z.infer<typeof timeTotals>;
type TimeEntryPage = z.infer<typeof timeEntryPage>;

/** A diary page by page, with the totals the API answers over everything the filter matches. */
export function useDiary(params: ListParams) {
  const rows = useCursorPages<TimeEntry>(['time-entries', 'list'], '/time-entries', params);
  const first = rows.data?.pages[0] as TimeEntryPage | undefined;
  return { rows, totals: first?.totals ?? null };
}
