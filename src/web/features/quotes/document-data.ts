import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { Page } from '../../../contracts/common';
import { api, buildUrl, isApiError } from '../../app/api-client';
import { useCursorPages, type ListParams, type Resource } from '../../app/collections';
import type { Versioned } from '../../app/record-mutations';

/** The sales documents' resources. They share the query keys' shape with the other records: [resource, kind, …]. */
export type DocumentResource = 'quotes' | 'orders' | 'deliveries' | 'invoices' | 'payments';
/** What a write may make stale: documents, the records around them, and credit assessments. */
export type Refreshable = DocumentResource | Resource | 'credit';

export function documentQuery<T>(resource: DocumentResource, id: string) {
  return queryOptions({
    queryKey: [resource, 'record', id],
    queryFn: ({ signal }) => api.get<T>(`/${resource}/${id}`, undefined, signal),
  });
}

export function useDocuments<T>(resource: DocumentResource, params: ListParams = {}) {
  return useCursorPages<T>([resource, 'list'], `/${resource}`, params);
}

/** The first page of a small related list (an order's deliveries, an invoice's payments). */
export function relatedQuery<T>(resource: DocumentResource, params: ListParams) {
  return queryOptions({
    queryKey: [resource, 'list', 'related', params],
    queryFn: ({ signal }) => api.get<Page<T>>(`/${resource}`, { limit: 200, ...params }, signal),
  });
}

/** After a write: refresh those resources and every record's history. */
export function useRefresh() {
  const queryClient = useQueryClient();
  return async (...resources: Refreshable[]) => {
    await Promise.all(
      [...new Set([...resources, 'audit-events'])].map((resource) => queryClient.invalidateQueries({ queryKey: [resource] })),
    );
  };
}

export type DocumentActionRequest = { target: Versioned; action: string; body?: unknown };

/**
 * A document's state transition sent with If-Match on the version the user saw. An answer for the same record
 * replaces the cached one; a 412 reloads it so the user sees what changed before retrying.
 */
export function useDocumentAction<T>(resource: DocumentResource, alsoRefresh: Refreshable[] = []) {
  const queryClient = useQueryClient();
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ target, action, body }: DocumentActionRequest) =>
      api.post<T>(`/${resource}/${target.id}/${action}`, body ?? {}, target.version),
    onSuccess: async (answer, { target }) => {
      if (isRecord(answer) && answer.id === target.id) queryClient.setQueryData([resource, 'record', target.id], answer);
      await refresh(resource, 'credit', ...alsoRefresh);
    },
    onError: async (error, { target }) => {
      if (isApiError(error, 412)) await queryClient.invalidateQueries({ queryKey: [resource, 'record', target.id] });
    },
  });
}

function isRecord(value: unknown): value is { id: string } {
  return typeof value === 'object' && value !== null && 'id' in value;
}

/** The document's PDF in the language the user is reading. */
export function pdfUrl(resource: 'quotes' | 'invoices', id: string, lang: string): string {
  return buildUrl(`/${resource}/${id}/pdf`, { lang });
}
