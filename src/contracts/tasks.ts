import { z } from 'zod';
import { isoDate, isoDateTime, nameText, recordMeta, uuid } from './common.js';

/** What kind of activity a task is (DOMAIN.md §4, seeds 001 and 003). */
export const taskKinds = ['call', 'meeting', 'visit', 'email', 'presentation', 'demo', 'todo', 'usage_review', 'advisory_visit'] as const;
export type TaskKind = (typeof taskKinds)[number];
export const taskPriorities = ['low', 'normal', 'high', 'urgent'] as const;
export type TaskPriority = (typeof taskPriorities)[number];
export const taskStatuses = ['pending', 'in_progress', 'done', 'cancelled'] as const;
export type TaskStatus = (typeof taskStatuses)[number];
/** Who a task of a type goes to when the caller names no one. */
export const assignmentRules = ['none', 'account_owner', 'territory_rep'] as const;
export type AssignmentRule = (typeof assignmentRules)[number];
export const recurrenceUnits = ['day', 'week', 'month'] as const;
/** The records a task can concern. */
export const relatedTypes = ['account', 'contact', 'lead', 'opportunity', 'quote', 'order', 'project'] as const;
export type RelatedType = (typeof relatedTypes)[number];

const text = (max: number) => z.string().trim().max(max);
const minutes = z.number().int().min(1).max(10_080);

export const recurrence = z.object({ every: z.number().int().min(1).max(366), unit: z.enum(recurrenceUnits) });
export type Recurrence = z.infer<typeof recurrence>;
const recurrenceInput = recurrence.strict().describe('Repeat every N days, weeks or months: completing a task creates the next one');

export const taskType = z.object({
  ...recordMeta,
  name: z.string(),
  kind: z.enum(taskKinds),
  defaultPriority: z.enum(taskPriorities),
  defaultDurationMinutes: z.number().int().nullable(),
  defaultControllerId: uuid.nullable(),
  assignmentRule: z.enum(assignmentRules).describe("none: the caller; account_owner: the related account's owner; territory_rep: the rep of its territory"),
  recurrence: recurrence.nullable(),
});
export type TaskType = z.infer<typeof taskType>;

const taskTypeFields = z.object({
  name: nameText(100),
  kind: z.enum(taskKinds),
  defaultPriority: z.enum(taskPriorities),
  defaultDurationMinutes: minutes.nullable(),
  defaultControllerId: uuid.nullable(),
  assignmentRule: z.enum(assignmentRules),
  recurrence: recurrenceInput.nullable(),
});
export const createTaskTypeBody = taskTypeFields.partial().required({ name: true, kind: true }).strict();
export type CreateTaskTypeBody = z.infer<typeof createTaskTypeBody>;
export const updateTaskTypeBody = taskTypeFields.partial().strict();
export type UpdateTaskTypeBody = z.infer<typeof updateTaskTypeBody>;

export const relatedTo = z.object({ type: z.enum(relatedTypes), id: uuid });
export type RelatedTo = z.infer<typeof relatedTo>;

export const task = z.object({
  ...recordMeta,
  kind: z.enum(taskKinds),
  taskTypeId: uuid.nullable(),
  subject: z.string(),
  relatedTo,
  accountId: uuid.nullable().describe('The account the related record belongs to (the account itself for an account)'),
  projectId: uuid.nullable(),
  assigneeId: uuid.describe('Who does it'),
  controllerId: uuid.describe('Who controls it'),
  createdById: uuid.nullable().describe('Who created it (null when Ciclo did)'),
  priority: z.enum(taskPriorities),
  status: z.enum(taskStatuses),
  dueDate: isoDate.nullable(),
  nextActionDate: isoDate.nullable().describe('A promise made for a date, e.g. "call me on 20 April"'),
  durationMinutes: z.number().int().nullable(),
  notes: z.string(),
  outcome: z.string(),
  cancelReason: z.string(),
  recurrence: recurrence.nullable(),
  startedAt: isoDateTime.nullable(),
  completedAt: isoDateTime.nullable(),
  cancelledAt: isoDateTime.nullable(),
  previousOccurrenceId: uuid.nullable(),
  nextOccurrenceId: uuid.nullable().describe('The occurrence created when this recurring task was completed'),
  overdue: z.boolean().describe('Open and due before today'),
});
export type Task = z.infer<typeof task>;

const taskFields = z.object({
  subject: nameText(300),
  assigneeId: uuid,
  controllerId: uuid,
  priority: z.enum(taskPriorities),
  dueDate: isoDate.nullable(),
  nextActionDate: isoDate.nullable(),
  durationMinutes: minutes.nullable(),
  notes: text(10_000),
  recurrence: recurrenceInput.nullable(),
});

/** A task type fills what is left out (kind, priority, duration, controller, recurrence) and picks the assignee by its rule. */
export const createTaskBody = taskFields
  .partial()
  .extend({
    kind: z.enum(taskKinds).optional().describe("Required unless a task type gives it"),
    taskTypeId: uuid.optional(),
    subject: taskFields.shape.subject,
    relatedTo: relatedTo.strict(),
  })
  .strict();
export type CreateTaskBody = z.infer<typeof createTaskBody>;
/** Status changes go through the actions (start, complete, cancel, reopen); what a task concerns does not change. */
export const updateTaskBody = taskFields.partial().strict();
export type UpdateTaskBody = z.infer<typeof updateTaskBody>;

export const completeTaskBody = z.object({ outcome: text(10_000).optional() }).strict();
export const cancelTaskBody = z.object({ reason: text(2000).optional() }).strict();
