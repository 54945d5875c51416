import { Tabs } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { recordQuery, type Resource } from '../app/collections';
import { CenteredLoader } from './centered-loader';
import { QueryError } from './query-error';

export type StaleHandlers = {
  /** Called when a save answered 412: fetch the latest version in the background. */
  onStale: () => void;
  /** Called when the user asks to reload: show the latest version in the form. */
  onReload: () => void;
};

type Props<T> = {
  resource: Resource;
  id: string;
  renderForm: (record: T, handlers: StaleHandlers) => ReactNode;
  history: ReactNode;
};

/** Loads one record and shows its form (details) and its audit trail (history) in tabs. */
export function RecordEditor<T extends { id: string; version: number }>({ resource, id, renderForm, history }: Props<T>) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const query = useQuery(recordQuery<T>(resource, id));
  // The form keeps the version it was opened with until the user reloads, so a stale save is refused.
  const [generation, setGeneration] = useState(0);

  if (query.isPending) return <CenteredLoader />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;

  const handlers: StaleHandlers = {
    onStale: () => void queryClient.invalidateQueries({ queryKey: [resource] }),
    onReload: () => {
      void query.refetch().then(() => setGeneration((value) => value + 1));
    },
  };

  return (
    <Tabs defaultValue="details" keepMounted>
      <Tabs.List mb="md">
        <Tabs.Tab value="details">{t('common.details')}</Tabs.Tab>
        <Tabs.Tab value="history">{t('common.history')}</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="details" key={generation}>
        <FormSnapshot record={query.data} render={(record) => renderForm(record, handlers)} />
      </Tabs.Panel>
      <Tabs.Panel value="history">{history}</Tabs.Panel>
    </Tabs>
  );
}

function FormSnapshot<T>({ record, render }: { record: T; render: (record: T) => ReactNode }) {
  const [snapshot] = useState(record);
  return render(snapshot);
}
