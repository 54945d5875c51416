import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Resource } from '../app/collections';
import { useArchiveRecord } from '../app/record-mutations';
import { ConfirmModal } from './confirm-modal';
import { problemMessage } from './problem-message';

type Texts = { title: string; message: (name: string) => string; done: string; confirmLabel?: string };

/** Asks before archiving (DELETE) a record; render `modal` once and call `ask(record)`. */
export function useArchiveConfirm<T extends { id: string; name: string }>(
  resource: Resource,
  texts: Texts,
  alsoRefresh: Resource[] = [],
  onArchived?: () => void,
) {
  const { t } = useTranslation();
  const [target, setTarget] = useState<T | null>(null);
  const archive = useArchiveRecord(resource, alsoRefresh);

  const confirm = () => {
    if (!target) return;
    archive.mutate(target.id, {
      onSuccess: () => {
        notifications.show({ color: 'teal', message: texts.done });
        onArchived?.();
      },
      onError: (error) => notifications.show({ color: 'red', title: t('errors.title'), message: problemMessage(error, t) }),
      onSettled: () => setTarget(null),
    });
  };

  const modal = (
    <ConfirmModal
      opened={target !== null}
      title={texts.title}
      message={texts.message(target?.name ?? '')}
      confirmLabel={texts.confirmLabel ?? t('common.archive')}
      loading={archive.isPending}
      onConfirm={confirm}
      onClose={() => setTarget(null)}
    />
  );
  return { ask: (record: T) => setTarget(record), modal };
}
