import type { PlaybookStep } from '../../../contracts/opportunities.js';
import type { Ctx } from '../../platform/context.js';

/**
 * The sales process's playbook, kept by the tasks module and handed to this one when the app is
 * composed (so neither module imports the other's internals, nor each other in a cycle).
 */
export type StagePlaybook = {
  /** The steps of these stages, in order. */
  stepsOf(ctx: Pick<Ctx, 'tx'>, stageIds: string[]): Promise<PlaybookStep[]>;
  /** The required steps of the stage the deal has no done task for. */
  missingSteps(ctx: Ctx, opportunityId: string, stageId: string): Promise<{ taskTypeId: string; name: string }[]>;
  /** Creates the stage's tasks for a deal that has just entered it. */
  enterStage(ctx: Ctx, deal: { id: string; accountId: string; ownerId: string }, stage: { id: string; inactivityDays: number | null }): Promise<void>;
};

/** No playbook: stages guide nothing and gate nothing (demo data, tests of this module alone). */
export const noPlaybook: StagePlaybook = {
  stepsOf: async () => [],
  missingSteps: async () => [],
  enterStage: async () => {},
};
