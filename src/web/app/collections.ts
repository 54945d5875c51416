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
  | 'exchange-rates';
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

export function useCollection<T>(resource: Resource, params: ListParams = {}) {
  return useCursorPages<T>([resource, 'list'], `/${resource}`, params);
}

export function recordQuery<T>(resource: Resource, id: string) {
  return queryOptions({
    queryKey: [resource, 'record', id],
    queryFn: ({ signal }) => api.get<T>(`/${resource}/${id}`, undefined, signal),
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

/** After a write: refresh the resource's lists and records, and everything that shows its history. */
export function useInvalidate() {
  const queryClient = useQueryClient();
  return async (...resources: Resource[]) => {
    await Promise.all(
      [...resources, 'audit-events' as const].map((resource) => queryClient.invalidateQueries({ queryKey: [resource] })),
    );
  };
}
