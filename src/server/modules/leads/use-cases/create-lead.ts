import type { CreateLeadBody } from '../../../../contracts/leads.js';
import type { Ctx } from '../../../platform/context.js';
import { recordAudit } from '../../../platform/audit/record-audit.js';
import { assertAssignableOwner } from '../../directory/index.js';
import { leadDto } from '../dto.js';
import { insertLead } from '../leads.repository.js';
import { duplicateProblem, findDuplicates } from './find-duplicates.js';

/** Warns (409 naming the duplicates) when the e-mail or company is already known, unless forced. */
export async function createLead(ctx: Ctx, input: CreateLeadBody) {
  const { force, ...fields } = input;
  if (!force) {
    const duplicates = await findDuplicates(ctx, fields);
    if (duplicates.length > 0) throw duplicateProblem(duplicates);
  }
  const row = await insertLead(ctx.tx, {
    ...fields,
    orgId: ctx.actor.orgId,
    ownerId: await assertAssignableOwner(ctx, fields.ownerId, 'sales'),
    createdBy: ctx.actor.userId,
  });
  await recordAudit(ctx.tx, ctx.actor, { entityType: 'leads', entityId: row.id, action: 'create', after: { ...row } });
  return leadDto(row);
}
