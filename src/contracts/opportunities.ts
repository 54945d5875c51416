import { z } from 'zod';
import { isoDate, isoDateTime, money, nameText, percentString, recordMeta, uuid } from './common.js';
import { taskKinds, taskStatuses } from './tasks.js';

export const forecastCategories = ['pipeline', 'best_case', 'commit', 'omitted'] as const;
export const opportunityStatuses = ['open', 'won', 'lost'] as const;

export const stage = z.object({
  id: uuid,
  name: z.string(),
  position: z.number().int(),
  probability: percentString,
  inactivityDays: z.number().int().nullable().describe('Days without activity before an open deal here is flagged stale'),
});
export type Stage = z.infer<typeof stage>;

/** A step of a stage's playbook: an activity (a task type) that guides a deal through the stage. */
export const playbookStep = z.object({
  id: uuid,
  stageId: uuid,
  taskTypeId: uuid,
  name: z.string().describe("The task type's name"),
  kind: z.enum(taskKinds),
  position: z.number().int(),
  required: z.boolean().describe('A deal leaves the stage only once it has a done task of this type'),
});
export type PlaybookStep = z.infer<typeof playbookStep>;

export const pipeline = z.object({
  ...recordMeta,
  name: z.string(),
  isDefault: z.boolean(),
  stages: z.array(stage),
  playbook: z.array(playbookStep).describe('The steps of every stage, stage by stage in order; entering a stage creates its tasks for the deal'),
});
export type Pipeline = z.infer<typeof pipeline>;

const stageInput = z
  .object({
    id: uuid.optional().describe('An existing stage to keep (omit for a new one)'),
    name: nameText(100),
    probability: percentString,
    inactivityDays: z.number().int().min(1).max(3650).nullable().optional(),
  })
  .strict();

export const createPipelineBody = z.object({ name: nameText(), isDefault: z.boolean().optional(), stages: z.array(stageInput).min(1).max(30) }).strict();
export type CreatePipelineBody = z.infer<typeof createPipelineBody>;
/** stages: the full ordered list; stages left out are archived (their deals must be moved first). */
export const updatePipelineBody = createPipelineBody.partial().strict();
export type UpdatePipelineBody = z.infer<typeof updatePipelineBody>;

/** What the playbook asks of a deal in its current stage: each step with the deal's task of its type (the done one, else the latest). */
export const opportunityGuidance = z.object({
  stageId: uuid,
  steps: z.array(playbookStep.extend({ taskId: uuid.nullable(), taskStatus: z.enum(taskStatuses).nullable(), done: z.boolean() })),
});

/** The stages named get exactly these steps, in this order; stages left out keep theirs. */
export const savePlaybookBody = z
  .object({
    stages: z
      .array(z.object({ stageId: uuid, steps: z.array(z.object({ taskTypeId: uuid, required: z.boolean().default(false) }).strict()).max(20) }).strict())
      .min(1)
      .max(30),
  })
  .strict();
export type SavePlaybookBody = z.infer<typeof savePlaybookBody>;

export const lostReason = z.object({ ...recordMeta, name: z.string(), position: z.number().int() });
export type LostReason = z.infer<typeof lostReason>;
export const createLostReasonBody = z.object({ name: nameText(100) }).strict();

export const opportunity = z.object({
  ...recordMeta,
  name: z.string(),
  accountId: uuid,
  contactId: uuid.nullable(),
  pipelineId: uuid,
  stageId: uuid,
  amount: money,
  probability: percentString,
  expectedCloseDate: isoDate.nullable(),
  forecastCategory: z.enum(forecastCategories),
  status: z.enum(opportunityStatuses),
  lostReasonId: uuid.nullable(),
  lostNote: z.string(),
  closedAt: isoDateTime.nullable(),
  ownerId: uuid,
  sourceLeadId: uuid.nullable(),
  stageEnteredAt: isoDateTime,
  lastActivityAt: isoDateTime,
  stale: z.boolean().describe('Open and without activity for longer than its stage allows'),
});
export type Opportunity = z.infer<typeof opportunity>;

const opportunityFields = z.object({
  name: nameText(),
  accountId: uuid,
  contactId: uuid.nullable(),
  pipelineId: uuid,
  stageId: uuid,
  amount: money,
  probability: percentString,
  expectedCloseDate: isoDate.nullable(),
  forecastCategory: z.enum(forecastCategories),
  ownerId: uuid,
});
/** Pipeline defaults to the organisation's default one, stage to its first, probability to the stage's. */
export const createOpportunityBody = opportunityFields.partial().required({ name: true, accountId: true }).strict();
export type CreateOpportunityBody = z.infer<typeof createOpportunityBody>;
/** Stage and status change through move / win / lose, not PATCH. */
export const updateOpportunityBody = opportunityFields.omit({ pipelineId: true, stageId: true, accountId: true }).partial().strict();
export type UpdateOpportunityBody = z.infer<typeof updateOpportunityBody>;

export const moveOpportunityBody = z.object({ stageId: uuid }).strict();
export const loseOpportunityBody = z.object({ lostReasonId: uuid, note: z.string().trim().max(2000).optional() }).strict();

export const stageVisit = z.object({
  id: uuid,
  stageId: uuid,
  stageName: z.string(),
  enteredAt: isoDateTime,
  enteredBy: uuid.nullable(),
  leftAt: isoDateTime.nullable(),
  leftBy: uuid.nullable(),
});
export type StageVisit = z.infer<typeof stageVisit>;
