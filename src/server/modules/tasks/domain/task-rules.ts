import type { AssignmentRule, TaskStatus } from '../../../../contracts/tasks.js';
import type { ProjectStatus } from '../../../../contracts/projects.js';
import { AppError, type FieldError } from '../../../kernel/errors.js';

export const openTaskStatuses: readonly TaskStatus[] = ['pending', 'in_progress'];

export type TaskAction = 'start' | 'complete' | 'cancel' | 'reopen' | 'change';

/** pending → in progress → done | cancelled; done and cancelled tasks reopen to pending. */
const taskAllows: Record<TaskAction, readonly TaskStatus[]> = {
  start: ['pending'],
  complete: ['pending', 'in_progress'],
  cancel: ['pending', 'in_progress'],
  reopen: ['done', 'cancelled'],
  change: ['pending', 'in_progress'],
};

const statusWords: Record<TaskStatus, string> = { pending: 'pending', in_progress: 'in progress', done: 'done', cancelled: 'cancelled' };

export function assertTaskAllows(status: TaskStatus, action: TaskAction): void {
  if (taskAllows[action].includes(status)) return;
  const verb = action === 'change' ? 'be changed' : action === 'reopen' ? 'be reopened' : action;
  const which = taskAllows[action].map((s) => statusWords[s]).join(' or ');
  throw new AppError('invalid_state', `The task is ${statusWords[status]}; only a ${which} task can ${verb}.`, { extra: { state: status } });
}

export function isOverdue(status: TaskStatus, dueDate: string | null, today: string): boolean {
  return openTaskStatuses.includes(status) && dueDate !== null && dueDate < today;
}

/** The date of an instant (UTC), e.g. today's from the clock's now. */
export { dateOf as todayOf } from '../../../kernel/calendar.js';

/** Who would do the task by a type's rule, from the people of the record it concerns; null when the rule names no one. */
export function assigneeByRule(rule: AssignmentRule, people: { accountOwnerId: string | null; territoryRepId: string | null; leadOwnerId: string | null }): string | null {
  if (rule === 'none') return null;
  // A lead has neither account nor territory yet: its owner works it.
  if (people.leadOwnerId) return people.leadOwnerId;
  return rule === 'account_owner' ? people.accountOwnerId : people.territoryRepId;
}

export type ProjectAction = 'complete' | 'cancel' | 'reopen' | 'change';

const projectAllows: Record<ProjectAction, readonly ProjectStatus[]> = {
  complete: ['active'],
  cancel: ['active'],
  reopen: ['completed', 'cancelled'],
  change: ['active'],
};

export function assertProjectAllows(status: ProjectStatus, action: ProjectAction): void {
  if (projectAllows[action].includes(status)) return;
  const verb = action === 'change' ? 'be changed' : action === 'reopen' ? 'be reopened' : action === 'complete' ? 'be completed' : 'be cancelled';
  const which = projectAllows[action].join(' or ');
  throw new AppError('invalid_state', `The project is ${status}; only a ${which} project can ${verb}.`, { extra: { state: status } });
}

/** A project cannot end before it starts. */
export function plannedRangeErrors(plannedStart: string | null, plannedEnd: string | null): FieldError[] {
  return plannedStart && plannedEnd && plannedEnd < plannedStart ? [{ path: 'plannedEnd', message: `cannot be before plannedStart (${plannedStart})` }] : [];
}
