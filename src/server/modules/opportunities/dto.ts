import type { LostReason, Opportunity, Pipeline, PlaybookStep, StageVisit } from '../../../contracts/opportunities.js';
import { formatAmount } from '../../kernel/money.js';
import { iso, isoOrNull, recordMetaDto } from '../../platform/db/rows.js';
import { isStale } from './domain/opportunity-rules.js';
import type { OpportunityRow } from './opportunities.repository.js';
import type { LostReasonRow, PipelineWithStages } from './pipelines.repository.js';

/** numeric(5,2) comes back as "25.00"; percentages read better as "25" or "12.5". */
export function percent(value: string): string {
  return value.includes('.') ? value.replace(/\.?0+$/, '') : value;
}

/** The pipeline without its playbook, which the routes add from the tasks module (withPlaybook). */
export const pipelineDto = (p: PipelineWithStages): Pipeline => ({
  ...recordMetaDto(p),
  name: p.name,
  isDefault: p.isDefault,
  stages: p.stages.map((s) => ({ id: s.id, name: s.name, position: s.position, probability: percent(s.probability), inactivityDays: s.inactivityDays })),
  playbook: [],
});

/** The pipeline with its stages' steps: stage by stage, each stage's steps in their order. */
export const withPlaybook = (p: Pipeline, steps: PlaybookStep[]): Pipeline => ({
  ...p,
  playbook: p.stages.flatMap((s) => steps.filter((step) => step.stageId === s.id)),
});

export const lostReasonDto = (r: LostReasonRow): LostReason => ({ ...recordMetaDto(r), name: r.name, position: r.position });

export const opportunityDto = (r: OpportunityRow, now: Date): Opportunity => ({
  ...recordMetaDto(r),
  name: r.name,
  accountId: r.accountId,
  contactId: r.contactId,
  pipelineId: r.pipelineId,
  stageId: r.stageId,
  amount: { amount: formatAmount(r.amount, r.currency), currency: r.currency },
  probability: percent(r.probability),
  expectedCloseDate: r.expectedCloseDate,
  forecastCategory: r.forecastCategory,
  status: r.status,
  lostReasonId: r.lostReasonId,
  lostNote: r.lostNote,
  closedAt: isoOrNull(r.closedAt),
  ownerId: r.ownerId,
  sourceLeadId: r.sourceLeadId,
  stageEnteredAt: iso(r.stageEnteredAt),
  lastActivityAt: iso(r.lastActivityAt),
  stale: isStale(r.status, r.lastActivityAt, r.inactivityDays, now),
});

export function stageVisitDto(v: { id: string; stageId: string; stageName: string; enteredAt: Date; enteredBy: string | null; leftAt: Date | null; leftBy: string | null }): StageVisit {
  return { ...v, enteredAt: iso(v.enteredAt), leftAt: isoOrNull(v.leftAt) };
}

/** The audit view of a pipeline: its fields and its stages in order. */
export function auditablePipeline(p: PipelineWithStages): Record<string, unknown> {
  return { name: p.name, isDefault: p.isDefault, archivedAt: p.archivedAt, stages: p.stages.map((s) => `${s.name} (${percent(s.probability)}%)`) };
}

export function auditableOpportunity(r: OpportunityRow): Record<string, unknown> {
  const { inactivityDays: _stageLimit, lastActivityAt: _activity, ...rest } = r;
  return rest;
}
