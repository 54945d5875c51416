import type { UpdateLeadBody } from '../../../../contracts/leads.js';
import { AppError } from '../../../kernel/errors.js';
import type { Ctx } from '../../../platform/context.js';
import { recordAudit } from '../../../platform/audit/record-audit.js';
import { assertVersion } from '../../../platform/http/versioning.js';
import { assertAssignableOwner } from '../../directory/index.js';
import { leadDto } from '../dto.js';
import { updateLeadRow } from '../leads.repository.js';
import { loadLead } from './load-lead.js';

export async function updateLead(ctx: Ctx, id: string, input: UpdateLeadBody, expectedVersion?: number) {
  const before = await loadLead(ctx, id);
  assertVersion(before.version, expectedVersion);
  if (before.convertedAt) throw new AppError('invalid_state', 'The lead was converted; change the account or contact it became instead.', { extra: { state: 'converted' } });
  const after = await updateLeadRow(ctx.tx, id, {
    ...input,
    ...(input.ownerId ? { ownerId: await assertAssignableOwner(ctx, input.ownerId, 'sales') } : {}),
  });
  await recordAudit(ctx.tx, ctx.actor, { entityType: 'leads', entityId: id, action: 'update', before: { ...before }, after: { ...after } });
  return leadDto(after);
}
