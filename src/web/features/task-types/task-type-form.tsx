import { NumberInput, Radio, Select, SimpleGrid, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { assignmentRules, createTaskTypeBody, recurrenceUnits, taskKinds, taskPriorities, updateTaskTypeBody, type AssignmentRule, type TaskKind, type TaskPriority, type TaskType } from '../../../contracts/tasks';
import { useSaveRecord } from '../../app/record-mutations';
import { FormActions } from '../../ui/forms/form-actions';
import { FormFields } from '../../ui/forms/form-fields';
import { FormProblem } from '../../ui/forms/form-problem';
import { useRecordSubmit } from '../../ui/forms/use-record-submit';
import { zodValidate } from '../../ui/forms/zod-validate';
import type { StaleHandlers } from '../../ui/record-snapshot';
import type { RecurrenceUnit } from '../tasks/task-recurrence';
import { UserSelect } from '../users/user-select';

type Values = {
  name: string;
  kind: TaskKind;
  defaultPriority: TaskPriority;
  defaultDurationMinutes: number | string;
  defaultControllerId: string | null;
  assignmentRule: AssignmentRule;
  repeats: boolean;
  recurrence: { every: number | string; unit: RecurrenceUnit };
};

type Props = { taskType?: TaskType; readOnly?: boolean; onDone: () => void; stale?: StaleHandlers };

function toBody(values: Values) {
  return {
    name: values.name.trim(),
    kind: values.kind,
    defaultPriority: values.defaultPriority,
    defaultDurationMinutes: values.defaultDurationMinutes === '' ? null : Number(values.defaultDurationMinutes),
    defaultControllerId: values.defaultControllerId,
    assignmentRule: values.assignmentRule,
    recurrence: values.repeats ? { every: Number(values.recurrence.every), unit: values.recurrence.unit } : null,
  };
}

export function TaskTypeForm({ taskType, readOnly, onDone, stale }: Props) {
  const { t } = useTranslation();
  const form = useForm<Values>({
    initialValues: {
      name: taskType?.name ?? '',
      kind: taskType?.kind ?? 'call',
      defaultPriority: taskType?.defaultPriority ?? 'normal',
      defaultDurationMinutes: taskType?.defaultDurationMinutes ?? '',
      defaultControllerId: taskType?.defaultControllerId ?? null,
      assignmentRule: taskType?.assignmentRule ?? 'none',
      repeats: Boolean(taskType?.recurrence),
      recurrence: taskType?.recurrence ?? { every: 3, unit: 'month' },
    },
    validate: zodValidate(taskType ? updateTaskTypeBody : createTaskTypeBody, toBody),
  });
  const save = useSaveRecord<TaskType>('task-types', taskType ?? null);
  const { onSubmit, problem } = useRecordSubmit(form, toBody, {
    save: save.mutateAsync,
    successMessage: taskType ? t('taskTypes.saved') : t('taskTypes.created'),
    onSaved: onDone,
    onStale: stale?.onStale,
  });
  return (
    <form onSubmit={onSubmit} noValidate data-testid="task-type-form">
      <Stack>
        <FormProblem problem={problem} onReload={stale?.onReload} />
        <FormFields readOnly={readOnly}>
          <TextInput label={t('taskTypes.name')} description={t('taskTypes.nameHint')} required {...form.getInputProps('name')} />
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <Select
              label={t('taskTypes.kind')}
              required
              allowDeselect={false}
              data={taskKinds.map((value) => ({ value, label: t(`taskKind.${value}`) }))}
              {...form.getInputProps('kind')}
            />
            <Select
              label={t('taskTypes.defaultPriority')}
              required
              allowDeselect={false}
              data={taskPriorities.map((value) => ({ value, label: t(`taskPriority.${value}`) }))}
              {...form.getInputProps('defaultPriority')}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <NumberInput
              label={t('taskTypes.duration')}
              description={t('tasks.durationHint')}
              min={1}
              max={10_080}
              allowDecimal={false}
              allowNegative={false}
              {...form.getInputProps('defaultDurationMinutes')}
            />
            <UserSelect label={t('taskTypes.defaultController')} placeholder={t('taskTypes.controllerCreator')} {...form.getInputProps('defaultControllerId')} />
          </SimpleGrid>
          <Radio.Group label={t('taskTypes.assignmentRule')} {...form.getInputProps('assignmentRule')}>
            <Stack gap="xs" mt="xs">
              {assignmentRules.map((rule) => (
                <Radio key={rule} value={rule} label={t(`assignmentRule.${rule}`)} description={t(`assignmentRuleHint.${rule}`)} />
              ))}
            </Stack>
          </Radio.Group>
          <Switch label={t('taskTypes.repeats')} description={t('tasks.repeatsHint')} {...form.getInputProps('repeats', { type: 'checkbox' })} />
          {form.values.repeats && (
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
          {readOnly && (
            <Text size="sm" c="dimmed">
              {t('taskTypes.readOnly')}
            </Text>
          )}
        </FormFields>
        <FormActions submitting={form.submitting} onCancel={onDone} disabled={readOnly} />
      </Stack>
    </form>
  );
}
