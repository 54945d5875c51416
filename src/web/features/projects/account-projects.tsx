import { Button, Group } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../../contracts/projects';
import { useCollection } from '../../app/collections';
import { useCan } from '../../app/session';
import { RecordDrawer } from '../../ui/record-drawer';
import { sortParam, type Sort } from '../../ui/sort-header';
import { ProjectForm } from './project-form';
import { ProjectsTable, type ProjectSortField } from './projects-table';

/** The account's projects, commercial and delivery, and a way to start one. */
export function AccountProjects({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const canWrite = useCan()('projects:write');
  const [creating, setCreating] = useState(false);
  const [sort, setSort] = useState<Sort<ProjectSortField>>({ field: 'createdAt', descending: true });
  const projects = useCollection<Project>('projects', { 'filter[accountId]': accountId, sort: sortParam(sort) });
  return (
    <>
      {canWrite && (
        <Group justify="flex-end" mb="sm">
          <Button leftSection={<IconPlus size={16} />} variant="light" onClick={() => setCreating(true)}>
            {t('projects.create')}
          </Button>
        </Group>
      )}
      <ProjectsTable projects={projects} sort={sort} onSort={setSort} hideAccount />
      <RecordDrawer opened={creating} title={t('projects.createTitle')} onClose={() => setCreating(false)}>
        {creating && <ProjectForm accountId={accountId} onDone={() => setCreating(false)} />}
      </RecordDrawer>
    </>
  );
}
