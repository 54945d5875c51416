import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, isApiError } from './api-client';
import { useInvalidate, type QueryKeyRoot, type Resource } from './collections';
import type { Versioned } from './record-mutations';

export type ActionRequest = { target: Versioned; action: string; body?: unknown };

/**
 * A state transition (`POST /{resource}/{id}/{action}`) sent with If-Match on the version the user saw.
 * The answer replaces the cached record; a 412 reloads it so the user sees what changed before retrying.
 */
export function useRecordAction<T>(resource: Resource, alsoRefresh: QueryKeyRoot[] = []) {
  const queryClient = useQueryClient();
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ target, action, body }: ActionRequest) => api.post<T>(`/${resource}/${target.id}/${action}`, body ?? {}, target.version),
    onSuccess: async (answer, { target }) => {
      if (isRecord(answer) && answer.id === target.id) queryClient.setQueryData([resource, 'record', target.id], answer);
      await invalidate(resource, ...alsoRefresh);
    },
    onError: async (error, { target }) => {
      if (isApiError(error, 412)) await queryClient.invalidateQueries({ queryKey: [resource, 'record', target.id] });
    },
  });
}

function isRecord(value: unknown): value is { id: string } {
  return typeof value === 'object' && value !== null && 'id' in value;
}
