import type { CalendarFeed } from '../../../../contracts/task-views.js';
import { recordAudit } from '../../../platform/audit/record-audit.js';
import type { Ctx } from '../../../platform/context.js';
import { newSecret, sha256 } from '../../../platform/security/tokens.js';
import { findFeedOf, revokeFeedOf, saveFeedToken } from '../calendar-feeds.repository.js';

export const feedUrl = (origin: string, token: string) => `${origin}/api/v1/calendar/${token}.ics`;

/**
 * Creates the caller's secret calendar URL, or replaces it (the old one stops working at once). The
 * token is in this answer only; the database keeps its SHA-256.
 */
export async function issueCalendarFeed(ctx: Ctx, origin: string): Promise<CalendarFeed> {
  const before = await findFeedOf(ctx.tx, ctx.actor.userId, { forUpdate: true });
  const token = newSecret('cal_');
  const row = await saveFeedToken(ctx.tx, ctx.actor.orgId, ctx.actor.userId, sha256(token));
  await recordAudit(ctx.tx, ctx.actor, {
    entityType: 'calendar-feeds',
    entityId: row.id,
    action: before ? 'rotate' : 'create',
    before: before ? { tokenHash: before.tokenHash, revokedAt: before.revokedAt } : null,
    after: { userId: row.userId, tokenHash: row.tokenHash, revokedAt: null },
  });
  return { url: feedUrl(origin, token), createdAt: row.rotatedAt.toISOString() };
}

/** Stops the caller's feed; a later POST issues a new URL. */
export async function revokeCalendarFeed(ctx: Ctx): Promise<void> {
  const before = await findFeedOf(ctx.tx, ctx.actor.userId, { forUpdate: true });
  if (!before || before.revokedAt) return;
  const after = await revokeFeedOf(ctx.tx, ctx.actor.userId, ctx.clock.now());
  await recordAudit(ctx.tx, ctx.actor, { entityType: 'calendar-feeds', entityId: before.id, action: 'revoke', before: { revokedAt: null }, after: { revokedAt: after?.revokedAt ?? null } });
}

export async function calendarFeedStatus(ctx: Ctx) {
  const row = await findFeedOf(ctx.tx, ctx.actor.userId);
  const active = Boolean(row && !row.revokedAt);
  return { active, rotatedAt: active && row ? row.rotatedAt.toISOString() : null };
}
