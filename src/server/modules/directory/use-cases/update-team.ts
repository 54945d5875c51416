import type { UpdateTeamBody } from '../../../../contracts/teams.js';
import { AppError, notFound } from '../../../kernel/errors.js';
import type { Ctx } from '../../../platform/context.js';
import { recordAudit } from '../../../platform/audit/record-audit.js';
import { assertVersion } from '../../../platform/http/versioning.js';
import { auditable, teamDto } from '../dto.js';
import { findTeam, updateTeam as saveTeam } from '../teams.repository.js';
import { assertActiveUser } from './references.js';

export async function updateTeam(ctx: Ctx, id: string, input: UpdateTeamBody, expectedVersion?: number) {
  const before = await findTeam(ctx.tx, id, { forUpdate: true });
  if (!before) throw notFound('Team');
  assertVersion(before.version, expectedVersion);
  if (before.archivedAt) throw new AppError('invalid_state', 'The team is archived; archived records cannot be changed.');
  if (input.managerId !== undefined) await assertActiveUser(ctx.tx, input.managerId, 'managerId');
  const after = await saveTeam(ctx.tx, id, input);
  await recordAudit(ctx.tx, ctx.actor, { entityType: 'teams', entityId: id, action: 'update', before: auditable(before), after: auditable(after) });
  return teamDto(after);
}
