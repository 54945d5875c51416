import { Button, Group, Select } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { taskStatuses, type RelatedTo, type Task } from '../../../contracts/tasks';
import { useCollection, type ListParams } from '../../app/collections';
import { useCan } from '../../app/session';
import { RecordDrawer } from '../../ui/record-drawer';
import { sortParam, type Sort } from '../../ui/sort-header';
import { TaskForm } from './task-form';
import { TasksTable, type TaskSortField } from './tasks-table';

type Props = {
  /** The record whose page this is: new tasks concern it. */
  related: RelatedTo;
  /** An account lists the tasks on it and on anything of it (contacts, deals, quotes…); a project, all of its tasks. */
  scope?: 'record' | 'account' | 'project';
  /** A closed project takes no new tasks. */
  closed?: boolean;
};

const scopeFilter = (related: RelatedTo, scope: Props['scope']): ListParams => {
  if (scope === 'account') return { 'filter[accountId]': related.id };
  if (scope === 'project') return { 'filter[projectId]': related.id };
  return { 'filter[relatedType]': related.type, 'filter[relatedId]': related.id };
};

/** A record's tasks, and a way to add one for it. */
export function RecordTasks({ related, scope = 'record', closed }: Props) {
  const { t } = useTranslation();
  const canWrite = useCan()('tasks:write');
  const [status, setStatus] = useState<string | null>(null);
  const [sort, setSort] = useState<Sort<TaskSortField>>({ field: 'dueDate', descending: false });
  const [creating, setCreating] = useState(false);
  const tasks = useCollection<Task>('tasks', { ...scopeFilter(related, scope), 'filter[status]': status, sort: sortParam(sort) });
  return (
    <>
      <Group justify="space-between" mb="sm" align="flex-end">
        <Select
          label={t('tasks.status')}
          placeholder={t('tasks.allStatuses')}
          clearable
          value={status}
          onChange={setStatus}
          data={taskStatuses.map((value) => ({ value, label: t(`taskStatus.${value}`) }))}
          w={180}
        />
        {canWrite && !closed && (
          <Button leftSection={<IconPlus size={16} />} variant="light" onClick={() => setCreating(true)}>
            {t('tasks.create')}
          </Button>
        )}
      </Group>
      <TasksTable tasks={tasks} sort={sort} onSort={setSort} hideRelated={scope !== 'account'} emptyMessage={t('tasks.noneForRecord')} />
      <RecordDrawer opened={creating} title={t('tasks.createTitle')} onClose={() => setCreating(false)}>
        {creating && <TaskForm related={related} onDone={() => setCreating(false)} />}
      </RecordDrawer>
    </>
  );
}
