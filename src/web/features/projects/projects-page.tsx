import { Button, Group, Select, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { projectKinds, projectStatuses, type Project } from '../../../contracts/projects';
import { useCollection } from '../../app/collections';
import { useCan } from '../../app/session';
import { PageHeader } from '../../ui/page-header';
import { RecordDrawer } from '../../ui/record-drawer';
import { sortParam, type Sort } from '../../ui/sort-header';
import { AccountSelect } from '../accounts/account-select';
import { UserSelect } from '../users/user-select';
import { ProjectForm } from './project-form';
import { ProjectsTable, type ProjectSortField } from './projects-table';

export function ProjectsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canWrite = useCan()('projects:write');
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [status, setStatus] = useState<string | null>('active');
  const [kind, setKind] = useState<string | null>(null);
  const [ownerId, setOwnerId] = useState<string | null>(null);
  const [accountId, setAccountId] = useState<string | null>(null);
  const [sort, setSort] = useState<Sort<ProjectSortField>>({ field: 'createdAt', descending: true });
  const [creating, setCreating] = useState(false);
  const projects = useCollection<Project>('projects', {
    q,
    'filter[status]': status,
    'filter[kind]': kind,
    'filter[ownerId]': ownerId,
    'filter[accountId]': accountId,
    sort: sortParam(sort),
  });

  return (
    <>
      <PageHeader title={t('projects.title')}>
        {canWrite && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
            {t('projects.create')}
          </Button>
        )}
      </PageHeader>
      <Group mb="md" gap="sm" wrap="wrap" align="flex-end">
        <TextInput
          label={t('common.search')}
          placeholder={t('projects.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          w={240}
        />
        <Select
          label={t('projects.status')}
          placeholder={t('projects.allStatuses')}
          clearable
          value={status}
          onChange={setStatus}
          data={projectStatuses.map((value) => ({ value, label: t(`projectStatus.${value}`) }))}
          w={160}
        />
        <Select
          label={t('projects.kind')}
          placeholder={t('projects.allKinds')}
          clearable
          value={kind}
          onChange={setKind}
          data={projectKinds.map((value) => ({ value, label: t(`projectKind.${value}`) }))}
          w={160}
        />
        <AccountSelect label={t('projects.account')} placeholder={t('projects.allAccounts')} value={accountId} onChange={setAccountId} w={220} />
        <UserSelect label={t('projects.owner')} placeholder={t('sales.allOwners')} value={ownerId} onChange={setOwnerId} w={200} />
      </Group>
      <ProjectsTable projects={projects} sort={sort} onSort={setSort} />
      <RecordDrawer opened={creating} title={t('projects.createTitle')} onClose={() => setCreating(false)}>
        {creating && <ProjectForm onDone={() => setCreating(false)} onCreated={(project) => void navigate({ to: '/projects/$projectId', params: { projectId: project.id } })} />}
      </RecordDrawer>
    </>
  );
}
