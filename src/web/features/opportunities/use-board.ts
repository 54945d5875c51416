import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Page } from '../../../contracts/common';
import type { Opportunity } from '../../../contracts/opportunities';
import { api } from '../../app/api-client';
import { useInvalidate } from '../../app/collections';
import { notifyDone } from '../../ui/notify';
import { notifyMoveProblem } from '../playbook/missing-steps';

const pageLimit = 200;
/** A board is for working deals, not for browsing thousands: past this, the table view pages through them. */
const boardCap = 1000;

export function boardKey(pipelineId: string, ownerId: string | null) {
  return ['opportunities', 'board', { pipelineId, ownerId }] as const;
}

async function fetchOpenDeals(pipelineId: string, ownerId: string | null, signal: AbortSignal): Promise<Opportunity[]> {
  const deals: Opportunity[] = [];
  let cursor: string | null = null;
  do {
    const page: Page<Opportunity> = await api.get<Page<Opportunity>>(
      '/opportunities',
      { 'filter[pipelineId]': pipelineId, 'filter[status]': 'open', 'filter[ownerId]': ownerId, sort: '-stageEnteredAt', limit: pageLimit, cursor },
      signal,
    );
    deals.push(...page.data);
    cursor = page.nextCursor;
  } while (cursor && deals.length < boardCap);
  return deals;
}

/** Every open deal of the pipeline (optionally one owner's), newest arrivals in a stage first. */
export function useBoardDeals(pipelineId: string, ownerId: string | null) {
  return useQuery({
    queryKey: boardKey(pipelineId, ownerId),
    queryFn: ({ signal }) => fetchOpenDeals(pipelineId, ownerId, signal),
  });
}

type Move = { deal: Opportunity; stageId: string; stageName: string };

/**
 * Moves a deal to another stage (If-Match on the version shown). The card moves at once; if the server
 * refuses (409 state, 412 someone else changed it, 422…) it goes back and the problem is shown.
 */
export function useMoveDeal(pipelineId: string, ownerId: string | null) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const invalidate = useInvalidate();
  const key = boardKey(pipelineId, ownerId);
  return useMutation({
    mutationFn: ({ deal, stageId }: Move) => api.post<Opportunity>(`/opportunities/${deal.id}/move`, { stageId }, deal.version),
    onMutate: async ({ deal, stageId }) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<Opportunity[]>(key);
      const moved: Opportunity = { ...deal, stageId, stageEnteredAt: new Date().toISOString(), stale: false };
      queryClient.setQueryData<Opportunity[]>(key, (deals) => deals && [moved, ...deals.filter((item) => item.id !== deal.id)]);
      return { previous };
    },
    onSuccess: (saved, { stageName }) => {
      queryClient.setQueryData<Opportunity[]>(key, (deals) => deals?.map((item) => (item.id === saved.id ? saved : item)));
      queryClient.setQueryData(['opportunities', 'record', saved.id], saved);
      notifyDone(t('board.moved', { name: saved.name, stage: stageName }));
    },
    onError: (error, _move, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
      notifyMoveProblem(error, t);
    },
    // A move creates the new stage's playbook tasks.
    onSettled: () => invalidate('opportunities', 'tasks'),
  });
}
