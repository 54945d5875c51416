import { queryOptions, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import i18next from 'i18next';
import type { LoginBody, LoginResponse, MeResponse } from '../../contracts/auth';
import type { Locale } from '../../contracts/common';
import { apiRequest, setCsrfToken } from './api-client';
import { currentLocale, isLocale, storeLocale } from './i18n/i18n';

export type Permission =
  | 'org:read'
  | 'org:manage'
  | 'users:read'
  | 'users:manage'
  | 'teams:read'
  | 'teams:manage'
  | 'territories:read'
  | 'territories:manage'
  | 'api-keys:manage'
  | 'audit:read'
  | 'accounts:read'
  | 'accounts:write'
  | 'leads:read'
  | 'leads:write'
  | 'opportunities:read'
  | 'opportunities:write'
  | 'pipelines:manage'
  | 'catalog:read'
  | 'catalog:manage'
  | 'quotes:read'
  | 'quotes:write'
  | 'orders:read'
  | 'orders:write'
  | 'deliveries:write'
  | 'invoices:read'
  | 'invoices:write'
  | 'payments:write'
  | 'credit:read'
  | 'credit:manage'
  | 'tasks:read'
  | 'tasks:write'
  | 'task-types:manage'
  | 'projects:read'
  | 'projects:write';

export const meQueryKey = ['me'] as const;

async function fetchMe(): Promise<MeResponse> {
  const me = await apiRequest<MeResponse>('/me', { redirectOn401: false });
  adoptSession(me);
  return me;
}

export const meQuery = queryOptions({ queryKey: meQueryKey, queryFn: fetchMe, staleTime: 60_000, retry: false });

/** Takes the CSRF token and the user's language from a fresh /me answer. */
function adoptSession(me: MeResponse): void {
  setCsrfToken(me.csrfToken);
  if (isLocale(me.user.locale) && me.user.locale !== currentLocale()) {
    storeLocale(me.user.locale);
    void i18next.changeLanguage(me.user.locale);
  }
}

export function useMe(): MeResponse {
  return useSuspenseQuery(meQuery).data;
}

export function useCan(): (permission: Permission) => boolean {
  const me = useMe();
  return (permission) => me.permissions.includes(permission);
}

export async function login(body: LoginBody): Promise<LoginResponse> {
  const answer = await apiRequest<LoginResponse>('/auth/login', { method: 'POST', body, redirectOn401: false });
  setCsrfToken(answer.csrfToken);
  return answer;
}

export async function logout(): Promise<void> {
  await apiRequest<void>('/auth/logout', { method: 'POST', redirectOn401: false });
  setCsrfToken(null);
}

export function useChangeLocale(): (locale: Locale) => Promise<void> {
  const queryClient = useQueryClient();
  return async (locale) => {
    storeLocale(locale);
    await i18next.changeLanguage(locale);
    const signedIn = queryClient.getQueryData<MeResponse>(meQueryKey);
    if (!signedIn) return;
    const me = await apiRequest<MeResponse>('/me', { method: 'PATCH', body: { locale } });
    setCsrfToken(me.csrfToken ?? signedIn.csrfToken);
    queryClient.setQueryData(meQueryKey, me);
  };
}
