import { z } from 'zod';
import { isoDate, isoDateTime, money, nameText, percentString, recordMeta, uuid } from './common.js';

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

export const pipeline = z.object({ ...recordMeta, name: z.string(), isDefault: z.boolean(), stages: z.array(stage) });
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
