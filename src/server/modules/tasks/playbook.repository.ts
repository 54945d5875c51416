import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/tenant.js';
import { playbookSteps, taskTypes } from './tasks.schema.js';

export type PlaybookStepRow = typeof playbookSteps.$inferSelect;
export type PlaybookStepView = { id: string; stageId: string; taskTypeId: string; name: string; kind: (typeof taskTypes.$inferSelect)['kind']; position: number; required: boolean };

/** The active steps of these stages in order, with their task type's name and kind. */
export async function stepsOfStages(tx: Tx, stageIds: string[]): Promise<PlaybookStepView[]> {
  if (stageIds.length === 0) return [];
  return tx
    .select({
      id: playbookSteps.id,
      stageId: playbookSteps.stageId,
      taskTypeId: playbookSteps.taskTypeId,
      name: taskTypes.name,
      kind: taskTypes.kind,
      position: playbookSteps.position,
      required: playbookSteps.required,
    })
    .from(playbookSteps)
    .innerJoin(taskTypes, eq(taskTypes.id, playbookSteps.taskTypeId))
    .where(and(inArray(playbookSteps.stageId, stageIds), isNull(playbookSteps.archivedAt)))
    .orderBy(asc(playbookSteps.position));
}

export async function activeStepRowsOf(tx: Tx, stageId: string): Promise<PlaybookStepRow[]> {
  return tx.select().from(playbookSteps).where(and(eq(playbookSteps.stageId, stageId), isNull(playbookSteps.archivedAt))).for('update');
}

export async function insertStep(tx: Tx, values: typeof playbookSteps.$inferInsert): Promise<void> {
  await tx.insert(playbookSteps).values(values);
}

export async function updateStep(tx: Tx, id: string, values: Partial<typeof playbookSteps.$inferInsert>): Promise<void> {
  await tx
    .update(playbookSteps)
    .set({ ...values, version: sql`${playbookSteps.version} + 1`, updatedAt: sql`now()` })
    .where(eq(playbookSteps.id, id));
}

export async function countStepsUsingType(tx: Tx, taskTypeId: string): Promise<number> {
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(playbookSteps)
    .where(and(eq(playbookSteps.taskTypeId, taskTypeId), isNull(playbookSteps.archivedAt)));
  return row!.n;
}
