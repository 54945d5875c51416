import { queryOptions, useQuery } from '@tanstack/react-query';
import type { LostReason, Pipeline, Stage } from '../../../contracts/opportunities';
import { api } from '../../app/api-client';

/** Pipelines are few and come whole (with their stages), the default one first. */
export const pipelinesQuery = queryOptions({
  queryKey: ['pipelines', 'list'],
  queryFn: ({ signal }) => api.get<{ data: Pipeline[] }>('/pipelines', undefined, signal),
  select: (answer) => answer.data,
  staleTime: 60_000,
});

export function usePipelines() {
  return useQuery(pipelinesQuery);
}

export const lostReasonsQuery = queryOptions({
  queryKey: ['lost-reasons', 'list'],
  queryFn: ({ signal }) => api.get<{ data: LostReason[] }>('/lost-reasons', undefined, signal),
  select: (answer) => answer.data,
  staleTime: 60_000,
});

export function useLostReasons() {
  return useQuery(lostReasonsQuery);
}

export type StageSummary = { stageId: string; count: number; totals: { currency: string; amount: string; weighted: string }[] };

/** Per-stage totals of the open deals, optionally only one owner's (the board's owner filter). */
export function pipelineSummaryQuery(pipelineId: string, ownerId: string | null = null) {
  // Under "opportunities" so that every change to a deal refreshes the totals.
  return queryOptions({
    queryKey: ['opportunities', 'summary', pipelineId, ownerId],
    queryFn: ({ signal }) =>
      api.get<{ stages: StageSummary[] }>(`/pipelines/${pipelineId}/summary`, ownerId ? { 'filter[ownerId]': ownerId } : undefined, signal),
    select: (answer) => new Map(answer.stages.map((stage) => [stage.stageId, stage])),
  });
}

/** The stage with this id, in whichever pipeline holds it. */
export function findStage(pipelines: readonly Pipeline[] | undefined, stageId: string): { pipeline: Pipeline; stage: Stage } | null {
  for (const pipeline of pipelines ?? []) {
    const stage = pipeline.stages.find((candidate) => candidate.id === stageId);
    if (stage) return { pipeline, stage };
  }
  return null;
}
