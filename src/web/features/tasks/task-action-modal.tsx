import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { cancelTaskBody, completeTaskBody, type Task } from '../../../contracts/tasks';
import { useRecordAction } from '../../app/record-actions';
import { FormProblem } from '../../ui/forms/form-problem';
import { useRecordSubmit } from '../../ui/forms/use-record-submit';
import { zodValidate } from '../../ui/forms/zod-validate';
import { taskRefreshes } from './task-refreshes';

export type NoteAction = 'complete' | 'cancel';

type Props = { task: Task; action: NoteAction | null; onClose: () => void };

/** Complete (with the outcome) or cancel (with the reason) a task. */
export function TaskActionModal({ task, action, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={action !== null} onClose={onClose} title={action === 'cancel' ? t('tasks.cancelTitle') : t('tasks.completeTitle')} centered>
      {action && <NoteForm key={action} task={task} action={action} onClose={onClose} />}
    </Modal>
  );
}

type Values = { note: string };

function NoteForm({ task, action, onClose }: { task: Task; action: NoteAction; onClose: () => void }) {
  const { t } = useTranslation();
  const toBody = (values: Values) => (action === 'complete' ? { outcome: values.note.trim() } : { reason: values.note.trim() });
  const form = useForm<Values>({ initialValues: { note: '' }, validate: zodValidate(action === 'complete' ? completeTaskBody : cancelTaskBody, toBody) });
  const run = useRecordAction<Task>('tasks', taskRefreshes);
  const { onSubmit, problem } = useRecordSubmit(form, toBody, {
    save: (body) => run.mutateAsync({ target: task, action, body }),
    successMessage: action === 'complete' ? t('tasks.completed') : t('tasks.cancelled'),
    onSaved: onClose,
  });
  return (
    <form onSubmit={onSubmit} noValidate data-testid={`task-${action}-form`}>
      <Stack>
        <FormProblem problem={problem} />
        {action === 'complete' && task.recurrence && <Text size="sm" c="dimmed">{t('tasks.nextOccurrenceWillBeCreated')}</Text>}
        <Textarea
          label={action === 'complete' ? t('tasks.outcome') : t('tasks.cancelReason')}
          autosize
          minRows={3}
          data-autofocus
          {...form.getInputProps('note')}
          error={form.errors.outcome ?? form.errors.reason ?? form.errors.note}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color={action === 'cancel' ? 'red' : 'teal'} loading={form.submitting}>
            {action === 'complete' ? t('tasks.complete') : t('tasks.cancelTask')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
