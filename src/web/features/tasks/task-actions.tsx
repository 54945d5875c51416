import { Button, Group } from '@mantine/core';
import { IconArrowBackUp, IconBan, IconCircleCheck, IconPencil, IconPlayerPlay } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Task } from '../../../contracts/tasks';
import { useRecordAction } from '../../app/record-actions';
import { useCan } from '../../app/session';
import { notifyDone, notifyProblem } from '../../ui/notify';
import { RecordDrawer } from '../../ui/record-drawer';
import { RecordSnapshot } from '../../ui/record-snapshot';
import { TaskActionModal, type NoteAction } from './task-action-modal';
import { TaskForm } from './task-form';
import { taskRefreshes } from './task-refreshes';

/** Start, complete, cancel and edit an open task; reopen a closed one. */
export function TaskActions({ task }: { task: Task }) {
  const { t } = useTranslation();
  const canWrite = useCan()('tasks:write');
  const [dialog, setDialog] = useState<NoteAction | null>(null);
  const [editing, setEditing] = useState(false);
  const run = useRecordAction<Task>('tasks', taskRefreshes);
  if (!canWrite) return null;
  const open = task.status === 'pending' || task.status === 'in_progress';
  const simple = (action: 'start' | 'reopen', done: string) =>
    run.mutate({ target: task, action }, { onSuccess: () => notifyDone(done), onError: (error) => notifyProblem(error, t) });
  const busy = (action: string) => run.isPending && run.variables.action === action;

  return (
    <Group gap="xs">
      {task.status === 'pending' && (
        <Button variant="light" leftSection={<IconPlayerPlay size={16} />} loading={busy('start')} onClick={() => simple('start', t('tasks.started'))}>
          {t('tasks.start')}
        </Button>
      )}
      {open && (
        <>
          <Button color="teal" leftSection={<IconCircleCheck size={16} />} onClick={() => setDialog('complete')}>
            {t('tasks.complete')}
          </Button>
          <Button color="red" variant="light" leftSection={<IconBan size={16} />} onClick={() => setDialog('cancel')}>
            {t('tasks.cancelTask')}
          </Button>
          <Button variant="default" leftSection={<IconPencil size={16} />} onClick={() => setEditing(true)}>
            {t('common.edit')}
          </Button>
        </>
      )}
      {!open && (
        <Button variant="light" leftSection={<IconArrowBackUp size={16} />} loading={busy('reopen')} onClick={() => simple('reopen', t('tasks.reopened'))}>
          {t('tasks.reopen')}
        </Button>
      )}
      <TaskActionModal task={task} action={dialog} onClose={() => setDialog(null)} />
      <RecordDrawer opened={editing} title={t('tasks.editTitle')} onClose={() => setEditing(false)}>
        {editing && (
          <RecordSnapshot<Task> resource="tasks" id={task.id} render={(snapshot, stale) => <TaskForm task={snapshot} onDone={() => setEditing(false)} stale={stale} />} />
        )}
      </RecordDrawer>
    </Group>
  );
}
