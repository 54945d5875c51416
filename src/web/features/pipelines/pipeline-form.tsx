import { Alert, Stack, Switch, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createPipelineBody, updatePipelineBody, type Pipeline } from '../../../contracts/opportunities';
import { isApiError } from '../../app/api-client';
import { useFormat } from '../../app/i18n/format';
import { useSaveRecord } from '../../app/record-mutations';
import { FormActions } from '../../ui/forms/form-actions';
import { FormFields } from '../../ui/forms/form-fields';
import { FormProblem } from '../../ui/forms/form-problem';
import { useRecordSubmit } from '../../ui/forms/use-record-submit';
import { zodValidate, type PatternHints } from '../../ui/forms/zod-validate';
import { problemMessage } from '../../ui/problem-message';
import type { StaleHandlers } from '../../ui/record-snapshot';
import { pipelineBody, pipelineInitialValues, type PipelineValues } from './pipeline-form-values';
import { StagesEditor } from './stages-editor';

type Props = { pipeline?: Pipeline; onDone: () => void; stale?: StaleHandlers };

export function PipelineForm({ pipeline, onDone, stale }: Props) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const toBody = (values: PipelineValues) => pipelineBody(values, locale);
  const form = useForm<PipelineValues>({
    initialValues: pipelineInitialValues(pipeline, locale),
    validate: (values) => {
      const hints: PatternHints = Object.fromEntries(values.stages.map((_, index) => [`stages.${index}.probability`, t('validation.percent')]));
      return zodValidate(pipeline ? updatePipelineBody : createPipelineBody, toBody, hints)(values);
    },
  });
  const save = useSaveRecord<Pipeline>('pipelines', pipeline ?? null, ['opportunities']);
  // A 409 here means a removed stage still holds deals: say so above the stages, with the server's detail.
  const [conflict, setConflict] = useState<string | null>(null);
  const { onSubmit, problem } = useRecordSubmit(form, toBody, {
    save: (body) => {
      setConflict(null);
      return save.mutateAsync(body);
    },
    successMessage: pipeline ? t('pipelines.saved') : t('pipelines.created'),
    onSaved: onDone,
    onStale: stale?.onStale,
    onError: (error) => {
      if (!isApiError(error, 409)) return false;
      setConflict(problemMessage(error, t));
      return true;
    },
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <FormProblem problem={problem} onReload={stale?.onReload} />
        {conflict && (
          <Alert color="red" icon={<IconAlertTriangle size={18} />} title={t('pipelines.stageHasDeals')} role="alert" data-testid="pipeline-conflict">
            {conflict}
          </Alert>
        )}
        <FormFields>
          <TextInput label={t('pipelines.name')} required {...form.getInputProps('name')} />
          <Switch
            label={t('pipelines.isDefault')}
            description={pipeline?.isDefault ? t('pipelines.isDefaultLocked') : t('pipelines.isDefaultHint')}
            disabled={pipeline?.isDefault}
            {...form.getInputProps('isDefault', { type: 'checkbox' })}
          />
          {pipeline && (
            <Alert color="blue" variant="light">
              {t('pipelines.removeHint')}
            </Alert>
          )}
          <StagesEditor form={form} />
        </FormFields>
        <FormActions submitting={form.submitting} onCancel={onDone} />
      </Stack>
    </form>
  );
}
