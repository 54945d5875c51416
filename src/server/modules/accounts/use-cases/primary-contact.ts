import { recordAudit } from '../../../platform/audit/record-audit.js';
import type { Ctx } from '../../../platform/context.js';
import { findOtherPrimaryContacts, updateContact } from '../accounts.repository.js';
import { auditableContact } from '../dto.js';

/**
 * An account has at most one primary contact: making one primary demotes the others, each change on
 * record. Callers lock the account first, so two promotions on one account run one after the other.
 */
export async function demoteOtherPrimaryContacts(ctx: Ctx, accountId: string, primaryId: string): Promise<void> {
  for (const before of await findOtherPrimaryContacts(ctx.tx, ctx.actor, accountId, primaryId)) {
    const after = await updateContact(ctx.tx, ctx.actor, before.id, { isPrimary: false });
    await recordAudit(ctx.tx, ctx.actor, { entityType: 'contacts', entityId: before.id, action: 'update', before: auditableContact(before), after: auditableContact(after!) });
  }
}
