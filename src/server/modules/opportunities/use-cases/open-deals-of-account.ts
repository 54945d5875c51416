import type { Money } from '../../../../contracts/common.js';
import type { Ctx } from '../../../platform/context.js';
import { listOpportunities } from '../opportunities.repository.js';
import { listPipelines } from '../pipelines.repository.js';

export type OpenDeal = { id: string; name: string; stageName: string; amount: Money; probability: string; expectedCloseDate: string | null; ownerId: string };

/** The open deals of an account the actor may see (up to 200), by expected close date, with their stage's name. */
export async function openDealsOfAccount(ctx: Pick<Ctx, 'tx' | 'actor'>, accountId: string): Promise<OpenDeal[]> {
  const page = await listOpportunities(ctx.tx, ctx.actor, { limit: 200, cursor: undefined, sort: { field: 'createdAt', descending: false }, q: undefined, archived: 'exclude', filters: { accountId, status: 'open' } });
  const stages = new Map((await listPipelines(ctx.tx, true)).flatMap((p) => p.stages.map((s) => [s.id, s.name] as const)));
  return page.data
    .map((r) => ({ id: r.id, name: r.name, stageName: stages.get(r.stageId) ?? '', amount: { amount: r.amount, currency: r.currency }, probability: r.probability, expectedCloseDate: r.expectedCloseDate, ownerId: r.ownerId }))
    .sort((a, b) => (a.expectedCloseDate ?? '9999').localeCompare(b.expectedCloseDate ?? '9999'));
}
