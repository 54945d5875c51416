import { eq, sql } from 'drizzle-orm';
import type pg from 'pg';
import type { Role } from '../../../contracts/common.js';
import type { Tx } from '../../platform/db/tenant.js';
import { calendarFeeds } from './collaboration.schema.js';

export type CalendarFeedRow = typeof calendarFeeds.$inferSelect;

/** Creates the user's feed, or gives it a new token (the old URL stops working). */
export async function saveFeedToken(tx: Tx, orgId: string, userId: string, tokenHash: string): Promise<CalendarFeedRow> {
  const [row] = await tx
    .insert(calendarFeeds)
    .values({ orgId, userId, tokenHash })
    .onConflictDoUpdate({ target: [calendarFeeds.orgId, calendarFeeds.userId], set: { tokenHash, rotatedAt: sql`now()`, revokedAt: null } })
    .returning();
  return row!;
}

export async function findFeedOf(tx: Tx, userId: string, options: { forUpdate?: boolean } = {}): Promise<CalendarFeedRow | undefined> {
  const query = tx.select().from(calendarFeeds).where(eq(calendarFeeds.userId, userId));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

export async function revokeFeedOf(tx: Tx, userId: string, at: Date): Promise<CalendarFeedRow | undefined> {
  const [row] = await tx.update(calendarFeeds).set({ revokedAt: at }).where(eq(calendarFeeds.userId, userId)).returning();
  return row;
}

export type FeedOwner = { org_id: string; user_id: string; role: Role; team_id: string | null };

// A calendar client has only the secret: the lookup crosses organisations through the SECURITY
// DEFINER function of migration 0006 on the plain pool, like sign-in.
export async function lookUpFeed(pool: pg.Pool, tokenHash: string): Promise<FeedOwner | undefined> {
  const { rows } = await pool.query<FeedOwner>('select * from ciclo_calendar_feed($1)', [tokenHash]);
  return rows[0];
}
