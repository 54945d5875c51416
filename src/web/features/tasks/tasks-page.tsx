import { Button, Group, SegmentedControl, Select, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { taskKinds, taskPriorities, taskStatuses, type Task } from '../../../contracts/tasks';
import { useCollection, type ListParams } from '../../app/collections';
import { useCan } from '../../app/session';
import { PageHeader } from '../../ui/page-header';
import { RecordDrawer } from '../../ui/record-drawer';
import { sortParam, type Sort } from '../../ui/sort-header';
import { UserSelect } from '../users/user-select';
import { TaskForm } from './task-form';
import { TasksTable, type TaskSortField } from './tasks-table';

export const taskViews = ['todo', 'control', 'overdue', 'all'] as const;
type TaskView = (typeof taskViews)[number];

const viewFilters: Record<TaskView, ListParams> = {
  todo: { 'filter[mine]': 'todo' },
  control: { 'filter[mine]': 'control' },
  overdue: { 'filter[overdue]': 'true' },
  all: {},
};

type Filters = {
  status: string | null;
  priority: string | null;
  kind: string | null;
  assigneeId: string | null;
  dueFrom: string;
  dueTo: string;
  nextActionFrom: string;
  nextActionTo: string;
};

const noFilters: Filters = { status: null, priority: null, kind: null, assigneeId: null, dueFrom: '', dueTo: '', nextActionFrom: '', nextActionTo: '' };

/** The task explorer: quick views of what is yours to do or to control, what is overdue, and any filter. */
export function TasksPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canWrite = useCan()('tasks:write');
  const [view, setView] = useState<TaskView>('todo');
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [filters, setFilters] = useState<Filters>(noFilters);
  const [sort, setSort] = useState<Sort<TaskSortField>>({ field: 'dueDate', descending: false });
  const [creating, setCreating] = useState(false);
  const set = <K extends keyof Filters>(key: K, value: Filters[K]) => setFilters((current) => ({ ...current, [key]: value }));
  const tasks = useCollection<Task>('tasks', {
    ...viewFilters[view],
    q,
    'filter[status]': filters.status,
    'filter[priority]': filters.priority,
    'filter[kind]': filters.kind,
    'filter[assigneeId]': view === 'todo' ? null : filters.assigneeId,
    'filter[dueFrom]': filters.dueFrom,
    'filter[dueTo]': filters.dueTo,
    'filter[nextActionFrom]': filters.nextActionFrom,
    'filter[nextActionTo]': filters.nextActionTo,
    sort: sortParam(sort),
  });
  const filtered = JSON.stringify(filters) !== JSON.stringify(noFilters) || q !== '';

  return (
    <>
      <PageHeader title={t('tasks.title')}>
        {canWrite && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
            {t('tasks.create')}
          </Button>
        )}
      </PageHeader>
      <SegmentedControl
        mb="md"
        value={view}
        onChange={(value) => setView(value as TaskView)}
        data={taskViews.map((value) => ({ value, label: t(`tasks.views.${value}`) }))}
        data-testid="task-views"
      />
      <Group mb="xs" gap="sm" wrap="wrap" align="flex-end">
        <TextInput
          label={t('common.search')}
          placeholder={t('tasks.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          w={240}
        />
        <Select
          label={t('tasks.status')}
          placeholder={view === 'todo' || view === 'control' ? t('tasks.openOnly') : t('tasks.allStatuses')}
          clearable
          value={filters.status}
          onChange={(value) => set('status', value)}
          data={taskStatuses.map((value) => ({ value, label: t(`taskStatus.${value}`) }))}
          w={170}
        />
        <Select
          label={t('tasks.priority')}
          placeholder={t('tasks.allPriorities')}
          clearable
          value={filters.priority}
          onChange={(value) => set('priority', value)}
          data={taskPriorities.map((value) => ({ value, label: t(`taskPriority.${value}`) }))}
          w={150}
        />
        <Select
          label={t('tasks.kind')}
          placeholder={t('tasks.allKinds')}
          clearable
          value={filters.kind}
          onChange={(value) => set('kind', value)}
          data={taskKinds.map((value) => ({ value, label: t(`taskKind.${value}`) }))}
          w={180}
        />
        {view !== 'todo' && (
          <UserSelect label={t('tasks.assignee')} placeholder={t('tasks.anyone')} value={filters.assigneeId} onChange={(value) => set('assigneeId', value)} w={200} />
        )}
      </Group>
      <Group mb="md" gap="sm" wrap="wrap" align="flex-end">
        <TextInput type="date" label={t('tasks.dueFrom')} value={filters.dueFrom} onChange={(event) => set('dueFrom', event.currentTarget.value)} w={160} />
        <TextInput type="date" label={t('tasks.dueTo')} value={filters.dueTo} onChange={(event) => set('dueTo', event.currentTarget.value)} w={160} />
        <TextInput type="date" label={t('tasks.nextActionFrom')} value={filters.nextActionFrom} onChange={(event) => set('nextActionFrom', event.currentTarget.value)} w={160} />
        <TextInput type="date" label={t('tasks.nextActionTo')} value={filters.nextActionTo} onChange={(event) => set('nextActionTo', event.currentTarget.value)} w={160} />
        {filtered && (
          <Button
            variant="subtle"
            onClick={() => {
              setFilters(noFilters);
              setSearch('');
            }}
          >
            {t('common.clear')}
          </Button>
        )}
      </Group>
      <TasksTable tasks={tasks} sort={sort} onSort={setSort} emptyMessage={t(`tasks.empty.${view}`)} />
      <RecordDrawer opened={creating} title={t('tasks.createTitle')} onClose={() => setCreating(false)}>
        {creating && <TaskForm onDone={() => setCreating(false)} onCreated={(task) => void navigate({ to: '/tasks/$taskId', params: { taskId: task.id } })} />}
      </RecordDrawer>
    </>
  );
}
