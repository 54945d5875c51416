import { sql, type SQL } from 'drizzle-orm';
import type { ActivityKind } from '../../../contracts/activity.js';
import type { RelatedType } from '../../../contracts/tasks.js';
import type { Actor } from '../../platform/access/actor.js';
import { auditEvents } from '../../platform/audit/audit.schema.js';
import type { Tx } from '../../platform/db/tenant.js';
import { notes } from './collaboration.schema.js';
import { tasks, timeEntries } from './tasks.schema.js';
import { tasksVisibleTo, timeEntriesVisibleTo } from './task-visibility.js';

/** The records whose changes and notes a timeline shows: a type and its ids (a subquery, or one id). */
export type RecordSet = { type: RelatedType; ids: SQL }[];

/**
 * What one timeline gathers: changes and notes of `records`, and the tasks and time entries that
 * `tasks` and `timeEntries` select (conditions on those tables).
 */
export type ActivityScope = { records: RecordSet; tasks: SQL; timeEntries: SQL };

/** The position of an entry in the merged stream: newest first, ties broken by the entry's key. */
export type ActivityKey = { at: Date; key: string };

export type ActivityRow = {
  kind: ActivityKind;
  at: Date;
  key: string;
  actor_id: string | null;
  actor_name: string | null;
  record_type: RelatedType;
  record_id: string;
  payload: Record<string, unknown>;
};

// The audit trail names records by their API resource.
const auditTypes: Record<RelatedType, string> = {
  account: 'accounts',
  contact: 'contacts',
  lead: 'leads',
  opportunity: 'opportunities',
  quote: 'quotes',
  order: 'orders',
  project: 'projects',
};
const recordTypeOfAudit = sql`case ${auditEvents.entityType} ${sql.raw(Object.entries(auditTypes).map(([type, resource]) => `when '${resource}' then '${type}'`).join(' '))} end`;

const and = (...parts: (SQL | undefined)[]) => sql.join(parts.filter((p): p is SQL => p !== undefined).map((p) => sql`(${p})`), sql` and `);
const anyOf = (parts: SQL[]) => (parts.length ? sql.join(parts.map((p) => sql`(${p})`), sql` or `) : sql`false`);

function branch(kind: ActivityKind, at: SQL, id: SQL, actor: SQL, recordType: SQL, recordId: SQL, payload: SQL, from: SQL, where: SQL, after: ActivityKey | undefined, limit: number): SQL {
  const key = sql`${kind + ':'} || ${id}::text`;
  const beyond = after ? sql` and (${at}, ${key}) < (${after.at.toISOString()}::timestamptz, ${after.key})` : sql``;
  return sql`(select ${kind}::text as kind, ${at} as at, ${key} as key, ${actor} as actor_id, ${recordType}::text as record_type, ${recordId} as record_id, ${payload} as payload
    from ${from} where (${where})${beyond} order by 2 desc, 3 desc limit ${limit})`;
}

const taskPayload = sql`jsonb_build_object('id', ${tasks.id}, 'subject', ${tasks.subject}, 'kind', ${tasks.kind}, 'status', ${tasks.status}, 'assigneeId', ${tasks.assigneeId}, 'dueDate', ${tasks.dueDate}, 'outcome', ${tasks.outcome})`;

/**
 * One page of a record's timeline: each kind of entry is read newest first up to the page size past
 * the cursor, and the streams are merged, so a page costs one bounded read per kind (keyset pagination
 * over the merged stream). Entries of tasks and time entries follow their own visibility rules.
 */
export async function listActivity(tx: Tx, actor: Actor, scope: ActivityScope, kinds: readonly ActivityKind[], after: ActivityKey | undefined, limit: number): Promise<ActivityRow[]> {
  const n = limit + 1;
  const branches: SQL[] = [];
  const want = (kind: ActivityKind) => kinds.includes(kind);
  if (want('change')) {
    const inRecords = anyOf(scope.records.map((r) => sql`${auditEvents.entityType} = ${auditTypes[r.type]} and ${auditEvents.entityId} in (${r.ids})`));
    const payload = sql`jsonb_build_object('id', ${auditEvents.id}, 'action', ${auditEvents.action}, 'changes', ${auditEvents.changes})`;
    branches.push(branch('change', sql`${auditEvents.occurredAt}`, sql`${auditEvents.id}`, sql`${auditEvents.actorUserId}`, recordTypeOfAudit, sql`${auditEvents.entityId}`, payload, sql`${auditEvents}`, inRecords, after, n));
  }
  const taskScope = and(scope.tasks, sql`${tasks.archivedAt} is null`, tasksVisibleTo(actor));
  if (want('task_created')) {
    branches.push(branch('task_created', sql`${tasks.createdAt}`, sql`${tasks.id}`, sql`${tasks.createdBy}`, sql`${tasks.relatedType}`, sql`${tasks.relatedId}`, taskPayload, sql`${tasks}`, taskScope, after, n));
  }
  if (want('task_completed')) {
    // Who completed it is in the audit trail: the latest transition to done.
    const completedBy = sql`(select a.actor_user_id from audit_events a where a.entity_type = 'tasks' and a.entity_id = ${tasks.id} and a.changes -> 'status' ->> 'after' = 'done' order by a.occurred_at desc limit 1)`;
    const done = and(taskScope, sql`${tasks.status} = 'done' and ${tasks.completedAt} is not null`);
    branches.push(branch('task_completed', sql`${tasks.completedAt}`, sql`${tasks.id}`, completedBy, sql`${tasks.relatedType}`, sql`${tasks.relatedId}`, taskPayload, sql`${tasks}`, done, after, n));
  }
  if (want('note')) {
    const onRecords = anyOf(scope.records.map((r) => sql`${notes.relatedType} = ${r.type} and ${notes.relatedId} in (${r.ids})`));
    const payload = sql`jsonb_build_object('id', ${notes.id}, 'body', ${notes.body}, 'edited', ${notes.version} > 1)`;
    branches.push(branch('note', sql`${notes.createdAt}`, sql`${notes.id}`, sql`${notes.createdBy}`, sql`${notes.relatedType}`, sql`${notes.relatedId}`, payload, sql`${notes}`, and(onRecords, sql`${notes.archivedAt} is null`), after, n));
  }
  if (want('time_entry')) {
    // The entry sits on the record its task concerns.
    const payload = sql`jsonb_build_object('id', ${timeEntries.id}, 'taskId', ${timeEntries.taskId}, 'userId', ${timeEntries.userId}, 'date', ${timeEntries.date}, 'minutes', ${timeEntries.minutes}, 'comment', ${timeEntries.comment})`;
    const from = sql`${timeEntries} join ${tasks} on ${tasks.id} = ${timeEntries.taskId}`;
    const where = and(scope.timeEntries, sql`${timeEntries.archivedAt} is null`, timeEntriesVisibleTo(actor));
    branches.push(branch('time_entry', sql`${timeEntries.createdAt}`, sql`${timeEntries.id}`, sql`${timeEntries.createdBy}`, sql`${tasks.relatedType}`, sql`${tasks.relatedId}`, payload, from, where, after, n));
  }
  if (branches.length === 0) return [];
  const result = await tx.execute<ActivityRow>(sql`select e.*, (select u.name from users u where u.id = e.actor_id) as actor_name
    from (${sql.join(branches, sql` union all `)}) e order by e.at desc, e.key desc limit ${n}`);
  return result.rows;
}

/**
 * What a record's timeline gathers. An account's is its diary: its own changes and notes and those of
 * the contacts, deals, quotes, orders and projects in `children` (subqueries of what the caller may
 * see), with every task and time entry filed under the account. Any other record: its own.
 */
export function activityScope(record: { type: RelatedType; id: string }, children: RecordSet = []): ActivityScope {
  const self = { type: record.type, ids: sql`select ${record.id}::uuid` };
  if (record.type === 'account') {
    return { records: [self, ...children], tasks: sql`${tasks.accountId} = ${record.id}`, timeEntries: sql`${timeEntries.accountId} = ${record.id}` };
  }
  if (record.type === 'project') {
    return { records: [self], tasks: sql`${tasks.projectId} = ${record.id}`, timeEntries: sql`${timeEntries.projectId} = ${record.id}` };
  }
  const onRecord = sql`${tasks.relatedType} = ${record.type} and ${tasks.relatedId} = ${record.id}`;
  // Time entries are read joined to their task.
  return { records: [self], tasks: onRecord, timeEntries: onRecord };
}
