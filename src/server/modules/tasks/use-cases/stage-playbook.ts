import type { StagePlaybook } from '../../opportunities/index.js';
import { addInterval } from '../domain/recurrence.js';
import { todayOf } from '../domain/task-rules.js';
import { stepsOfStages } from '../playbook.repository.js';
import { findTaskType } from '../task-types.repository.js';
import { tasksOfTypesOn } from '../tasks.repository.js';
import { assigneeOfType, controllerOfType, insertAuditedTask } from './create-task.js';

/**
 * The playbook the opportunities module runs on every move. A required step is done when the deal
 * has a done task of the step's type, however that task came to be.
 */
export const stagePlaybook: StagePlaybook = {
  stepsOf: (ctx, stageIds) => stepsOfStages(ctx.tx, stageIds),

  async missingSteps(ctx, opportunityId, stageId) {
    const required = (await stepsOfStages(ctx.tx, [stageId])).filter((s) => s.required);
    if (required.length === 0) return [];
    const tasks = await tasksOfTypesOn(ctx.tx, opportunityId, required.map((s) => s.taskTypeId));
    const done = new Set(tasks.filter((t) => t.status === 'done').map((t) => t.taskTypeId));
    return required.filter((s) => !done.has(s.taskTypeId)).map((s) => ({ taskTypeId: s.taskTypeId, name: s.name }));
  },

  /**
   * One task per step the deal has no task of yet (open or done), assigned by the type's rule or to
   * the deal's owner, controlled by the type's controller or the deal's owner, and due before the
   * deal would turn stale in the stage.
   */
  async enterStage(ctx, deal, stage) {
    const steps = await stepsOfStages(ctx.tx, [stage.id]);
    if (steps.length === 0) return;
    const existing = new Set((await tasksOfTypesOn(ctx.tx, deal.id, steps.map((s) => s.taskTypeId))).map((t) => t.taskTypeId));
    const related = { type: 'opportunity' as const, id: deal.id, accountId: deal.accountId, projectId: null, leadOwnerId: null };
    const dueDate = stage.inactivityDays ? addInterval(todayOf(ctx.clock.now()), { every: stage.inactivityDays, unit: 'day' }) : null;
    for (const step of steps) {
      if (existing.has(step.taskTypeId)) continue;
      const type = await findTaskType(ctx.tx, step.taskTypeId);
      if (!type || type.archivedAt) continue;
      await insertAuditedTask(ctx, {
        kind: type.kind,
        taskTypeId: type.id,
        subject: type.name,
        relatedType: 'opportunity',
        relatedId: deal.id,
        accountId: deal.accountId,
        assigneeId: (await assigneeOfType(ctx, type, related)) ?? deal.ownerId,
        controllerId: (await controllerOfType(ctx, type)) ?? deal.ownerId,
        priority: type.defaultPriority,
        dueDate,
        durationMinutes: type.defaultDurationMinutes,
        recurrenceEvery: type.recurrenceEvery,
        recurrenceUnit: type.recurrenceUnit,
        createdBy: ctx.actor.userId,
      });
    }
  },
};
