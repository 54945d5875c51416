import type { z } from 'zod';
import type { updateTerritoryBody } from '../../../../contracts/territories.js';
import { AppError, notFound } from '../../../kernel/errors.js';
import type { Ctx } from '../../../platform/context.js';
import { recordAudit } from '../../../platform/audit/record-audit.js';
import { assertVersion } from '../../../platform/http/versioning.js';
import { auditable, territoryDto } from '../dto.js';
import { findTerritory, updateTerritory as saveTerritory } from '../territories.repository.js';
import { assertActiveUser } from './references.js';

export async function updateTerritory(ctx: Ctx, id: string, input: z.output<typeof updateTerritoryBody>, expectedVersion?: number) {
  const before = await findTerritory(ctx.tx, id, { forUpdate: true });
  if (!before) throw notFound('Territory');
  assertVersion(before.version, expectedVersion);
  if (before.archivedAt) throw new AppError('invalid_state', 'The territory is archived; archived records cannot be changed.');
  if (input.repId !== undefined) await assertActiveUser(ctx.tx, input.repId, 'repId');
  const after = await saveTerritory(ctx.tx, id, { ...input, ...(input.code ? { code: input.code.toUpperCase() } : {}) });
  await recordAudit(ctx.tx, ctx.actor, { entityType: 'territories', entityId: id, action: 'update', before: auditable(before), after: auditable(after) });
  return territoryDto(after);
}
