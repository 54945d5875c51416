import { sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../platform/access/actor.js';
import { visibleTo } from '../../platform/access/visibility.js';
import { tasks, timeEntries } from './tasks.schema.js';

/**
 * Tasks are not owned: three people hold one. A rep sees the tasks they do, control or created; a
 * manager also those done or controlled by their team; roles that see all sales records see them all.
 */
export function tasksVisibleTo(actor: Actor): SQL | undefined {
  const asAssignee = visibleTo(actor, 'sales', tasks.assigneeId);
  if (!asAssignee) return undefined;
  return sql`(${asAssignee} or ${visibleTo(actor, 'sales', tasks.controllerId)} or ${tasks.createdBy} = ${actor.userId})`;
}

/** A time entry is visible to whoever sees its task, and to whoever sees its person's records (a diary of their own or their team's). */
export function timeEntriesVisibleTo(actor: Actor): SQL | undefined {
  const byPerson = visibleTo(actor, 'sales', timeEntries.userId);
  if (!byPerson) return undefined;
  return sql`(${byPerson} or exists (select 1 from ${tasks} where ${tasks.id} = ${timeEntries.taskId} and ${tasksVisibleTo(actor)}))`;
}
