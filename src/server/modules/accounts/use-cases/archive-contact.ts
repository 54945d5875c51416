import { notFound } from '../../../kernel/errors.js';
import { recordAudit } from '../../../platform/audit/record-audit.js';
import type { Ctx } from '../../../platform/context.js';
import { findContact, updateContact } from '../accounts.repository.js';
import { auditableContact } from '../dto.js';

/** Archives a contact; someone who has left cannot stay the account's primary contact. */
export async function archiveContact(ctx: Ctx, id: string): Promise<void> {
  const before = await findContact(ctx.tx, ctx.actor, id, { lock: 'update' });
  if (!before) throw notFound('Contact');
  if (before.archivedAt) return;
  const after = await updateContact(ctx.tx, ctx.actor, id, { archivedAt: ctx.clock.now(), isPrimary: false });
  if (!after) throw notFound('Contact');
  await recordAudit(ctx.tx, ctx.actor, { entityType: 'contacts', entityId: id, action: 'archive', before: auditableContact(before), after: auditableContact(after) });
}
