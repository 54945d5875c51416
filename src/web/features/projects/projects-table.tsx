import { Anchor, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../../contracts/projects';
import type { CursorPages } from '../../app/collections';
import { useFormat } from '../../app/i18n/format';
import { RecordTable, type Column } from '../../ui/record-table';
import type { Sort } from '../../ui/sort-header';
import { AccountLink } from '../accounts/account-name';
import { UserName } from '../users/user-name';
import { ProjectStatusBadge, TaskCountBadges } from './project-labels';

export type ProjectSortField = 'name' | 'createdAt';

type Props = { projects: CursorPages<Project>; sort?: Sort<ProjectSortField>; onSort?: (sort: Sort<ProjectSortField>) => void; hideAccount?: boolean };

export function ProjectsTable({ projects, sort, onSort, hideAccount }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const day = (value: string | null) => (value ? format.day(value) : <Text span c="dimmed" size="sm">{t('common.none')}</Text>);
  const columns: Column<Project, ProjectSortField>[] = [
    {
      key: 'name',
      label: t('projects.name'),
      sortField: 'name',
      cell: (project) => (
        <Anchor fw={500} size="sm" renderRoot={(props) => <Link to="/projects/$projectId" params={{ projectId: project.id }} {...props} />}>
          <bdi>{project.name}</bdi>
        </Anchor>
      ),
    },
    { key: 'account', label: t('projects.account'), hidden: hideAccount, cell: (project) => <AccountLink id={project.accountId} size="sm" /> },
    { key: 'kind', label: t('projects.kind'), cell: (project) => t(`projectKind.${project.kind}`) },
    { key: 'owner', label: t('projects.owner'), cell: (project) => <Text size="sm"><UserName id={project.ownerId} /></Text> },
    { key: 'start', label: t('projects.plannedStart'), nowrap: true, cell: (project) => day(project.plannedStart) },
    { key: 'end', label: t('projects.plannedEnd'), nowrap: true, cell: (project) => day(project.plannedEnd) },
    { key: 'status', label: t('projects.status'), cell: (project) => <ProjectStatusBadge status={project.status} /> },
    { key: 'tasks', label: t('projects.tasks'), cell: (project) => <TaskCountBadges counts={project.taskCounts} /> },
    { key: 'created', label: t('sales.created'), sortField: 'createdAt', nowrap: true, cell: (project) => format.dateTime(project.createdAt) },
  ];
  return <RecordTable rows={projects} columns={columns} minWidth={1100} testId="projects-table" rowTestId="project-row" sort={sort} onSort={onSort} emptyMessage={t('projects.empty')} />;
}
