import { Group, Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Page } from '../../../contracts/common';
import { relatedTypes, type RelatedType } from '../../../contracts/tasks';
import { api } from '../../app/api-client';
import type { ListParams } from '../../app/collections';
import { useCan } from '../../app/session';
import { relatedPermissions, relatedResources, useRelatedLabel, useRelatedName, type AnyRecord } from './related-record';

/** How each picker lists its records: a sort the API knows, and which ones a task may concern. */
const searches: Record<RelatedType, ListParams> = {
  account: { sort: 'name' },
  contact: { sort: 'lastName' },
  lead: { sort: '-createdAt' },
  opportunity: { sort: '-createdAt' },
  quote: { sort: '-createdAt', 'filter[latest]': 'true' },
  order: { sort: '-createdAt' },
  // A closed project takes no new tasks.
  project: { sort: 'name', 'filter[status]': 'active' },
};

type Props = {
  type: RelatedType;
  id: string;
  onTypeChange: (type: RelatedType) => void;
  onIdChange: (id: string) => void;
  error?: ReactNode;
};

/** What a task concerns: the kind of record, then the record, searched on the server. */
export function RelatedPicker({ type, id, onTypeChange, onIdChange, error }: Props) {
  const { t } = useTranslation();
  const can = useCan();
  const types = relatedTypes.filter((candidate) => can(relatedPermissions[candidate]));
  return (
    <Group grow align="flex-start" gap="xs">
      <Select
        label={t('tasks.relatedType')}
        required
        allowDeselect={false}
        data={types.map((value) => ({ value, label: t(`relatedType.${value}`) }))}
        value={type}
        onChange={(value) => {
          if (!value || value === type) return;
          onTypeChange(value as RelatedType);
          onIdChange('');
        }}
      />
      <RecordSearch key={type} type={type} id={id} onChange={onIdChange} error={error} />
    </Group>
  );
}

function RecordSearch({ type, id, onChange, error }: { type: RelatedType; id: string; onChange: (id: string) => void; error?: ReactNode }) {
  const { t } = useTranslation();
  const label = useRelatedLabel();
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search, 250);
  const chosen = useRelatedName(id ? { type, id } : null);
  // The input shows the chosen name; that is not a search, so list the first records then.
  const q = chosen && query === chosen ? '' : query.trim();
  const resource = relatedResources[type];
  const matches = useQuery({
    queryKey: [resource, 'picker', 'related', q],
    queryFn: ({ signal }) => api.get<Page<AnyRecord>>(`/${resource}`, { ...searches[type], q, limit: 20 }, signal),
  });
  const options = new Map<string, string>();
  if (id && chosen) options.set(id, chosen);
  for (const record of matches.data?.data ?? []) options.set(record.id, label(type, record));
  return (
    <Select
      label={t('tasks.relatedRecord')}
      required
      placeholder={t('tasks.relatedPlaceholder')}
      searchable
      clearable
      nothingFoundMessage={t('common.noResults')}
      data={[...options].map(([value, name]) => ({ value, label: name }))}
      value={id || null}
      onChange={(value) => onChange(value ?? '')}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      error={error}
      data-testid="related-record-select"
    />
  );
}
