import { recordAudit } from '../../../platform/audit/record-audit.js';
import type { Ctx } from '../../../platform/context.js';
import { updateTimeEntryRow } from '../time-entries.repository.js';
import { loadOwnTimeEntry } from './time-entry-rights.js';

/** DELETE archives: the entry leaves diaries and their totals but stays on record. */
export async function archiveTimeEntry(ctx: Ctx, id: string): Promise<void> {
  const before = await loadOwnTimeEntry(ctx, id, { allowArchived: true });
  if (before.archivedAt) return;
  const after = await updateTimeEntryRow(ctx.tx, id, { archivedAt: ctx.clock.now() });
  await recordAudit(ctx.tx, ctx.actor, { entityType: 'time-entries', entityId: id, action: 'archive', before: { archivedAt: null }, after: { archivedAt: after.archivedAt } });
}
