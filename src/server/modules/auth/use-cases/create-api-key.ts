import type { CreateApiKeyBody, CreatedApiKey } from '../../../../contracts/api-keys.js';
import type { Ctx } from '../../../platform/context.js';
import { recordAudit } from '../../../platform/audit/record-audit.js';
import { newSecret, sha256 } from '../../../platform/security/tokens.js';
import { isActiveUser } from '../../directory/index.js';
import { insertApiKey } from '../auth.repository.js';
import { apiKeyDto } from '../dto.js';
import { AppError } from '../../../kernel/errors.js';

/** The key is answered once; only its SHA-256 is kept. It acts as the user it is issued for. */
export async function createApiKey(ctx: Ctx, input: CreateApiKeyBody): Promise<CreatedApiKey> {
  const userId = input.userId ?? ctx.actor.userId;
  if (userId !== ctx.actor.userId && !(await isActiveUser(ctx.tx, userId))) {
    throw new AppError('validation', 'userId: no active user with this id', { errors: [{ path: 'userId', message: 'no active user with this id' }] });
  }
  const key = newSecret('ck_');
  const row = await insertApiKey(ctx.tx, {
    orgId: ctx.actor.orgId,
    userId,
    name: input.name,
    prefix: key.slice(0, 10),
    keyHash: sha256(key),
    createdBy: ctx.actor.userId,
  });
  await recordAudit(ctx.tx, ctx.actor, { entityType: 'api-keys', entityId: row.id, action: 'create', after: { name: row.name, prefix: row.prefix, userId } });
  return { ...apiKeyDto(row), key };
}
