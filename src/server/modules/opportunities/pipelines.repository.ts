import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/tenant.js';
import { lostReasons, pipelineStages, pipelines } from './opportunities.schema.js';

export type PipelineRow = typeof pipelines.$inferSelect;
export type StageRow = typeof pipelineStages.$inferSelect;
export type LostReasonRow = typeof lostReasons.$inferSelect;
export type PipelineWithStages = PipelineRow & { stages: StageRow[] };

async function withStages(tx: Tx, rows: PipelineRow[]): Promise<PipelineWithStages[]> {
  if (rows.length === 0) return [];
  const stages = await tx
    .select()
    .from(pipelineStages)
    .where(and(inArray(pipelineStages.pipelineId, rows.map((r) => r.id)), isNull(pipelineStages.archivedAt)))
    .orderBy(asc(pipelineStages.position));
  return rows.map((p) => ({ ...p, stages: stages.filter((s) => s.pipelineId === p.id) }));
}

export async function listPipelines(tx: Tx, includeArchived: boolean): Promise<PipelineWithStages[]> {
  const rows = await tx
    .select()
    .from(pipelines)
    .where(includeArchived ? undefined : isNull(pipelines.archivedAt))
    .orderBy(sql`${pipelines.isDefault} desc`, asc(pipelines.name));
  return withStages(tx, rows);
}

export async function findPipeline(tx: Tx, id: string, options: { forUpdate?: boolean } = {}): Promise<PipelineWithStages | undefined> {
  const query = tx.select().from(pipelines).where(eq(pipelines.id, id));
  const rows = options.forUpdate ? await query.for('update') : await query;
  return (await withStages(tx, rows))[0];
}

export async function findDefaultPipeline(tx: Tx): Promise<PipelineWithStages | undefined> {
  const rows = await tx.select().from(pipelines).where(and(eq(pipelines.isDefault, true), isNull(pipelines.archivedAt)));
  return (await withStages(tx, rows))[0];
}

export async function insertPipeline(tx: Tx, values: typeof pipelines.$inferInsert): Promise<PipelineRow> {
  const [row] = await tx.insert(pipelines).values(values).returning();
  return row!;
}

export async function updatePipelineRow(tx: Tx, id: string, values: Partial<typeof pipelines.$inferInsert>): Promise<void> {
  await tx
    .update(pipelines)
    .set({ ...values, version: sql`${pipelines.version} + 1`, updatedAt: sql`now()` })
    .where(eq(pipelines.id, id));
}

/** Answers the ids of the pipelines that were the default (one at most). */
export async function clearDefaultPipeline(tx: Tx): Promise<string[]> {
  const rows = await tx
    .update(pipelines)
    .set({ isDefault: false, version: sql`${pipelines.version} + 1`, updatedAt: sql`now()` })
    .where(eq(pipelines.isDefault, true))
    .returning({ id: pipelines.id });
  return rows.map((r) => r.id);
}

export async function insertStage(tx: Tx, values: typeof pipelineStages.$inferInsert): Promise<StageRow> {
  const [row] = await tx.insert(pipelineStages).values(values).returning();
  return row!;
}

export async function updateStage(tx: Tx, id: string, values: Partial<typeof pipelineStages.$inferInsert>): Promise<void> {
  await tx
    .update(pipelineStages)
    .set({ ...values, version: sql`${pipelineStages.version} + 1`, updatedAt: sql`now()` })
    .where(eq(pipelineStages.id, id));
}

export async function findStage(tx: Tx, id: string): Promise<StageRow | undefined> {
  const [row] = await tx.select().from(pipelineStages).where(eq(pipelineStages.id, id));
  return row;
}

export async function listLostReasons(tx: Tx, includeArchived: boolean): Promise<LostReasonRow[]> {
  return tx
    .select()
    .from(lostReasons)
    .where(includeArchived ? undefined : isNull(lostReasons.archivedAt))
    .orderBy(asc(lostReasons.position), asc(lostReasons.name));
}

export async function findLostReason(tx: Tx, id: string): Promise<LostReasonRow | undefined> {
  const [row] = await tx.select().from(lostReasons).where(eq(lostReasons.id, id));
  return row;
}

export async function insertLostReason(tx: Tx, values: typeof lostReasons.$inferInsert): Promise<LostReasonRow> {
  const [row] = await tx.insert(lostReasons).values(values).returning();
  return row!;
}

export async function nextLostReasonPosition(tx: Tx): Promise<number> {
  const [row] = await tx.select({ n: sql<number>`coalesce(max(${lostReasons.position}), 0)::int + 1` }).from(lostReasons);
  return row!.n;
}

export async function archiveLostReasonRow(tx: Tx, id: string, at: Date): Promise<LostReasonRow> {
  const [row] = await tx
    .update(lostReasons)
    .set({ archivedAt: at, version: sql`${lostReasons.version} + 1`, updatedAt: sql`now()` })
    .where(eq(lostReasons.id, id))
    .returning();
  return row!;
}
