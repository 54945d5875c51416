import { notFound } from '../../../kernel/errors.js';
import { recordAudit } from '../../../platform/audit/record-audit.js';
import type { Ctx } from '../../../platform/context.js';
import { findProject, updateProjectRow } from '../projects.repository.js';

/** Archives a project; its tasks and time entries keep pointing at it. */
export async function archiveProject(ctx: Ctx, id: string): Promise<void> {
  const before = await findProject(ctx.tx, ctx.actor, id, { forUpdate: true });
  if (!before) throw notFound('Project');
  if (before.archivedAt) return;
  const after = await updateProjectRow(ctx.tx, id, { archivedAt: ctx.clock.now() });
  await recordAudit(ctx.tx, ctx.actor, { entityType: 'projects', entityId: id, action: 'archive', before: { archivedAt: null }, after: { archivedAt: after.archivedAt } });
}
