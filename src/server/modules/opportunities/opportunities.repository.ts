import { and, asc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../platform/access/actor.js';
import { visibleTo } from '../../platform/access/visibility.js';
import type { Tx } from '../../platform/db/tenant.js';
import { keysetPage, keysetQuery, type KeysetSpec, type ListParams } from '../../platform/http/collection.js';
import { opportunities, opportunityStageHistory, pipelineStages } from './opportunities.schema.js';

export type OpportunityRow = typeof opportunities.$inferSelect & { inactivityDays: number | null };
export type OpportunityFilters = {
  pipelineId: string;
  stageId: string;
  status: 'open' | 'won' | 'lost';
  ownerId: string;
  accountId: string;
  forecastCategory: 'pipeline' | 'best_case' | 'commit' | 'omitted';
  closeFrom: string;
  closeTo: string;
};

export const opportunityList: KeysetSpec<OpportunityFilters> = {
  id: opportunities.id,
  sortable: { name: opportunities.name, createdAt: opportunities.createdAt, updatedAt: opportunities.updatedAt, amount: opportunities.amount, stageEnteredAt: opportunities.stageEnteredAt },
  archivedAt: opportunities.archivedAt,
  search: [opportunities.name],
  filters: {
    pipelineId: (v) => eq(opportunities.pipelineId, v),
    stageId: (v) => eq(opportunities.stageId, v),
    status: (v) => eq(opportunities.status, v),
    ownerId: (v) => eq(opportunities.ownerId, v),
    accountId: (v) => eq(opportunities.accountId, v),
    forecastCategory: (v) => eq(opportunities.forecastCategory, v),
    closeFrom: (v) => sql`${opportunities.expectedCloseDate} >= ${v}`,
    closeTo: (v) => sql`${opportunities.expectedCloseDate} <= ${v}`,
  },
};

const columns = {
  ...(() => {
    const { id, orgId, version, createdAt, updatedAt, createdBy, archivedAt, ownerId, name, accountId, contactId, pipelineId, stageId, amount, currency, probability, expectedCloseDate, forecastCategory, status, lostReasonId, lostNote, closedAt, sourceLeadId, stageEnteredAt, lastActivityAt } = opportunities;
    return { id, orgId, version, createdAt, updatedAt, createdBy, archivedAt, ownerId, name, accountId, contactId, pipelineId, stageId, amount, currency, probability, expectedCloseDate, forecastCategory, status, lostReasonId, lostNote, closedAt, sourceLeadId, stageEnteredAt, lastActivityAt };
  })(),
  inactivityDays: pipelineStages.inactivityDays,
};

function visible(actor: Actor): SQL | undefined {
  return visibleTo(actor, 'sales', opportunities.ownerId);
}

export async function listOpportunities(tx: Tx, actor: Actor, params: ListParams<OpportunityFilters>) {
  const q = keysetQuery(opportunityList, params, [visible(actor)]);
  const rows = await tx
    .select(columns)
    .from(opportunities)
    .innerJoin(pipelineStages, eq(pipelineStages.id, opportunities.stageId))
    .where(q.where)
    .orderBy(...q.orderBy)
    .limit(q.limit);
  return keysetPage(rows, opportunityList, params);
}

export async function findOpportunity(tx: Tx, actor: Actor, id: string, options: { forUpdate?: boolean } = {}): Promise<OpportunityRow | undefined> {
  // Lock the deal's own row first: a locking read through the stage join would, after waiting for a
  // concurrent move, re-check the join against the old stage and find nothing (a false 404).
  if (options.forUpdate) {
    const locked = await tx.select({ id: opportunities.id }).from(opportunities).where(and(eq(opportunities.id, id), visible(actor))).for('update');
    if (locked.length === 0) return undefined;
  }
  const [row] = await tx
    .select(columns)
    .from(opportunities)
    .innerJoin(pipelineStages, eq(pipelineStages.id, opportunities.stageId))
    .where(and(eq(opportunities.id, id), visible(actor)));
  return row;
}

export async function insertOpportunity(tx: Tx, values: typeof opportunities.$inferInsert): Promise<string> {
  const [row] = await tx.insert(opportunities).values(values).returning({ id: opportunities.id });
  return row!.id;
}

export async function updateOpportunityRow(tx: Tx, id: string, values: Partial<typeof opportunities.$inferInsert>): Promise<void> {
  await tx
    .update(opportunities)
    .set({ ...values, version: sql`${opportunities.version} + 1`, updatedAt: sql`now()` })
    .where(eq(opportunities.id, id));
}

/** Open deals in these stages. Won and lost deals keep pointing at their last stage, even once it is removed. */
export async function countOpenInStages(tx: Tx, stageIds: string[]): Promise<number> {
  if (stageIds.length === 0) return 0;
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(opportunities)
    .where(and(sql`${opportunities.stageId} = any(${sql.param(stageIds)}::uuid[])`, eq(opportunities.status, 'open'), isNull(opportunities.archivedAt)));
  return row!.n;
}

export async function openStageVisit(tx: Tx, values: { orgId: string; opportunityId: string; stageId: string; enteredAt: Date; enteredBy: string | null }): Promise<void> {
  await tx.insert(opportunityStageHistory).values(values);
}

export async function closeStageVisit(tx: Tx, opportunityId: string, at: Date, by: string | null): Promise<void> {
  await tx
    .update(opportunityStageHistory)
    .set({ leftAt: at, leftBy: by })
    .where(and(eq(opportunityStageHistory.opportunityId, opportunityId), isNull(opportunityStageHistory.leftAt)));
}

export async function listStageVisits(tx: Tx, opportunityId: string) {
  return tx
    .select({
      id: opportunityStageHistory.id,
      stageId: opportunityStageHistory.stageId,
      stageName: pipelineStages.name,
      enteredAt: opportunityStageHistory.enteredAt,
      enteredBy: opportunityStageHistory.enteredBy,
      leftAt: opportunityStageHistory.leftAt,
      leftBy: opportunityStageHistory.leftBy,
    })
    .from(opportunityStageHistory)
    .innerJoin(pipelineStages, eq(pipelineStages.id, opportunityStageHistory.stageId))
    .where(eq(opportunityStageHistory.opportunityId, opportunityId))
    .orderBy(asc(opportunityStageHistory.enteredAt));
}

/** Open deals per stage of a pipeline with their totals per currency, limited to what the actor sees. */
export async function pipelineSummary(tx: Tx, actor: Actor, pipelineId: string, ownerId?: string) {
  return tx
    .select({
      stageId: opportunities.stageId,
      currency: opportunities.currency,
      count: sql<number>`count(*)::int`,
      amount: sql<string>`sum(${opportunities.amount})::text`,
      weighted: sql<string>`sum(${opportunities.amount} * ${opportunities.probability} / 100)::text`,
    })
    .from(opportunities)
    .where(
      and(
        eq(opportunities.pipelineId, pipelineId),
        eq(opportunities.status, 'open'),
        isNull(opportunities.archivedAt),
        ownerId ? eq(opportunities.ownerId, ownerId) : undefined,
        visible(actor),
      ),
    )
    .groupBy(opportunities.stageId, opportunities.currency);
}

/** The ids of an account's deals the actor may see, as a subquery (for the account's timeline). */
export function visibleOpportunityIdsOf(actor: Actor, accountId: string): SQL {
  const scope = visible(actor);
  return sql`select ${opportunities.id} from ${opportunities} where ${opportunities.accountId} = ${accountId}${scope ? sql` and ${scope}` : sql``}`;
}
