import type { ActivityEntry, ActivityKind } from '../../../../contracts/activity.js';
import { activityKinds } from '../../../../contracts/activity.js';
import type { RelatedTo } from '../../../../contracts/tasks.js';
import { AppError } from '../../../kernel/errors.js';
import type { Ctx } from '../../../platform/context.js';
import { contactIdsOf } from '../../accounts/index.js';
import { visibleOpportunityIdsOf } from '../../opportunities/index.js';
import { visibleOrderIdsOf } from '../../orders/index.js';
import { visibleQuoteIdsOf } from '../../quotes/index.js';
import { activityScope, listActivity, type ActivityKey, type ActivityRow, type RecordSet } from '../activity.repository.js';
import { visibleProjectIdsOf } from '../projects.repository.js';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const keyPattern = new RegExp(`^(${activityKinds.join('|')}):[0-9a-f-]{36}$`);

function badCursor(): AppError {
  return new AppError('bad_request', 'The cursor is not valid for this timeline.', { errors: [{ path: 'cursor', message: 'invalid cursor' }] });
}

function encodeCursor(key: ActivityKey): string {
  return Buffer.from(JSON.stringify([key.at.toISOString(), key.key])).toString('base64url');
}

function decodeCursor(text: string): ActivityKey {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    throw badCursor();
  }
  if (!Array.isArray(parsed) || parsed.length !== 2) throw badCursor();
  const [at, key] = parsed as unknown[];
  const date = typeof at === 'string' ? new Date(at) : new Date(Number.NaN);
  if (Number.isNaN(date.getTime()) || typeof key !== 'string' || !keyPattern.test(key) || !uuidPattern.test(key.slice(key.indexOf(':') + 1))) throw badCursor();
  return { at: date, key };
}

type Facts<K extends ActivityKind, F extends string> = Extract<ActivityEntry, { kind: K }> extends Record<F, infer T> ? T : never;

/** The payload is the jsonb the query built for the entry's kind, with exactly the contract's fields. */
function entryOf(row: ActivityRow): ActivityEntry {
  const common = { occurredAt: new Date(row.at).toISOString(), actorId: row.actor_id, actorName: row.actor_name, record: { type: row.record_type, id: row.record_id } };
  switch (row.kind) {
    case 'change':
      return { kind: 'change', ...common, change: row.payload as Facts<'change', 'change'> };
    case 'task_created':
    case 'task_completed':
      return { kind: row.kind, ...common, task: row.payload as Facts<'task_created', 'task'> };
    case 'note':
      return { kind: 'note', ...common, note: row.payload as Facts<'note', 'note'> };
    case 'time_entry':
      return { kind: 'time_entry', ...common, timeEntry: row.payload as Facts<'time_entry', 'timeEntry'> };
  }
}

/** What else belongs to an account's diary: its contacts, and the deals, quotes, orders and projects of it the caller may see. */
function childrenOf(ctx: Ctx, accountId: string): RecordSet {
  return [
    { type: 'contact', ids: contactIdsOf(accountId) },
    { type: 'opportunity', ids: visibleOpportunityIdsOf(ctx.actor, accountId) },
    { type: 'quote', ids: visibleQuoteIdsOf(ctx.actor, accountId) },
    { type: 'order', ids: visibleOrderIdsOf(ctx.actor, accountId) },
    { type: 'project', ids: visibleProjectIdsOf(ctx.actor, accountId) },
  ];
}

/**
 * A record's timeline, newest first: changes from the audit trail, tasks created and completed, notes
 * and time entries, in keyset pages over the merged stream. The caller has checked that they see the
 * record; for an account the diary spans its contacts, deals, quotes, orders and projects.
 */
export async function recordActivity(ctx: Ctx, record: RelatedTo, options: { limit: number; cursor?: string | undefined; kinds?: readonly ActivityKind[] | undefined }) {
  const after = options.cursor ? decodeCursor(options.cursor) : undefined;
  const scope = activityScope(record, record.type === 'account' ? childrenOf(ctx, record.id) : []);
  const rows = await listActivity(ctx.tx, ctx.actor, scope, options.kinds ?? activityKinds, after, options.limit);
  const page = rows.slice(0, options.limit);
  const last = page[page.length - 1];
  return { data: page.map(entryOf), nextCursor: rows.length > options.limit && last ? encodeCursor({ at: new Date(last.at), key: last.key }) : null };
}
