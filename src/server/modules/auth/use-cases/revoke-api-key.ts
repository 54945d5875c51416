import { notFound } from '../../../kernel/errors.js';
import type { Ctx } from '../../../platform/context.js';
import { recordAudit } from '../../../platform/audit/record-audit.js';
import { findApiKey, revokeApiKeyRow } from '../auth.repository.js';

export async function revokeApiKey(ctx: Ctx, id: string): Promise<void> {
  const before = await findApiKey(ctx.tx, id, { forUpdate: true });
  if (!before) throw notFound('API key');
  if (before.revokedAt) return;
  const after = await revokeApiKeyRow(ctx.tx, id, ctx.clock.now());
  await recordAudit(ctx.tx, ctx.actor, { entityType: 'api-keys', entityId: id, action: 'revoke', changes: { revokedAt: { before: null, after: after.revokedAt?.toISOString() } } });
}
