import { keepPreviousData, queryOptions, useInfiniteQuery, useQueries, useQueryClient } from '@tanstack/react-query';
import type { Page } from '../../contracts/common';
import { api } from './api-client';

export type Resource =
  | 'users'
  | 'teams'
  | 'territories'
  | 'api-keys'
  | 'audit-events'
  | 'accounts'
  | 'contacts'
  | 'leads'
  | 'opportunities'
  | 'pipelines'
  | 'lost-reasons'
  | 'products'
  | 'tax-rates'
  | 'price-lists'
  | 'exchange-rates'
  | 'quotes'
  | 'orders'
  | 'deliveries'
  | 'invoices'
  | 'payments'
  | 'tasks'
  | 'task-types'
  | 'projects'
  | 'time-entries';
/**
 * The first element of every query key, so a write can make it stale: a resource, or data that is no collection
 * of its own but is derived from several ('credit': the accounts' credit assessments and the policy).
 */
export type QueryKeyRoot = Resource | 'credit';
export type ListParams = Record<string, string | number | undefined | null>;

const pageSize = 50;

/** Any cursor-paginated endpoint; `items` holds every page loaded so far. */
export function useCursorPages<T>(queryKey: readonly unknown[], path: string, params: ListParams = {}) {
  const query = useInfiniteQuery({
    queryKey: [...queryKey, params],
    queryFn: ({ pageParam, signal }) => api.get<Page<T>>(path, { ...params, limit: pageSize, cursor: pageParam }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
  });
  const items = query.data?.pages.flatMap((page) => page.data) ?? [];
  return { ...query, items };
}

/** A list loaded page by page, as tables receive it. */
export type CursorPages<T> = ReturnType<typeof useCursorPages<T>>;

export function useCollection<T>(resource: Resource, params: ListParams = {}) {
  return useCursorPages<T>([resource, 'list'], `/${resource}`, params);
}

export function recordQuery<T>(resource: Resource, id: string) {
  return queryOptions({
    queryKey: [resource, 'record', id],
    queryFn: ({ signal }) => api.get<T>(`/${resource}/${id}`, undefined, signal),
  });
}

/** The first page of a small related list (an order's deliveries, an invoice's payments), enough to show it whole. */
export function relatedQuery<T>(resource: Resource, params: ListParams) {
  return queryOptions({
    queryKey: [resource, 'list', 'related', params],
    queryFn: ({ signal }) => api.get<Page<T>>(`/${resource}`, { limit: 200, ...params }, signal),
  });
}

/** Loads the records behind a set of ids (managers, reps, teams) so tables can show names. */
export function useRecordsById<T extends { id: string }>(resource: Resource, ids: ReadonlyArray<string | null>): Map<string, T> {
  const unique = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  const results = useQueries({ queries: unique.map((id) => ({ ...recordQuery<T>(resource, id), staleTime: 60_000 })) });
  const found = new Map<string, T>();
  for (const result of results) if (result.data) found.set(result.data.id, result.data);
  return found;
}

/** After a write: refresh the resources' lists and records (or other data under those keys), and everything that shows history. */
export function useInvalidate() {
  const queryClient = useQueryClient();
  return async (...roots: QueryKeyRoot[]) => {
    await Promise.all(
      [...new Set<QueryKeyRoot>([...roots, 'audit-events'])].map((root) => queryClient.invalidateQueries({ queryKey: [root] })),
    );
  };
}
