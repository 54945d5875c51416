import { Button, Group, Select, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { leadSources, leadStatuses, type Lead } from '../../../contracts/leads';
import { useCollection } from '../../app/collections';
import { useCan } from '../../app/session';
import { PageHeader } from '../../ui/page-header';
import { RecordDrawer } from '../../ui/record-drawer';
import { LeadForm } from './lead-form';
import { LeadsTable } from './leads-table';

type Converted = 'true' | 'false';

export function LeadsPage() {
  const { t } = useTranslation();
  const canWrite = useCan()('leads:write');
  const navigate = useNavigate();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [status, setStatus] = useState<string | null>(null);
  const [source, setSource] = useState<string | null>(null);
  const [converted, setConverted] = useState<Converted | null>('false');
  const [creating, setCreating] = useState(false);
  const leads = useCollection<Lead>('leads', {
    q,
    'filter[status]': status,
    'filter[source]': source,
    'filter[converted]': converted,
    sort: '-createdAt',
  });

  return (
    <>
      <PageHeader title={t('leads.title')}>
        {canWrite && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
            {t('leads.create')}
          </Button>
        )}
      </PageHeader>
      <Group mb="md" gap="sm" wrap="wrap" align="flex-end">
        <TextInput
          label={t('common.search')}
          placeholder={t('leads.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          w={280}
        />
        <Select
          label={t('leads.status')}
          placeholder={t('leads.allStatuses')}
          clearable
          value={status}
          onChange={setStatus}
          data={leadStatuses.map((value) => ({ value, label: t(`leadStatus.${value}`) }))}
          w={180}
        />
        <Select
          label={t('leads.source')}
          placeholder={t('leads.allSources')}
          clearable
          value={source}
          onChange={setSource}
          data={leadSources.map((value) => ({ value, label: t(`leadSource.${value}`) }))}
          w={180}
        />
        <Select
          label={t('leads.conversion')}
          placeholder={t('leads.allLeads')}
          clearable
          value={converted}
          onChange={(value) => setConverted(value === 'true' || value === 'false' ? value : null)}
          data={[
            { value: 'false', label: t('leads.notConverted') },
            { value: 'true', label: t('leads.converted') },
          ]}
          w={180}
        />
      </Group>
      <LeadsTable leads={leads} />
      <RecordDrawer opened={creating} title={t('leads.createTitle')} onClose={() => setCreating(false)}>
        {creating && (
          <LeadForm
            onDone={() => setCreating(false)}
            onCreated={(lead) => void navigate({ to: '/leads/$leadId', params: { leadId: lead.id } })}
          />
        )}
      </RecordDrawer>
    </>
  );
}
