import { ActionIcon, Button, Group, NumberInput, Paper, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/i18n/format';
import { newStage, type PipelineValues } from './pipeline-form-values';

/** The pipeline's stages in order: rename, reorder with the arrows, set probability and inactivity limit, add or remove. */
export function StagesEditor({ form }: { form: UseFormReturnType<PipelineValues> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const stages = form.values.stages;
  const error = form.errors.stages;

  return (
    <Stack gap="xs">
      <Text fw={600} size="sm">
        {t('pipelines.stages')}
      </Text>
      {typeof error === 'string' && (
        <Text c="red" size="sm" role="alert">
          {error}
        </Text>
      )}
      {stages.map((stage, index) => {
        const name = stage.name || t('pipelines.stageNumber', { number: format.number(index + 1) });
        return (
          <Paper key={stage.key} withBorder p="sm" data-testid="stage-row">
            <Group align="flex-start" gap="xs" wrap="nowrap">
              <Text c="dimmed" size="sm" mt={30} w={20} ta="center" aria-hidden>
                {format.number(index + 1)}
              </Text>
              <Stack gap="xs" style={{ flex: 1 }}>
                <TextInput label={t('pipelines.stageName')} required {...form.getInputProps(`stages.${index}.name`)} />
                <Group grow gap="xs" align="flex-start">
                  <TextInput
                    label={t('pipelines.probability')}
                    required
                    inputMode="decimal"
                    dir="ltr"
                    rightSection="%"
                    {...form.getInputProps(`stages.${index}.probability`)}
                  />
                  <NumberInput
                    label={t('pipelines.inactivityDays')}
                    placeholder={t('pipelines.noLimit')}
                    min={1}
                    max={3650}
                    allowDecimal={false}
                    allowNegative={false}
                    {...form.getInputProps(`stages.${index}.inactivityDays`)}
                  />
                </Group>
              </Stack>
              <Stack gap={4} mt={24}>
                <Tooltip label={t('pipelines.moveUp')}>
                  <ActionIcon variant="subtle" disabled={index === 0} aria-label={`${t('pipelines.moveUp')}: ${name}`} onClick={() => form.reorderListItem('stages', { from: index, to: index - 1 })}>
                    <IconArrowUp size={16} />
                  </ActionIcon>
                </Tooltip>
                <Tooltip label={t('pipelines.moveDown')}>
                  <ActionIcon
                    variant="subtle"
                    disabled={index === stages.length - 1}
                    aria-label={`${t('pipelines.moveDown')}: ${name}`}
                    onClick={() => form.reorderListItem('stages', { from: index, to: index + 1 })}
                  >
                    <IconArrowDown size={16} />
                  </ActionIcon>
                </Tooltip>
                <Tooltip label={t('pipelines.removeStage')}>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    disabled={stages.length === 1}
                    aria-label={`${t('pipelines.removeStage')}: ${name}`}
                    onClick={() => form.removeListItem('stages', index)}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                </Tooltip>
              </Stack>
            </Group>
          </Paper>
        );
      })}
      <Group>
        <Button variant="light" size="xs" leftSection={<IconPlus size={14} />} disabled={stages.length >= 30} onClick={() => form.insertListItem('stages', newStage())}>
          {t('pipelines.addStage')}
        </Button>
      </Group>
    </Stack>
  );
}
