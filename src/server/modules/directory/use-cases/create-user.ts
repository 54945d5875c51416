import { createUserBody } from '../../../../contracts/users.js';
import type { z } from 'zod';
import type { Ctx } from '../../../platform/context.js';
import { recordAudit } from '../../../platform/audit/record-audit.js';
import { hashPassword } from '../../../platform/security/passwords.js';
import { auditable, userDto } from '../dto.js';
import { insertUser } from '../users.repository.js';
import { assertActiveTeam } from './references.js';

export async function createUser(ctx: Ctx, input: z.output<typeof createUserBody>) {
  await assertActiveTeam(ctx.tx, input.teamId, 'teamId');
  const row = await insertUser(ctx.tx, {
    orgId: ctx.actor.orgId,
    email: input.email.toLowerCase(),
    name: input.name,
    role: input.role,
    teamId: input.teamId ?? null,
    locale: input.locale,
    passwordHash: await hashPassword(input.password),
    createdBy: ctx.actor.userId,
  });
  await recordAudit(ctx.tx, ctx.actor, { entityType: 'users', entityId: row.id, action: 'create', after: auditable(row) });
  return userDto(row);
}
