import { expect } from 'vitest';
import { call, type Harness, type Response, type Session } from './harness.js';

export type TaskBody = {
  id: string;
  version: number;
  kind: string;
  taskTypeId: string | null;
  subject: string;
  relatedTo: { type: string; id: string };
  accountId: string | null;
  projectId: string | null;
  assigneeId: string;
  controllerId: string;
  createdById: string | null;
  priority: string;
  status: string;
  dueDate: string | null;
  nextActionDate: string | null;
  durationMinutes: number | null;
  recurrence: { every: number; unit: string } | null;
  nextOccurrenceId: string | null;
  previousOccurrenceId: string | null;
  overdue: boolean;
  [field: string]: unknown;
};

export type ProjectBody = { id: string; version: number; accountId: string; status: string; taskCounts: { pending: number; inProgress: number; done: number; cancelled: number }; [field: string]: unknown };

/** Expects `status` (with the body in the message when it differs) and answers the response. */
export async function ok(res: Response | Promise<Response>, status = 200): Promise<Response> {
  const answered = await res;
  expect(answered.status, JSON.stringify(answered.body)).toBe(status);
  return answered;
}

/** Creates a task type as `session` (an admin) and answers it. */
export async function newTaskType(h: Harness, session: Session, body: Record<string, unknown> = {}) {
  const res = await ok(call(h.app, 'POST', '/api/v1/task-types', { session, body: { name: `Type ${Math.random().toString(36).slice(2, 8)}`, kind: 'call', ...body } }), 201);
  return res.body as { id: string; name: string; kind: string; version: number; [field: string]: unknown };
}

/** Creates a task on `relatedTo` (default kind call) as `session` and answers it. */
export async function newTask(h: Harness, session: Session, relatedTo: { type: string; id: string }, body: Record<string, unknown> = {}): Promise<TaskBody> {
  const res = await ok(call(h.app, 'POST', '/api/v1/tasks', { session, body: { kind: 'call', subject: 'Call the buyer', relatedTo, ...body } }), 201);
  return res.body as TaskBody;
}

/** Creates a project for `accountId` as `session` and answers it. */
export async function newProject(h: Harness, session: Session, accountId: string, body: Record<string, unknown> = {}): Promise<ProjectBody> {
  const res = await ok(call(h.app, 'POST', '/api/v1/projects', { session, body: { accountId, name: `Follow-up ${Math.random().toString(36).slice(2, 8)}`, ...body } }), 201);
  return res.body as ProjectBody;
}

/** Rows of the task tables and audit events of an organisation (owner connection): equal before and after means nothing was written. */
export async function taskFootprint(h: Harness, orgId: string): Promise<Record<string, number>> {
  const tables = ['task_types', 'tasks', 'projects', 'time_entries', 'playbook_steps'];
  const parts = tables.flatMap((t) => [
    `(select count(*) from ${t} where org_id = $1)::int as "${t}"`,
    `(select coalesce(sum(version), 0) from ${t} where org_id = $1)::int as "${t}_versions"`,
  ]);
  const { rows } = await h.owner.query<Record<string, number>>(`select ${parts.join(', ')}, (select count(*) from audit_events where org_id = $1)::int as audit_events`, [orgId]);
  return rows[0]!;
}
