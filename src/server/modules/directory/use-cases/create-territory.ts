import type { z } from 'zod';
import type { createTerritoryBody } from '../../../../contracts/territories.js';
import type { Ctx } from '../../../platform/context.js';
import { recordAudit } from '../../../platform/audit/record-audit.js';
import { auditable, territoryDto } from '../dto.js';
import { insertTerritory } from '../territories.repository.js';
import { assertActiveUser } from './references.js';

export async function createTerritory(ctx: Ctx, input: z.output<typeof createTerritoryBody>) {
  await assertActiveUser(ctx.tx, input.repId, 'repId');
  const row = await insertTerritory(ctx.tx, {
    orgId: ctx.actor.orgId,
    name: input.name,
    code: input.code.toUpperCase(),
    description: input.description,
    repId: input.repId ?? null,
    createdBy: ctx.actor.userId,
  });
  await recordAudit(ctx.tx, ctx.actor, { entityType: 'territories', entityId: row.id, action: 'create', after: auditable(row) });
  return territoryDto(row);
}
