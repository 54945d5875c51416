import type { TFunction } from 'i18next';
import { isApiError } from '../app/api-client';

/** The sentence to show for a failed request: the server's detail when it gave one. */
export function problemMessage(error: unknown, t: TFunction): string {
  if (!isApiError(error)) return t('errors.generic');
  if (error.status === 0) return t('errors.network');
  if (error.detail) return error.detail;
  if (error.status === 403) return t('errors.forbidden');
  if (error.status === 404) return t('record.notFound');
  if (error.status === 412) return t('record.stale');
  return error.title || t('errors.generic');
}
