import { Alert, Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconBan, IconCircleCheck, IconClockPlus, IconRepeat } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../../contracts/projects';
import type { Task } from '../../../contracts/tasks';
import { recordQuery } from '../../app/collections';
import { useFormat } from '../../app/i18n/format';
import { useCan } from '../../app/session';
import { CenteredLoader } from '../../ui/centered-loader';
import { DetailGrid, type Detail } from '../../ui/detail-grid';
import { QueryError } from '../../ui/query-error';
import { AccountLink } from '../accounts/account-name';
import { RecordTimeline } from '../audit/record-timeline';
import { LogTimeModal } from '../time/log-time-modal';
import { TimeDiary } from '../time/time-diary';
import { formatMinutes } from '../time/time-format';
import { UserName } from '../users/user-name';
import { RelatedLink } from './related-record';
import { TaskActions } from './task-actions';
import { PriorityBadge, TaskKindLabel, TaskStatusBadge } from './task-labels';
import { recurrenceText } from './task-recurrence';
import { useTaskTypes } from './tasks-data';

export function TaskPage() {
  const { taskId } = useParams({ from: '/app/tasks/$taskId' });
  const { t } = useTranslation();
  const task = useQuery(recordQuery<Task>('tasks', taskId));
  if (task.isPending) return <CenteredLoader />;
  if (task.isError) return <QueryError error={task.error} onRetry={() => void task.refetch()} />;
  return (
    <Stack gap="lg" maw={1200}>
      <Anchor size="sm" renderRoot={(props) => <Link to="/tasks" {...props} />}>
        {t('tasks.backToList')}
      </Anchor>
      <TaskView key={task.data.id} task={task.data} />
    </Stack>
  );
}

function TaskView({ task }: { task: Task }) {
  const { t } = useTranslation();
  const canWrite = useCan()('tasks:write');
  const [logging, setLogging] = useState(false);
  return (
    <>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={6}>
          <Group gap="sm">
            <Title order={2} data-testid="task-subject">
              <bdi>{task.subject}</bdi>
            </Title>
            <TaskStatusBadge status={task.status} testId="task-status" />
            <PriorityBadge priority={task.priority} />
          </Group>
          <RelatedLink related={task.relatedTo} />
        </Stack>
        <TaskActions task={task} />
      </Group>
      <TaskOutcome task={task} />
      <Paper withBorder p="lg">
        <TaskDetails task={task} />
      </Paper>
      <Paper withBorder p="lg">
        <Title order={4} mb="md">
          {t('time.title')}
        </Title>
        <TimeDiary
          filter={{ 'filter[taskId]': task.id }}
          hideTask
          compact
          actions={
            canWrite && (
              <Button variant="light" leftSection={<IconClockPlus size={16} />} onClick={() => setLogging(true)}>
                {t('time.log')}
              </Button>
            )
          }
        />
        <LogTimeModal taskId={task.id} opened={logging} onClose={() => setLogging(false)} />
      </Paper>
      <Paper withBorder p="lg">
        <Title order={4} mb="md">
          {t('common.history')}
        </Title>
        <RecordTimeline resource="tasks" id={task.id} />
      </Paper>
    </>
  );
}

function ProjectLink({ id }: { id: string }) {
  const project = useQuery({ ...recordQuery<Project>('projects', id), staleTime: 60_000 });
  return (
    <Anchor renderRoot={(props) => <Link to="/projects/$projectId" params={{ projectId: id }} {...props} />}>
      <bdi>{project.data?.name ?? '…'}</bdi>
    </Anchor>
  );
}

function TaskDetails({ task }: { task: Task }) {
  const { t } = useTranslation();
  const format = useFormat();
  const types = useTaskTypes();
  const type = types.data?.find((item) => item.id === task.taskTypeId);
  const person = (id: string | null) => id && <Text><UserName id={id} /></Text>;
  const details: Detail[] = [
    { label: t('tasks.kind'), value: <TaskKindLabel kind={task.kind} /> },
    { label: t('tasks.type'), value: type?.name ?? '' },
    // The header names the related record; its account and project are shown when they are others.
    ...(task.accountId && task.relatedTo.type !== 'account' ? [{ label: t('tasks.account'), value: <AccountLink id={task.accountId} /> }] : []),
    ...(task.projectId && task.relatedTo.type !== 'project' ? [{ label: t('tasks.project'), value: <ProjectLink id={task.projectId} /> }] : []),
    { label: t('tasks.assignee'), value: person(task.assigneeId) },
    { label: t('tasks.controller'), value: person(task.controllerId) },
    { label: t('tasks.createdBy'), value: task.createdById ? person(task.createdById) : t('tasks.createdBySystem') },
    {
      label: t('tasks.dueDate'),
      value: task.dueDate && (
        <Text c={task.overdue ? 'red' : undefined} fw={task.overdue ? 600 : undefined} data-testid="task-due">
          {task.overdue ? t('tasks.overdueOn', { date: format.day(task.dueDate) }) : format.day(task.dueDate)}
        </Text>
      ),
    },
    { label: t('tasks.nextActionDate'), value: task.nextActionDate ? format.day(task.nextActionDate) : '' },
    { label: t('tasks.duration'), value: task.durationMinutes !== null ? formatMinutes(task.durationMinutes, format.locale) : '' },
    {
      label: t('tasks.recurrence'),
      value: task.recurrence && (
        <Group gap={6}>
          <IconRepeat size={16} aria-hidden />
          <Text>{recurrenceText(t, task.recurrence, format.number)}</Text>
        </Group>
      ),
    },
    { label: t('sales.created'), value: format.dateTime(task.createdAt) },
    ...(task.startedAt ? [{ label: t('tasks.startedAt'), value: format.dateTime(task.startedAt) }] : []),
    { label: t('tasks.notes'), value: task.notes, wide: true },
  ];
  return <DetailGrid cols={4} details={details} />;
}

/** How a closed task ended, and the occurrences before and after a recurring one. */
function TaskOutcome({ task }: { task: Task }) {
  const { t } = useTranslation();
  const format = useFormat();
  const occurrenceLink = (id: string, label: string, testId: string) => (
    <Anchor renderRoot={(props) => <Link to="/tasks/$taskId" params={{ taskId: id }} {...props} />} data-testid={testId}>
      {label}
    </Anchor>
  );
  const previous = task.previousOccurrenceId && occurrenceLink(task.previousOccurrenceId, t('tasks.previousOccurrence'), 'task-previous');
  if (task.status === 'done') {
    return (
      <Alert color="teal" icon={<IconCircleCheck size={18} />} title={t('tasks.doneOn', { date: task.completedAt ? format.dateTime(task.completedAt) : '' })} data-testid="task-outcome">
        <Stack gap={6}>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {task.outcome || t('tasks.noOutcome')}
          </Text>
          <Group gap="lg">
            {task.nextOccurrenceId && occurrenceLink(task.nextOccurrenceId, t('tasks.nextOccurrence'), 'task-next')}
            {previous}
          </Group>
        </Stack>
      </Alert>
    );
  }
  if (task.status === 'cancelled') {
    return (
      <Alert color="gray" icon={<IconBan size={18} />} title={t('tasks.cancelledOn', { date: task.cancelledAt ? format.dateTime(task.cancelledAt) : '' })} data-testid="task-outcome">
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {task.cancelReason || t('quotes.noReason')}
        </Text>
      </Alert>
    );
  }
  return previous ? <Group>{previous}</Group> : null;
}
