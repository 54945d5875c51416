import { recordAudit } from '../../../platform/audit/record-audit.js';
import type { Ctx } from '../../../platform/context.js';
import { updateNoteRow } from '../notes.repository.js';
import { loadOwnNote } from './note-rights.js';

export async function archiveNote(ctx: Ctx, id: string): Promise<void> {
  const before = await loadOwnNote(ctx, id);
  if (before.archivedAt) return;
  const after = await updateNoteRow(ctx.tx, id, { archivedAt: ctx.clock.now() });
  await recordAudit(ctx.tx, ctx.actor, { entityType: 'notes', entityId: id, action: 'archive', before: { archivedAt: null }, after: { archivedAt: after.archivedAt } });
}
