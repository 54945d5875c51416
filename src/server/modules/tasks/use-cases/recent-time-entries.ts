import type { Ctx } from '../../../platform/context.js';
import { recentTimeEntriesOf as read } from '../time-entries.repository.js';

export type RecentTimeEntry = { id: string; date: string; minutes: number; comment: string; taskSubject: string; userName: string };

/** The latest `limit` time entries filed under an account that the caller may see, newest day first. */
export async function recentTimeEntriesOf(ctx: Pick<Ctx, 'tx' | 'actor'>, accountId: string, limit = 20): Promise<RecentTimeEntry[]> {
  return read(ctx.tx, ctx.actor, accountId, limit);
}
