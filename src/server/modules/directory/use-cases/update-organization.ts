import type { UpdateOrganizationBody } from '../../../../contracts/organization.js';
import { notFound } from '../../../kernel/errors.js';
import type { Ctx } from '../../../platform/context.js';
import { recordAudit } from '../../../platform/audit/record-audit.js';
import { assertVersion } from '../../../platform/http/versioning.js';
import { auditable, organizationDto } from '../dto.js';
import { findOrganization, updateOrganization as saveOrganization } from '../organizations.repository.js';

export async function updateOrganization(ctx: Ctx, input: UpdateOrganizationBody, expectedVersion?: number) {
  const before = await findOrganization(ctx.tx, ctx.actor.orgId, { forUpdate: true });
  if (!before) throw notFound('Organisation');
  assertVersion(before.version, expectedVersion);
  const after = await saveOrganization(ctx.tx, before.id, input);
  await recordAudit(ctx.tx, ctx.actor, { entityType: 'organization', entityId: before.id, action: 'update', before: auditable(before), after: auditable(after) });
  return organizationDto(after);
}
