import type { Account, CreateAccountBody } from '../../../../contracts/accounts.js';
import { recordAudit } from '../../../platform/audit/record-audit.js';
import type { Ctx } from '../../../platform/context.js';
import { assertAssignableOwner, organizationBaseCurrency } from '../../directory/index.js';
import { insertAccount } from '../accounts.repository.js';
import { accountColumns, creditLimitAmount } from '../domain/account-fields.js';
import { accountDto, auditableAccount } from '../dto.js';
import { assertActiveTerritory } from './references.js';

/** Creates an account owned by the caller unless they name someone they may assign to; also used by lead conversion. */
export async function createAccount(ctx: Ctx, input: CreateAccountBody): Promise<Account> {
  const ownerId = await assertAssignableOwner(ctx, input.ownerId, 'sales');
  await assertActiveTerritory(ctx.tx, input.territoryId);
  const currency = input.currency ?? (await organizationBaseCurrency(ctx.tx, ctx.actor.orgId));
  const creditLimit = creditLimitAmount(input.creditLimit, currency) ?? null;
  const row = await insertAccount(ctx.tx, {
    ...accountColumns(input),
    name: input.name,
    orgId: ctx.actor.orgId,
    ownerId,
    currency,
    creditLimit,
    createdBy: ctx.actor.userId,
  });
  await recordAudit(ctx.tx, ctx.actor, { entityType: 'accounts', entityId: row.id, action: 'create', after: auditableAccount(row) });
  return accountDto(row);
}
