import { z } from 'zod';
import { isoDate, isoDateTime, nameText, recordMeta, uuid } from './common.js';

/** Commercial: following a customer up (e.g. one per customer and year); delivery: work done for the customer. */
export const projectKinds = ['commercial', 'delivery'] as const;
export const projectStatuses = ['active', 'completed', 'cancelled'] as const;
export type ProjectStatus = (typeof projectStatuses)[number];

export const taskCounts = z.object({
  pending: z.number().int(),
  inProgress: z.number().int(),
  done: z.number().int(),
  cancelled: z.number().int(),
});
export type TaskCounts = z.infer<typeof taskCounts>;

export const project = z.object({
  ...recordMeta,
  accountId: uuid,
  kind: z.enum(projectKinds),
  name: z.string(),
  description: z.string(),
  ownerId: uuid,
  plannedStart: isoDate.nullable(),
  plannedEnd: isoDate.nullable(),
  status: z.enum(projectStatuses),
  closedAt: isoDateTime.nullable(),
  taskCounts: taskCounts.describe('Tasks of the project (not archived) by status'),
});
export type Project = z.infer<typeof project>;

const projectFields = z.object({
  accountId: uuid,
  kind: z.enum(projectKinds),
  name: nameText(),
  description: z.string().trim().max(10_000),
  ownerId: uuid,
  plannedStart: isoDate.nullable(),
  plannedEnd: isoDate.nullable().describe('Not before plannedStart'),
});
export const createProjectBody = projectFields.partial().required({ accountId: true, name: true }).strict();
export type CreateProjectBody = z.infer<typeof createProjectBody>;
/** Status changes through the actions (complete, cancel, reopen); the account does not change. */
export const updateProjectBody = projectFields.omit({ accountId: true }).partial().strict();
export type UpdateProjectBody = z.infer<typeof updateProjectBody>;
