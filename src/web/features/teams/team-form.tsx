import { Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { createTeamBody, updateTeamBody, type Team } from '../../../contracts/teams';
import { useSaveRecord } from '../../app/record-mutations';
import { FormActions } from '../../ui/forms/form-actions';
import { FormFields } from '../../ui/forms/form-fields';
import { FormProblem } from '../../ui/forms/form-problem';
import { useRecordSubmit } from '../../ui/forms/use-record-submit';
import { zodValidate } from '../../ui/forms/zod-validate';
import type { StaleHandlers } from '../../ui/record-editor';
import { UserSelect } from '../users/user-select';

type Values = { name: string; managerId: string | null };

type Props = { team?: Team; readOnly?: boolean; onDone: () => void; stale?: StaleHandlers };

const toBody = (values: Values) => ({ name: values.name.trim(), managerId: values.managerId });

export function TeamForm({ team, readOnly, onDone, stale }: Props) {
  const { t } = useTranslation();
  const form = useForm<Values>({
    initialValues: { name: team?.name ?? '', managerId: team?.managerId ?? null },
    validate: zodValidate(team ? updateTeamBody : createTeamBody, toBody),
  });
  const save = useSaveRecord<Team>('teams', team ?? null);
  const { onSubmit, problem } = useRecordSubmit(form, toBody, {
    save: save.mutateAsync,
    successMessage: team ? t('teams.saved') : t('teams.created'),
    onSaved: onDone,
    onStale: stale?.onStale,
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <FormProblem problem={problem} onReload={stale?.onReload} />
        <FormFields readOnly={readOnly}>
          <TextInput label={t('teams.name')} required {...form.getInputProps('name')} />
          <UserSelect label={t('teams.manager')} placeholder={t('teams.noManager')} {...form.getInputProps('managerId')} />
        </FormFields>
        <FormActions submitting={form.submitting} onCancel={onDone} disabled={readOnly} />
      </Stack>
    </form>
  );
}
