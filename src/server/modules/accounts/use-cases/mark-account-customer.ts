import { recordAudit } from '../../../platform/audit/record-audit.js';
import type { Ctx } from '../../../platform/context.js';
import { findAccount, updateAccount } from '../accounts.repository.js';
import { auditableAccount } from '../dto.js';

/**
 * A won deal makes its account a customer (from prospect or inactive), in the deal's transaction.
 * The rule applies even when the deal's owner cannot see the account (it may have been reassigned
 * since), so it reads the account without the actor's visibility; the change is on record as theirs.
 * Archived accounts are left as they are.
 */
export async function markAccountCustomer(ctx: Ctx, accountId: string): Promise<void> {
  const before = await findAccount(ctx.tx, 'system', accountId, { lock: 'update' });
  if (!before || before.archivedAt || before.lifecycle === 'customer') return;
  const after = await updateAccount(ctx.tx, 'system', accountId, { lifecycle: 'customer' });
  await recordAudit(ctx.tx, ctx.actor, { entityType: 'accounts', entityId: accountId, action: 'update', before: auditableAccount(before), after: auditableAccount(after!) });
}
