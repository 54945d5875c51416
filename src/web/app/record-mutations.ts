import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from './api-client';
import { useInvalidate, type QueryKeyRoot, type Resource } from './collections';

export type Versioned = { id: string; version: number };

/** Creates (no target) or updates (with If-Match on the target's version) a record. */
export function useSaveRecord<T extends { id: string }>(resource: Resource, target: Versioned | null, alsoRefresh: QueryKeyRoot[] = []) {
  const queryClient = useQueryClient();
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: unknown) =>
      target ? api.patch<T>(`/${resource}/${target.id}`, body, target.version) : api.post<T>(`/${resource}`, body),
    onSuccess: async (saved) => {
      queryClient.setQueryData([resource, 'record', saved.id], saved);
      await invalidate(resource, ...alsoRefresh);
    },
  });
}

/** DELETE archives a record (or revokes a key); lists drop it afterwards. */
export function useArchiveRecord(resource: Resource, alsoRefresh: QueryKeyRoot[] = []) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/${resource}/${id}`),
    onSuccess: () => invalidate(resource, ...alsoRefresh),
  });
}
