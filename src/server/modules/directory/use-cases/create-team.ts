import type { CreateTeamBody } from '../../../../contracts/teams.js';
import type { Ctx } from '../../../platform/context.js';
import { recordAudit } from '../../../platform/audit/record-audit.js';
import { auditable, teamDto } from '../dto.js';
import { insertTeam } from '../teams.repository.js';
import { assertActiveUser } from './references.js';

export async function createTeam(ctx: Ctx, input: CreateTeamBody) {
  await assertActiveUser(ctx.tx, input.managerId, 'managerId');
  const row = await insertTeam(ctx.tx, { orgId: ctx.actor.orgId, name: input.name, managerId: input.managerId ?? null, createdBy: ctx.actor.userId });
  await recordAudit(ctx.tx, ctx.actor, { entityType: 'teams', entityId: row.id, action: 'create', after: auditable(row) });
  return teamDto(row);
}
