import { ActionIcon, Alert, Button, Checkbox, Group, Paper, Select, Stack, Text, Title, Tooltip } from '@mantine/core';
import { useForm } from '@mantine/form';
import { randomId } from '@mantine/hooks';
import { IconArrowDown, IconArrowUp, IconInfoCircle, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { savePlaybookBody, type Pipeline } from '../../../contracts/opportunities';
import { api } from '../../app/api-client';
import { useInvalidate } from '../../app/collections';
import { useFormat } from '../../app/i18n/format';
import { FormActions } from '../../ui/forms/form-actions';
import { FormProblem } from '../../ui/forms/form-problem';
import { useRecordSubmit } from '../../ui/forms/use-record-submit';
import { zodValidate } from '../../ui/forms/zod-validate';
import { useTaskTypes } from '../tasks/tasks-data';

type StepValues = { key: string; taskTypeId: string | null; required: boolean };
type Values = { stages: { stageId: string; steps: StepValues[] }[] };

function initialValues(pipeline: Pipeline): Values {
  return {
    stages: pipeline.stages.map((stage) => ({
      stageId: stage.id,
      steps: pipeline.playbook
        .filter((step) => step.stageId === stage.id)
        .sort((a, b) => a.position - b.position)
        .map((step) => ({ key: step.id, taskTypeId: step.taskTypeId, required: step.required })),
    })),
  };
}

const toBody = (values: Values) => ({
  stages: values.stages.map((stage) => ({ stageId: stage.stageId, steps: stage.steps.map((step) => ({ taskTypeId: step.taskTypeId ?? '', required: step.required })) })),
});

/** Each stage's playbook: the activities (task types) that guide a deal through it, in order; required ones gate leaving the stage. */
export function PlaybookEditor({ pipeline, onDone }: { pipeline: Pipeline; onDone: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const types = useTaskTypes();
  const invalidate = useInvalidate();
  const form = useForm<Values>({
    initialValues: initialValues(pipeline),
    validate: (values) => {
      // An unchosen type is an empty id: say "choose one" rather than "not valid".
      const hints = Object.fromEntries(
        values.stages.flatMap((stage, s) => stage.steps.map((_, i) => [`stages.${s}.steps.${i}.taskTypeId`, t('validation.choose')])),
      );
      return zodValidate(savePlaybookBody, toBody, hints)(values);
    },
  });
  const { onSubmit, problem } = useRecordSubmit(form, toBody, {
    save: async (body) => {
      const saved = await api.put<unknown>(`/pipelines/${pipeline.id}/playbook`, body);
      await invalidate('pipelines', 'opportunities', 'tasks');
      return saved;
    },
    successMessage: t('playbook.saved'),
    onSaved: onDone,
  });
  const typeOptions = (types.data ?? []).map((type) => ({ value: type.id, label: type.name }));

  return (
    <form onSubmit={onSubmit} noValidate data-testid="playbook-form">
      <Stack>
        <Text size="sm" c="dimmed">
          {t('playbook.intro')}
        </Text>
        {types.data?.length === 0 && (
          <Alert color="yellow" icon={<IconInfoCircle size={18} />}>
            {t('playbook.noTaskTypes')}
          </Alert>
        )}
        <FormProblem problem={problem} />
        {pipeline.stages.map((stage, stageIndex) => {
          const steps = form.values.stages[stageIndex]?.steps ?? [];
          const path = `stages.${stageIndex}.steps` as const;
          return (
            <Paper key={stage.id} withBorder p="sm" data-testid="playbook-stage">
              <Title order={5} mb="xs">
                {t('playbook.stageTitle', { number: format.number(stageIndex + 1), stage: stage.name })}
              </Title>
              <Stack gap="xs">
                {steps.length === 0 && (
                  <Text size="sm" c="dimmed">
                    {t('playbook.noSteps')}
                  </Text>
                )}
                {steps.map((step, index) => {
                  const label = t('playbook.stepLabel', { number: format.number(index + 1), stage: stage.name });
                  return (
                    <Group key={step.key} gap="xs" wrap="nowrap" align="flex-start" data-testid="playbook-step">
                      <Text c="dimmed" size="sm" mt={8} w={20} ta="center" aria-hidden>
                        {format.number(index + 1)}
                      </Text>
                      <Select
                        aria-label={label}
                        placeholder={t('playbook.chooseType')}
                        searchable
                        allowDeselect={false}
                        data={typeOptions}
                        style={{ flex: 1 }}
                        {...form.getInputProps(`${path}.${index}.taskTypeId`)}
                      />
                      <Checkbox mt={8} label={t('playbook.required')} {...form.getInputProps(`${path}.${index}.required`, { type: 'checkbox' })} />
                      <Tooltip label={t('pipelines.moveUp')}>
                        <ActionIcon variant="subtle" mt={4} disabled={index === 0} aria-label={`${t('pipelines.moveUp')}: ${label}`} onClick={() => form.reorderListItem(path, { from: index, to: index - 1 })}>
                          <IconArrowUp size={16} />
                        </ActionIcon>
                      </Tooltip>
                      <Tooltip label={t('pipelines.moveDown')}>
                        <ActionIcon
                          variant="subtle"
                          mt={4}
                          disabled={index === steps.length - 1}
                          aria-label={`${t('pipelines.moveDown')}: ${label}`}
                          onClick={() => form.reorderListItem(path, { from: index, to: index + 1 })}
                        >
                          <IconArrowDown size={16} />
                        </ActionIcon>
                      </Tooltip>
                      <Tooltip label={t('playbook.removeStep')}>
                        <ActionIcon variant="subtle" color="red" mt={4} aria-label={`${t('playbook.removeStep')}: ${label}`} onClick={() => form.removeListItem(path, index)}>
                          <IconTrash size={16} />
                        </ActionIcon>
                      </Tooltip>
                    </Group>
                  );
                })}
                <Group>
                  <Button
                    variant="light"
                    size="xs"
                    leftSection={<IconPlus size={14} />}
                    disabled={steps.length >= 20}
                    onClick={() => form.insertListItem(path, { key: randomId(), taskTypeId: null, required: false })}
                  >
                    {t('playbook.addStep')}
                  </Button>
                </Group>
              </Stack>
            </Paper>
          );
        })}
        <FormActions submitting={form.submitting} onCancel={onDone} />
      </Stack>
    </form>
  );
}
