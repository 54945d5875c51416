import { SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { createTerritoryBody, updateTerritoryBody, type Territory } from '../../../contracts/territories';
import { useSaveRecord } from '../../app/record-mutations';
import { FormActions } from '../../ui/forms/form-actions';
import { FormFields } from '../../ui/forms/form-fields';
import { FormProblem } from '../../ui/forms/form-problem';
import { useRecordSubmit } from '../../ui/forms/use-record-submit';
import { zodValidate } from '../../ui/forms/zod-validate';
import type { StaleHandlers } from '../../ui/record-editor';
import { UserSelect } from '../users/user-select';

type Values = { code: string; name: string; repId: string | null; description: string };

type Props = { territory?: Territory; readOnly?: boolean; onDone: () => void; stale?: StaleHandlers };

const toBody = (values: Values) => ({
  code: values.code.trim(),
  name: values.name.trim(),
  repId: values.repId,
  description: values.description.trim(),
});

export function TerritoryForm({ territory, readOnly, onDone, stale }: Props) {
  const { t } = useTranslation();
  const form = useForm<Values>({
    initialValues: {
      code: territory?.code ?? '',
      name: territory?.name ?? '',
      repId: territory?.repId ?? null,
      description: territory?.description ?? '',
    },
    validate: zodValidate(territory ? updateTerritoryBody : createTerritoryBody, toBody, { code: t('validation.codeChars') }),
  });
  const save = useSaveRecord<Territory>('territories', territory ?? null);
  const { onSubmit, problem } = useRecordSubmit(form, toBody, {
    save: save.mutateAsync,
    successMessage: territory ? t('territories.saved') : t('territories.created'),
    onSaved: onDone,
    onStale: stale?.onStale,
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <FormProblem problem={problem} onReload={stale?.onReload} />
        <FormFields readOnly={readOnly}>
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <TextInput
              label={t('territories.code')}
              description={t('territories.codeHint')}
              required
              dir="ltr"
              {...form.getInputProps('code')}
            />
            <TextInput label={t('territories.name')} required {...form.getInputProps('name')} />
          </SimpleGrid>
          <UserSelect label={t('territories.rep')} placeholder={t('territories.noRep')} {...form.getInputProps('repId')} />
          <Textarea label={t('territories.description')} autosize minRows={3} maxRows={8} {...form.getInputProps('description')} />
        </FormFields>
        <FormActions submitting={form.submitting} onCancel={onDone} disabled={readOnly} />
      </Stack>
    </form>
  );
}
