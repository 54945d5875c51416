import type { Note } from '../../../contracts/notes.js';
import type { Project, TaskCounts } from '../../../contracts/projects.js';
import type { TaskView } from '../../../contracts/task-views.js';
import type { Task, TaskType } from '../../../contracts/tasks.js';
import type { TimeEntry } from '../../../contracts/time-entries.js';
import { isoOrNull, recordMetaDto } from '../../platform/db/rows.js';
import { recurrenceOf } from './domain/recurrence.js';
import { isOverdue } from './domain/task-rules.js';
import type { NoteRow } from './notes.repository.js';
import type { ProjectRow } from './projects.repository.js';
import type { TaskViewRow } from './task-views.repository.js';
import type { TaskTypeRow } from './task-types.repository.js';
import type { TaskRow } from './tasks.repository.js';
import type { TimeEntryRow } from './time-entries.repository.js';

export const taskTypeDto = (r: TaskTypeRow): TaskType => ({
  ...recordMetaDto(r),
  name: r.name,
  kind: r.kind,
  defaultPriority: r.defaultPriority,
  defaultDurationMinutes: r.defaultDurationMinutes,
  defaultControllerId: r.defaultControllerId,
  assignmentRule: r.assignmentRule,
  recurrence: recurrenceOf(r),
});

export const taskDto = (r: TaskRow, today: string): Task => ({
  ...recordMetaDto(r),
  kind: r.kind,
  taskTypeId: r.taskTypeId,
  subject: r.subject,
  relatedTo: { type: r.relatedType, id: r.relatedId },
  accountId: r.accountId,
  projectId: r.projectId,
  assigneeId: r.assigneeId,
  controllerId: r.controllerId,
  createdById: r.createdBy,
  priority: r.priority,
  status: r.status,
  dueDate: r.dueDate,
  nextActionDate: r.nextActionDate,
  durationMinutes: r.durationMinutes,
  notes: r.notes,
  outcome: r.outcome,
  cancelReason: r.cancelReason,
  recurrence: recurrenceOf(r),
  startedAt: isoOrNull(r.startedAt),
  completedAt: isoOrNull(r.completedAt),
  cancelledAt: isoOrNull(r.cancelledAt),
  previousOccurrenceId: r.previousOccurrenceId,
  nextOccurrenceId: r.nextOccurrenceId,
  overdue: isOverdue(r.status, r.dueDate, today),
});

export const noTasks: TaskCounts = { pending: 0, inProgress: 0, done: 0, cancelled: 0 };

export const projectDto = (r: ProjectRow, taskCounts: TaskCounts): Project => ({
  ...recordMetaDto(r),
  accountId: r.accountId,
  kind: r.kind,
  name: r.name,
  description: r.description,
  ownerId: r.ownerId,
  plannedStart: r.plannedStart,
  plannedEnd: r.plannedEnd,
  status: r.status,
  closedAt: isoOrNull(r.closedAt),
  taskCounts,
});

export const timeEntryDto = (r: TimeEntryRow): TimeEntry => ({
  ...recordMetaDto(r),
  taskId: r.taskId,
  userId: r.userId,
  date: r.date,
  minutes: r.minutes,
  comment: r.comment,
  accountId: r.accountId,
  projectId: r.projectId,
  createdById: r.createdBy,
});

/** The audit view of a task: its fields without the sort shadows the database derives. */
export function auditableTask(r: TaskRow): Record<string, unknown> {
  const { dueSort: _due, nextActionSort: _next, ...rest } = r;
  return rest;
}

export const taskViewDto = (r: TaskViewRow): TaskView => ({
  ...recordMetaDto(r),
  name: r.name,
  filters: r.filters,
  sort: r.sort,
  q: r.q,
  shared: r.shared,
  ownerId: r.ownerId,
});

export const noteDto = (r: NoteRow): Note => ({
  ...recordMetaDto(r),
  relatedTo: { type: r.relatedType, id: r.relatedId },
  accountId: r.accountId,
  body: r.body,
  authorId: r.createdBy,
});
