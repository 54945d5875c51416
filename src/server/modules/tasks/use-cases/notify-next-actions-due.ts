import type { Ctx } from '../../../platform/context.js';
import { notify } from '../../notifications/index.js';
import { todayOf } from '../domain/task-rules.js';
import { openTasksWithNextActionBy } from '../tasks.repository.js';
import { taskAbout } from './create-task.js';

/**
 * "Next-action date reached", until a job runner exists: written when the person looks at their
 * notifications, once per task and date (asking again writes nothing new).
 */
export async function notifyNextActionsDue(ctx: Ctx): Promise<void> {
  const due = await openTasksWithNextActionBy(ctx.tx, ctx.actor.userId, todayOf(ctx.clock.now()));
  await notify(
    ctx,
    due.map((task) => ({ recipientId: task.assigneeId, kind: 'next_action_due' as const, about: taskAbout(task), dueOn: task.nextActionDate! })),
  );
}
