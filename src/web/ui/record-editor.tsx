import { Tabs } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Resource } from '../app/collections';
import { RecordSnapshot, type StaleHandlers } from './record-snapshot';

export type { StaleHandlers } from './record-snapshot';

type Props<T> = {
  resource: Resource;
  id: string;
  renderForm: (record: T, handlers: StaleHandlers) => ReactNode;
  history: ReactNode;
};

/** Loads one record and shows its form (details) and its audit trail (history) in tabs. */
export function RecordEditor<T extends { id: string; version: number }>({ resource, id, renderForm, history }: Props<T>) {
  const { t } = useTranslation();
  return (
    <Tabs defaultValue="details" keepMounted>
      <Tabs.List mb="md">
        <Tabs.Tab value="details">{t('common.details')}</Tabs.Tab>
        <Tabs.Tab value="history">{t('common.history')}</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="details">
        <RecordSnapshot<T> resource={resource} id={id} render={renderForm} />
      </Tabs.Panel>
      <Tabs.Panel value="history">{history}</Tabs.Panel>
    </Tabs>
  );
}
