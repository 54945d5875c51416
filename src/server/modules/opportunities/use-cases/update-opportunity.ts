import type { UpdateOpportunityBody } from '../../../../contracts/opportunities.js';
import { AppError } from '../../../kernel/errors.js';
import type { Ctx } from '../../../platform/context.js';
import { recordAudit } from '../../../platform/audit/record-audit.js';
import { assertVersion } from '../../../platform/http/versioning.js';
import { assertAssignableOwner } from '../../directory/index.js';
import { findVisibleContact } from '../../accounts/index.js';
import { assertOpen } from '../domain/opportunity-rules.js';
import { auditableOpportunity, opportunityDto } from '../dto.js';
import { updateOpportunityRow } from '../opportunities.repository.js';
import { loadOpportunity, reloadOpportunity } from './load.js';

export async function updateOpportunity(ctx: Ctx, id: string, input: UpdateOpportunityBody, expectedVersion?: number) {
  const before = await loadOpportunity(ctx, id);
  assertVersion(before.version, expectedVersion);
  assertOpen(before.status, 'be changed');
  if (input.contactId) {
    const contact = await findVisibleContact(ctx, input.contactId);
    if (!contact || contact.accountId !== before.accountId) {
      throw new AppError('validation', 'contactId: not a contact of this account', { errors: [{ path: 'contactId', message: 'not a contact of this account' }] });
    }
  }
  const { amount, ownerId, ...rest } = input;
  await updateOpportunityRow(ctx.tx, id, {
    ...rest,
    ...(amount ? { amount: amount.amount, currency: amount.currency } : {}),
    ...(ownerId ? { ownerId: await assertAssignableOwner(ctx, ownerId, 'sales') } : {}),
    lastActivityAt: ctx.clock.now(),
  });
  const after = await reloadOpportunity(ctx, id);
  await recordAudit(ctx.tx, ctx.actor, { entityType: 'opportunities', entityId: id, action: 'update', before: auditableOpportunity(before), after: auditableOpportunity(after) });
  return opportunityDto(after, ctx.clock.now());
}
