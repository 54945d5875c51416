import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import { isApiError } from '../app/api-client';
import { problemMessage } from './problem-message';

/** Tells the user a request failed; a stale version says the record was reloaded. */
export function notifyProblem(error: unknown, t: TFunction): void {
  const message = isApiError(error, 412) ? t('record.reloaded') : problemMessage(error, t);
  notifications.show({ color: isApiError(error, 412) ? 'yellow' : 'red', title: t('errors.title'), message });
}

export function notifyDone(message: string): void {
  notifications.show({ color: 'teal', message });
}
