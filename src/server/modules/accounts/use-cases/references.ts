import type { Account } from '../../../../contracts/accounts.js';
import { invalidField } from '../../../kernel/errors.js';
import type { Ctx } from '../../../platform/context.js';
import type { Tx } from '../../../platform/db/tenant.js';
import { isActiveTerritory } from '../../directory/index.js';
import { findAccount } from '../accounts.repository.js';
import { accountDto } from '../dto.js';

export async function assertActiveTerritory(tx: Tx, id: string | null | undefined, path = 'territoryId'): Promise<void> {
  if (id && !(await isActiveTerritory(tx, id))) throw invalidField(path, 'no active territory with this id');
}

/**
 * A new record may hang from an account the actor can see and that is not archived (422 at `path`
 * otherwise, the same answer whether it is hidden or absent). The account stays locked against
 * archiving until the transaction ends.
 */
export async function assertUsableAccount(ctx: Ctx, id: string, path = 'accountId'): Promise<Account> {
  const row = await findAccount(ctx.tx, ctx.actor, id, { lock: 'no key update' });
  if (!row || row.archivedAt) throw invalidField(path, 'no active account you can see with this id');
  return accountDto(row);
}
