import { Input, NumberInput, Select, SimpleGrid, Stack, Switch, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { createTaskBody, recurrenceUnits, taskKinds, taskPriorities, updateTaskBody, type RelatedTo, type Task, type TaskType } from '../../../contracts/tasks';
import { useSaveRecord } from '../../app/record-mutations';
import { FormActions } from '../../ui/forms/form-actions';
import { FormFields } from '../../ui/forms/form-fields';
import { FormProblem } from '../../ui/forms/form-problem';
import { useRecordSubmit } from '../../ui/forms/use-record-submit';
import { zodValidate } from '../../ui/forms/zod-validate';
import type { StaleHandlers } from '../../ui/record-snapshot';
import { UserSelect } from '../users/user-select';
import { RelatedLink } from './related-record';
import { RelatedPicker } from './related-picker';
import { createTaskBodyOf, newTaskValues, taskValues, updateTaskBodyOf, withType, type TaskValues } from './task-form-values';
import { useTaskTypes } from './tasks-data';
import { TaskTypeHint } from './task-type-hint';

type Props = {
  /** The task to edit; without it the form creates one. */
  task?: Task;
  /** A new task for this record (its page's "New task"): the record is fixed. */
  related?: RelatedTo;
  /** A new task of this type (a playbook step). */
  initialType?: TaskType;
  onDone: () => void;
  onCreated?: (task: Task) => void;
  stale?: StaleHandlers;
};

export function TaskForm({ task, related, initialType, onDone, onCreated, stale }: Props) {
  const { t } = useTranslation();
  const types = useTaskTypes();
  const toBody = task ? updateTaskBodyOf : createTaskBodyOf;
  const form = useForm<TaskValues>({
    initialValues: task ? taskValues(task) : newTaskValues(related ?? null, initialType ?? null),
    validate: zodValidate(task ? updateTaskBody : createTaskBody, toBody),
  });
  const save = useSaveRecord<Task>('tasks', task ?? null, ['projects', 'opportunities']);
  const { onSubmit, problem } = useRecordSubmit(form, toBody, {
    save: save.mutateAsync,
    successMessage: task ? t('tasks.saved') : t('tasks.created'),
    onSaved: (saved) => {
      onDone();
      if (!task) onCreated?.(saved);
    },
    onStale: stale?.onStale,
  });
  const values = form.values;
  const type = types.data?.find((candidate) => candidate.id === values.taskTypeId) ?? initialType ?? null;
  const chooseType = (id: string | null) => {
    const chosen = types.data?.find((candidate) => candidate.id === id);
    form.setValues(chosen ? withType(form.getValues(), chosen) : { taskTypeId: null });
  };

  return (
    <form onSubmit={onSubmit} noValidate data-testid="task-form">
      <Stack>
        <FormProblem problem={problem} onReload={stale?.onReload} />
        <FormFields>
          {!task && (
            <SimpleGrid cols={{ base: 1, xs: 2 }}>
              <Select
                label={t('tasks.type')}
                placeholder={t('tasks.noType')}
                searchable
                clearable
                data={(types.data ?? []).map((item) => ({ value: item.id, label: item.name }))}
                value={values.taskTypeId}
                onChange={chooseType}
              />
              <Select
                label={t('tasks.kind')}
                required
                disabled={type !== null}
                placeholder={t('tasks.chooseKind')}
                allowDeselect={false}
                data={taskKinds.map((value) => ({ value, label: t(`taskKind.${value}`) }))}
                {...form.getInputProps('kind')}
              />
            </SimpleGrid>
          )}
          {!task && type && <TaskTypeHint type={type} related={values.relatedTo.id ? values.relatedTo : null} assigneeChosen={Boolean(values.assigneeId)} />}
          <TextInput label={t('tasks.subject')} required {...form.getInputProps('subject')} />
          {task || related ? (
            <Input.Wrapper label={t('tasks.relatedRecord')}>
              <RelatedLink related={task?.relatedTo ?? values.relatedTo} />
            </Input.Wrapper>
          ) : (
            <RelatedPicker
              type={values.relatedTo.type}
              id={values.relatedTo.id}
              onTypeChange={(value) => form.setFieldValue('relatedTo.type', value)}
              onIdChange={(value) => form.setFieldValue('relatedTo.id', value)}
              error={form.errors['relatedTo.id']}
            />
          )}
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <UserSelect
              label={t('tasks.assignee')}
              placeholder={type && type.assignmentRule !== 'none' ? t('tasks.assigneeByRule') : t('tasks.me')}
              {...form.getInputProps('assigneeId')}
            />
            <UserSelect label={t('tasks.controller')} placeholder={t('tasks.me')} {...form.getInputProps('controllerId')} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <Select
              label={t('tasks.priority')}
              required
              allowDeselect={false}
              data={taskPriorities.map((value) => ({ value, label: t(`taskPriority.${value}`) }))}
              {...form.getInputProps('priority')}
            />
            <NumberInput
              label={t('tasks.duration')}
              rightSection={<Text size="xs" c="dimmed">{t('tasks.minutesShort')}</Text>}
              rightSectionWidth={60}
              hideControls
              min={1}
              max={10_080}
              allowDecimal={false}
              allowNegative={false}
              {...form.getInputProps('durationMinutes')}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <TextInput type="date" label={t('tasks.dueDate')} description={t('tasks.dueHint')} {...form.getInputProps('dueDate')} />
            <TextInput type="date" label={t('tasks.nextActionDate')} description={t('tasks.nextActionHint')} {...form.getInputProps('nextActionDate')} />
          </SimpleGrid>
          <Textarea label={t('tasks.notes')} autosize minRows={3} maxRows={10} {...form.getInputProps('notes')} />
          <Switch label={t('tasks.repeats')} description={t('tasks.repeatsHint')} {...form.getInputProps('repeats', { type: 'checkbox' })} />
          {values.repeats && (
            <SimpleGrid cols={{ base: 1, xs: 2 }}>
              <NumberInput label={t('tasks.every')} required min={1} max={366} allowDecimal={false} allowNegative={false} {...form.getInputProps('recurrence.every')} />
              <Select
                label={t('tasks.unit')}
                required
                allowDeselect={false}
                data={recurrenceUnits.map((value) => ({ value, label: t(`recurrenceUnit.${value}`) }))}
                {...form.getInputProps('recurrence.unit')}
              />
            </SimpleGrid>
          )}
        </FormFields>
        <FormActions submitting={form.submitting} onCancel={onDone} />
      </Stack>
    </form>
  );
}
