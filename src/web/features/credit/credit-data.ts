import { queryOptions } from '@tanstack/react-query';
import type { Money } from '../../../contracts/common';
import type { CreditAssessment, CreditPolicy } from '../../../contracts/credit';
import { api } from '../../app/api-client';
import type { QueryKeyRoot } from '../../app/collections';

// Writes to documents and payments make these stale: they pass 'credit' to useInvalidate or alsoRefresh.
const root: QueryKeyRoot = 'credit';

/** The account's credit as the server assesses it now, counting `pending` (a quote or order not yet invoiced). */
export function creditQuery(accountId: string, pending?: Money) {
  return queryOptions({
    queryKey: [root, 'assessment', accountId, pending?.amount ?? null, pending?.currency ?? null],
    queryFn: ({ signal }) =>
      api.get<CreditAssessment>(`/accounts/${accountId}/credit`, { amount: pending?.amount, currency: pending?.currency }, signal),
    staleTime: 30_000,
  });
}

export const creditPolicyQuery = queryOptions({
  queryKey: [root, 'policy'],
  queryFn: ({ signal }) => api.get<CreditPolicy>('/credit-policy', undefined, signal),
});

export const ratingColors: Record<CreditAssessment['rating'], string> = { A: 'teal', B: 'blue', C: 'orange', D: 'red' };
