import { Anchor, Group, Text } from '@mantine/core';
import { IconRepeat } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Task } from '../../../contracts/tasks';
import type { CursorPages } from '../../app/collections';
import { useFormat } from '../../app/i18n/format';
import { RecordTable, type Column } from '../../ui/record-table';
import type { Sort } from '../../ui/sort-header';
import { isoDay } from '../time/time-format';
import { UserName } from '../users/user-name';
import { RelatedLink } from './related-record';
import { DueDate, PriorityBadge, TaskKindIcon, TaskStatusBadge } from './task-labels';

export type TaskSortField = 'dueDate' | 'nextActionDate' | 'priority' | 'createdAt';

type Props = {
  tasks: CursorPages<Task>;
  sort?: Sort<TaskSortField>;
  onSort?: (sort: Sort<TaskSortField>) => void;
  /** On a record's own page its tasks all concern it (or, on an account, show which of its records). */
  hideRelated?: boolean;
  emptyMessage?: string;
};

export function TasksTable({ tasks, sort, onSort, hideRelated, emptyMessage }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const columns: Column<Task, TaskSortField>[] = [
    {
      key: 'subject',
      label: t('tasks.subject'),
      th: { miw: 220 },
      cell: (task) => (
        <Group gap={6} wrap="nowrap">
          <Anchor fw={500} size="sm" renderRoot={(props) => <Link to="/tasks/$taskId" params={{ taskId: task.id }} {...props} />}>
            <bdi>{task.subject}</bdi>
          </Anchor>
          {task.recurrence && <IconRepeat size={14} aria-label={t('tasks.recurring')} style={{ flexShrink: 0 }} />}
        </Group>
      ),
    },
    { key: 'kind', label: t('tasks.kind'), th: { w: 60 }, cell: (task) => <TaskKindIcon kind={task.kind} /> },
    { key: 'related', label: t('tasks.relatedRecord'), hidden: hideRelated, th: { miw: 150 }, cell: (task) => <RelatedLink related={task.relatedTo} stacked /> },
    { key: 'assignee', label: t('tasks.assignee'), cell: (task) => <Text size="sm"><UserName id={task.assigneeId} /></Text> },
    { key: 'controller', label: t('tasks.controller'), cell: (task) => <Text size="sm"><UserName id={task.controllerId} /></Text> },
    { key: 'priority', label: t('tasks.priority'), sortField: 'priority', cell: (task) => <PriorityBadge priority={task.priority} /> },
    { key: 'status', label: t('tasks.status'), cell: (task) => <TaskStatusBadge status={task.status} /> },
    { key: 'due', label: t('tasks.dueDate'), sortField: 'dueDate', nowrap: true, cell: (task) => <DueDate task={task} /> },
    {
      key: 'nextAction',
      label: t('tasks.nextActionDate'),
      sortField: 'nextActionDate',
      nowrap: true,
      cell: (task) => (task.nextActionDate ? format.day(task.nextActionDate) : <Text span c="dimmed" size="sm">{t('common.none')}</Text>),
    },
    { key: 'created', label: t('sales.created'), sortField: 'createdAt', nowrap: true, cell: (task) => format.day(isoDay(new Date(task.createdAt))) },
  ];
  return (
    <RecordTable rows={tasks} columns={columns} minWidth={hideRelated ? 980 : 1120} testId="tasks-table" rowTestId="task-row" sort={sort} onSort={onSort} emptyMessage={emptyMessage} />
  );
}
