import { z } from 'zod';
import { isoDate, isoDateTime, uuid } from './common.js';
import { relatedTypes, taskKinds, taskStatuses } from './tasks.js';

/** What a record's timeline merges: changes from the audit trail, tasks created and completed, notes and time entries. */
export const activityKinds = ['change', 'task_created', 'task_completed', 'note', 'time_entry'] as const;
export type ActivityKind = (typeof activityKinds)[number];

const common = {
  occurredAt: isoDateTime,
  actorId: uuid.nullable(),
  actorName: z.string().nullable(),
  record: z.object({ type: z.enum(relatedTypes), id: uuid }).describe("The record it happened on: the page's record, or for an account one of its contacts, deals, quotes, orders or projects"),
};
const taskFacts = z.object({ id: uuid, subject: z.string(), kind: z.enum(taskKinds), status: z.enum(taskStatuses), assigneeId: uuid, dueDate: isoDate.nullable(), outcome: z.string() });

export const activityEntry = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('change'), ...common, change: z.object({ id: uuid, action: z.string(), changes: z.record(z.string(), z.object({ before: z.unknown(), after: z.unknown() })) }) }),
  z.object({ kind: z.literal('task_created'), ...common, task: taskFacts }),
  z.object({ kind: z.literal('task_completed'), ...common, task: taskFacts }),
  z.object({ kind: z.literal('note'), ...common, note: z.object({ id: uuid, body: z.string(), edited: z.boolean() }) }),
  z.object({ kind: z.literal('time_entry'), ...common, timeEntry: z.object({ id: uuid, taskId: uuid, userId: uuid, date: isoDate, minutes: z.number().int(), comment: z.string() }) }),
]);
export type ActivityEntry = z.infer<typeof activityEntry>;

export const activityPage = z.object({ data: z.array(activityEntry), nextCursor: z.string().nullable() });

export const activityQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z.string().max(1000).optional(),
    'filter[kind]': z
      .string()
      .max(200)
      .transform((v, c) => {
        const kinds = v.split(',').map((k) => k.trim());
        const wrong = kinds.filter((k) => !(activityKinds as readonly string[]).includes(k));
        if (wrong.length) c.addIssue({ code: 'custom', message: `unknown kind ${wrong.join(', ')}; one or more of ${activityKinds.join(', ')}` });
        return kinds as ActivityKind[];
      })
      .optional()
      .describe(`Comma-separated: ${activityKinds.join(', ')}`),
  })
  .strict();
