import type { Account, UpdateAccountBody } from '../../../../contracts/accounts.js';
import { AppError, notFound } from '../../../kernel/errors.js';
import { recordAudit } from '../../../platform/audit/record-audit.js';
import type { Ctx } from '../../../platform/context.js';
import { assertVersion } from '../../../platform/http/versioning.js';
import { assertAssignableOwner } from '../../directory/index.js';
import { findAccount, updateAccount as saveAccount } from '../accounts.repository.js';
import { accountColumns, assertCurrencyChange, creditLimitAmount } from '../domain/account-fields.js';
import { accountDto, auditableAccount } from '../dto.js';
import { assertActiveTerritory } from './references.js';

export async function updateAccount(ctx: Ctx, id: string, input: UpdateAccountBody, expectedVersion?: number): Promise<Account> {
  const before = await findAccount(ctx.tx, ctx.actor, id, { lock: 'update' });
  if (!before) throw notFound('Account');
  assertVersion(before.version, expectedVersion);
  if (before.archivedAt) throw new AppError('invalid_state', 'The account is archived; archived records cannot be changed.');
  // Keeping the current owner is always allowed, even one the caller could not assign to.
  if (input.ownerId !== undefined && input.ownerId !== before.ownerId) await assertAssignableOwner(ctx, input.ownerId, 'sales');
  await assertActiveTerritory(ctx.tx, input.territoryId);
  assertCurrencyChange(before, input);
  const creditLimit = creditLimitAmount(input.creditLimit, input.currency ?? before.currency);
  const after = await saveAccount(ctx.tx, ctx.actor, id, {
    ...accountColumns(input),
    ...(input.ownerId !== undefined ? { ownerId: input.ownerId } : {}),
    ...(creditLimit !== undefined ? { creditLimit } : {}),
  });
  if (!after) throw notFound('Account');
  await recordAudit(ctx.tx, ctx.actor, { entityType: 'accounts', entityId: id, action: 'update', before: auditableAccount(before), after: auditableAccount(after) });
  return accountDto(after);
}
