import { Anchor, Badge, Group, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../../contracts/projects';
import { recordQuery } from '../../app/collections';
import { useFormat } from '../../app/i18n/format';
import { CenteredLoader } from '../../ui/centered-loader';
import { DetailGrid } from '../../ui/detail-grid';
import { QueryError } from '../../ui/query-error';
import { AccountLink } from '../accounts/account-name';
import { RecordTimeline } from '../audit/record-timeline';
import { RecordTasks } from '../tasks/record-tasks';
import { TimeDiary } from '../time/time-diary';
import { UserName } from '../users/user-name';
import { ProjectActions } from './project-actions';
import { ProjectStatusBadge, TaskCountBadges } from './project-labels';

export function ProjectPage() {
  const { projectId } = useParams({ from: '/app/projects/$projectId' });
  const { t } = useTranslation();
  const project = useQuery(recordQuery<Project>('projects', projectId));
  if (project.isPending) return <CenteredLoader />;
  if (project.isError) return <QueryError error={project.error} onRetry={() => void project.refetch()} />;
  return (
    <Stack gap="lg" maw={1300}>
      <Anchor size="sm" renderRoot={(props) => <Link to="/projects" {...props} />}>
        {t('projects.backToList')}
      </Anchor>
      <ProjectView project={project.data} />
    </Stack>
  );
}

function ProjectView({ project }: { project: Project }) {
  const { t } = useTranslation();
  const format = useFormat();
  const closed = project.closedAt ? format.dateTime(project.closedAt) : '';
  return (
    <>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={6}>
          <Group gap="sm">
            <Title order={2} data-testid="project-name">
              <bdi>{project.name}</bdi>
            </Title>
            <ProjectStatusBadge status={project.status} testId="project-status" />
            <Badge variant="outline" color="gray">
              {t(`projectKind.${project.kind}`)}
            </Badge>
          </Group>
          <TaskCountBadges counts={project.taskCounts} testId="project-task-counts" />
        </Stack>
        <ProjectActions project={project} />
      </Group>
      <Paper withBorder p="lg">
        <DetailGrid
          cols={4}
          details={[
            { label: t('projects.account'), value: <AccountLink id={project.accountId} /> },
            { label: t('projects.owner'), value: <Text><UserName id={project.ownerId} /></Text> },
            { label: t('projects.plannedStart'), value: project.plannedStart ? format.day(project.plannedStart) : '' },
            { label: t('projects.plannedEnd'), value: project.plannedEnd ? format.day(project.plannedEnd) : '' },
            ...(project.status !== 'active' ? [{ label: t(project.status === 'completed' ? 'projects.completedAt' : 'projects.cancelledAt'), value: closed }] : []),
            { label: t('projects.description'), value: project.description, wide: true },
          ]}
        />
      </Paper>
      <Tabs defaultValue="tasks" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="tasks">{t('projects.tasks')}</Tabs.Tab>
          <Tabs.Tab value="time">{t('time.title')}</Tabs.Tab>
          <Tabs.Tab value="history">{t('common.history')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="tasks">
          <RecordTasks related={{ type: 'project', id: project.id }} scope="project" closed={project.status !== 'active'} />
        </Tabs.Panel>
        <Tabs.Panel value="time">
          <TimeDiary filter={{ 'filter[projectId]': project.id }} />
        </Tabs.Panel>
        <Tabs.Panel value="history">
          <Paper withBorder p="lg">
            <RecordTimeline resource="projects" id={project.id} />
          </Paper>
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
