import { sql } from 'drizzle-orm';
import { boolean, check, date, foreignKey, index, integer, pgEnum, pgTable, text, unique, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { projectKinds, projectStatuses } from '../../../contracts/projects.js';
import { assignmentRules, recurrenceUnits, relatedTypes, taskKinds, taskStatuses } from '../../../contracts/tasks.js';
import { recordColumns, tenantIsolation, tstz } from '../../platform/db/columns.js';
import { accounts } from '../accounts/accounts.schema.js';
import { users } from '../directory/directory.schema.js';
import { ownerColumn, ownerConstraints } from '../directory/owner.schema.js';
import { pipelineStages } from '../opportunities/opportunities.schema.js';

export const taskKindEnum = pgEnum('task_kind', taskKinds);
// Declared most urgent first, so that sorting by priority ascending puts urgent tasks first.
export const taskPriorityEnum = pgEnum('task_priority', ['urgent', 'high', 'normal', 'low']);
export const taskStatusEnum = pgEnum('task_status', taskStatuses);
export const assignmentRuleEnum = pgEnum('task_assignment_rule', assignmentRules);
export const recurrenceUnitEnum = pgEnum('recurrence_unit', recurrenceUnits);
export const relatedTypeEnum = pgEnum('task_related_type', relatedTypes);
export const projectKindEnum = pgEnum('project_kind', projectKinds);
export const projectStatusEnum = pgEnum('project_status', projectStatuses);

const recurrenceColumns = {
  recurrenceEvery: integer('recurrence_every'),
  recurrenceUnit: recurrenceUnitEnum('recurrence_unit'),
};
const recurrenceCheck = (table: string, t: { recurrenceEvery: AnyPgColumn; recurrenceUnit: AnyPgColumn }) =>
  check(`${table}_recurrence_check`, sql`(${t.recurrenceEvery} is null) = (${t.recurrenceUnit} is null) and coalesce(${t.recurrenceEvery}, 1) between 1 and 366`);

export const taskTypes = pgTable(
  'task_types',
  {
    ...recordColumns(),
    name: text('name').notNull(),
    kind: taskKindEnum('kind').notNull(),
    defaultPriority: taskPriorityEnum('default_priority').notNull().default('normal'),
    defaultDurationMinutes: integer('default_duration_minutes'),
    defaultControllerId: uuid('default_controller_id'),
    assignmentRule: assignmentRuleEnum('assignment_rule').notNull().default('none'),
    ...recurrenceColumns,
  },
  (t) => [
    tenantIsolation(),
    unique('task_types_org_id_id_key').on(t.orgId, t.id),
    uniqueIndex('task_types_org_name_key').on(t.orgId, sql`lower(${t.name})`).where(sql`archived_at is null`),
    foreignKey({ name: 'task_types_controller_fk', columns: [t.orgId, t.defaultControllerId], foreignColumns: [users.orgId, users.id] }),
    recurrenceCheck('task_types', t),
  ],
);

export const projects = pgTable(
  'projects',
  {
    ...recordColumns(),
    ...ownerColumn(),
    accountId: uuid('account_id').notNull(),
    kind: projectKindEnum('kind').notNull().default('commercial'),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    plannedStart: date('planned_start', { mode: 'string' }),
    plannedEnd: date('planned_end', { mode: 'string' }),
    status: projectStatusEnum('status').notNull().default('active'),
    closedAt: tstz('closed_at'),
  },
  (t) => [
    tenantIsolation(),
    unique('projects_org_id_id_key').on(t.orgId, t.id),
    ...ownerConstraints('projects', t),
    foreignKey({ name: 'projects_account_fk', columns: [t.orgId, t.accountId], foreignColumns: [accounts.orgId, accounts.id] }),
    index('projects_account_idx').on(t.orgId, t.accountId),
    index('projects_org_created_idx').on(t.orgId, t.createdAt, t.id),
    check('projects_planned_check', sql`${t.plannedEnd} is null or ${t.plannedStart} is null or ${t.plannedEnd} >= ${t.plannedStart}`),
  ],
);

export const tasks = pgTable(
  'tasks',
  {
    ...recordColumns(),
    kind: taskKindEnum('kind').notNull(),
    taskTypeId: uuid('task_type_id'),
    subject: text('subject').notNull(),
    relatedType: relatedTypeEnum('related_type').notNull(),
    // Polymorphic: the record's module checked it exists and is visible when the task was created.
    relatedId: uuid('related_id').notNull(),
    accountId: uuid('account_id'),
    projectId: uuid('project_id'),
    assigneeId: uuid('assignee_id').notNull(),
    controllerId: uuid('controller_id').notNull(),
    priority: taskPriorityEnum('priority').notNull().default('normal'),
    status: taskStatusEnum('status').notNull().default('pending'),
    dueDate: date('due_date', { mode: 'string' }),
    nextActionDate: date('next_action_date', { mode: 'string' }),
    // Keyset pagination sorts on NOT NULL values: tasks without a date come last.
    dueSort: date('due_sort', { mode: 'string' }).notNull().generatedAlwaysAs(sql`coalesce(due_date, 'infinity'::date)`),
    nextActionSort: date('next_action_sort', { mode: 'string' }).notNull().generatedAlwaysAs(sql`coalesce(next_action_date, 'infinity'::date)`),
    durationMinutes: integer('duration_minutes'),
    notes: text('notes').notNull().default(''),
    outcome: text('outcome').notNull().default(''),
    cancelReason: text('cancel_reason').notNull().default(''),
    ...recurrenceColumns,
    startedAt: tstz('started_at'),
    completedAt: tstz('completed_at'),
    cancelledAt: tstz('cancelled_at'),
    previousOccurrenceId: uuid('previous_occurrence_id'),
    nextOccurrenceId: uuid('next_occurrence_id'),
  },
  (t) => [
    tenantIsolation(),
    unique('tasks_org_id_id_key').on(t.orgId, t.id),
    foreignKey({ name: 'tasks_type_fk', columns: [t.orgId, t.taskTypeId], foreignColumns: [taskTypes.orgId, taskTypes.id] }),
    foreignKey({ name: 'tasks_account_fk', columns: [t.orgId, t.accountId], foreignColumns: [accounts.orgId, accounts.id] }),
    foreignKey({ name: 'tasks_project_fk', columns: [t.orgId, t.projectId], foreignColumns: [projects.orgId, projects.id] }),
    foreignKey({ name: 'tasks_assignee_fk', columns: [t.orgId, t.assigneeId], foreignColumns: [users.orgId, users.id] }),
    foreignKey({ name: 'tasks_controller_fk', columns: [t.orgId, t.controllerId], foreignColumns: [users.orgId, users.id] }),
    foreignKey({ name: 'tasks_previous_fk', columns: [t.orgId, t.previousOccurrenceId], foreignColumns: [t.orgId, t.id] }),
    foreignKey({ name: 'tasks_next_fk', columns: [t.orgId, t.nextOccurrenceId], foreignColumns: [t.orgId, t.id] }),
    recurrenceCheck('tasks', t),
    check('tasks_duration_check', sql`${t.durationMinutes} is null or ${t.durationMinutes} > 0`),
    index('tasks_assignee_idx').on(t.orgId, t.assigneeId, t.status, t.dueSort),
    index('tasks_controller_idx').on(t.orgId, t.controllerId, t.status, t.dueSort),
    index('tasks_created_by_idx').on(t.orgId, t.createdBy),
    index('tasks_status_due_idx').on(t.orgId, t.status, t.dueSort),
    index('tasks_next_action_idx').on(t.orgId, t.nextActionSort),
    index('tasks_org_created_idx').on(t.orgId, t.createdAt, t.id),
    index('tasks_related_idx').on(t.orgId, t.relatedType, t.relatedId),
    index('tasks_account_idx').on(t.orgId, t.accountId, t.dueSort),
    index('tasks_project_idx').on(t.orgId, t.projectId, t.status),
  ],
);

/** Time spent on a task; the task's account and project are copied so diaries filter without joins. */
export const timeEntries = pgTable(
  'time_entries',
  {
    ...recordColumns(),
    taskId: uuid('task_id').notNull(),
    userId: uuid('user_id').notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    minutes: integer('minutes').notNull(),
    comment: text('comment').notNull().default(''),
    accountId: uuid('account_id'),
    projectId: uuid('project_id'),
  },
  (t) => [
    tenantIsolation(),
    unique('time_entries_org_id_id_key').on(t.orgId, t.id),
    foreignKey({ name: 'time_entries_task_fk', columns: [t.orgId, t.taskId], foreignColumns: [tasks.orgId, tasks.id] }),
    foreignKey({ name: 'time_entries_user_fk', columns: [t.orgId, t.userId], foreignColumns: [users.orgId, users.id] }),
    foreignKey({ name: 'time_entries_account_fk', columns: [t.orgId, t.accountId], foreignColumns: [accounts.orgId, accounts.id] }),
    foreignKey({ name: 'time_entries_project_fk', columns: [t.orgId, t.projectId], foreignColumns: [projects.orgId, projects.id] }),
    check('time_entries_minutes_check', sql`${t.minutes} between 1 and 1440`),
    index('time_entries_task_idx').on(t.orgId, t.taskId),
    index('time_entries_user_idx').on(t.orgId, t.userId, t.date),
    index('time_entries_account_idx').on(t.orgId, t.accountId, t.date),
    index('time_entries_project_idx').on(t.orgId, t.projectId, t.date),
    index('time_entries_org_date_idx').on(t.orgId, t.date, t.id),
  ],
);

/**
 * A pipeline stage's playbook: the ordered activities (task types) that guide a deal through it.
 * A required step is done when the deal has a done task of the step's type.
 */
export const playbookSteps = pgTable(
  'playbook_steps',
  {
    ...recordColumns(),
    stageId: uuid('stage_id').notNull(),
    taskTypeId: uuid('task_type_id').notNull(),
    position: integer('position').notNull(),
    required: boolean('required').notNull().default(false),
  },
  (t) => [
    tenantIsolation(),
    unique('playbook_steps_org_id_id_key').on(t.orgId, t.id),
    foreignKey({ name: 'playbook_steps_stage_fk', columns: [t.orgId, t.stageId], foreignColumns: [pipelineStages.orgId, pipelineStages.id] }),
    foreignKey({ name: 'playbook_steps_type_fk', columns: [t.orgId, t.taskTypeId], foreignColumns: [taskTypes.orgId, taskTypes.id] }),
    uniqueIndex('playbook_steps_stage_type_key').on(t.orgId, t.stageId, t.taskTypeId).where(sql`archived_at is null`),
    index('playbook_steps_stage_idx').on(t.orgId, t.stageId, t.position),
  ],
);
