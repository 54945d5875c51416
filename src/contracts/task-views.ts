import { z } from 'zod';
import { nameText, recordMeta, uuid } from './common.js';

/** A saved view of the task explorer: the list query's filters (as `filter[name]=value` values), sort and search. */
export const taskView = z.object({
  ...recordMeta,
  name: z.string(),
  filters: z.record(z.string(), z.string()).describe('filter name → value, exactly as GET /tasks takes filter[name]'),
  sort: z.string().describe('As GET /tasks takes it, e.g. -createdAt'),
  q: z.string().nullable(),
  shared: z.boolean().describe('Visible to the whole organisation; otherwise only to its owner'),
  ownerId: uuid,
});
export type TaskView = z.infer<typeof taskView>;

const taskViewFields = z.object({
  name: nameText(100),
  filters: z.record(z.string().max(50), z.string().max(200)),
  sort: z.string().max(50),
  q: z.string().trim().max(200).nullable(),
  shared: z.boolean(),
});
/** Filters and sort are checked against the tasks list query (422 with paths like filters.status). */
export const createTaskViewBody = taskViewFields.partial().required({ name: true }).strict();
export type CreateTaskViewBody = z.infer<typeof createTaskViewBody>;
export const updateTaskViewBody = taskViewFields.partial().strict();
export type UpdateTaskViewBody = z.infer<typeof updateTaskViewBody>;

/** The secret feed URL, answered once when created or rotated. */
export const calendarFeed = z.object({
  url: z.string().describe('Subscribe to it in a calendar client; keep it secret. Only shown now.'),
  createdAt: z.string(),
});
export type CalendarFeed = z.infer<typeof calendarFeed>;
export const calendarFeedStatus = z.object({ active: z.boolean(), rotatedAt: z.string().nullable() });
