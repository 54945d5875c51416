import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Page } from '../../../contracts/common';
import type { Task } from '../../../contracts/tasks';
import { api } from '../../app/api-client';
import { QueryError } from '../../ui/query-error';
import { RelatedLink } from './related-record';
import { DueDate, PriorityBadge, TaskKindIcon } from './task-labels';

const shown = 5;

/** The home page's reminder: the open tasks you do, soonest due first. */
export function MyNextTasks() {
  const { t } = useTranslation();
  const tasks = useQuery({
    queryKey: ['tasks', 'list', 'home'],
    queryFn: ({ signal }) => api.get<Page<Task>>('/tasks', { 'filter[mine]': 'todo', sort: 'dueDate', limit: shown }, signal),
  });
  return (
    <Card withBorder padding="lg" data-testid="my-next-tasks">
      <Group justify="space-between" mb="sm">
        <Title order={3}>{t('tasks.homeTitle')}</Title>
        <Anchor size="sm" renderRoot={(props) => <Link to="/tasks" {...props} />}>
          {t('tasks.seeAll')}
        </Anchor>
      </Group>
      {tasks.isError && <QueryError error={tasks.error} onRetry={() => void tasks.refetch()} />}
      {tasks.data?.data.length === 0 && <Text c="dimmed">{t('tasks.empty.todo')}</Text>}
      <Stack gap="xs">
        {tasks.data?.data.map((task) => (
          <Group key={task.id} justify="space-between" wrap="nowrap" gap="sm">
            <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
              <TaskKindIcon kind={task.kind} />
              <Stack gap={0} style={{ minWidth: 0 }}>
                <Anchor size="sm" fw={500} truncate renderRoot={(props) => <Link to="/tasks/$taskId" params={{ taskId: task.id }} {...props} />}>
                  <bdi>{task.subject}</bdi>
                </Anchor>
                <RelatedLink related={task.relatedTo} hideType />
              </Stack>
            </Group>
            <Group gap="sm" wrap="nowrap">
              <PriorityBadge priority={task.priority} />
              <DueDate task={task} />
            </Group>
          </Group>
        ))}
      </Stack>
    </Card>
  );
}
