import { z } from 'zod';
import { isoDate, recordMeta, uuid } from './common.js';

/** Time spent on a task ("dedication"): who, which day, how long, what was done. */
export const timeEntry = z.object({
  ...recordMeta,
  taskId: uuid,
  userId: uuid,
  date: isoDate,
  minutes: z.number().int(),
  comment: z.string(),
  accountId: uuid.nullable().describe("The task's account, copied so diaries filter fast"),
  projectId: uuid.nullable(),
  createdById: uuid.nullable(),
});
export type TimeEntry = z.infer<typeof timeEntry>;

const timeEntryFields = z.object({
  date: isoDate,
  minutes: z.number().int().min(1).max(1440),
  comment: z.string().trim().max(5000),
});
export const createTimeEntryBody = timeEntryFields
  .partial({ comment: true })
  .extend({ taskId: uuid, userId: uuid.optional().describe('Defaults to you; only a manager (for their team) or an admin logs for someone else') })
  .strict();
export type CreateTimeEntryBody = z.infer<typeof createTimeEntryBody>;
export const updateTimeEntryBody = timeEntryFields.partial().strict();
export type UpdateTimeEntryBody = z.infer<typeof updateTimeEntryBody>;

export const timeTotals = z.object({ minutes: z.number().int(), entries: z.number().int() });
/** A page of a diary, with totals over everything the filter matches (not only this page). */
export const timeEntryPage = z.object({ data: z.array(timeEntry), nextCursor: z.string().nullable(), totals: timeTotals });
