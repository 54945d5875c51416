import { PasswordInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { locales, roles, type Locale, type Role } from '../../../contracts/common';
import { createUserBody, updateUserBody, type User } from '../../../contracts/users';
import { useSaveRecord } from '../../app/record-mutations';
import { FormActions } from '../../ui/forms/form-actions';
import { FormFields } from '../../ui/forms/form-fields';
import { FormProblem } from '../../ui/forms/form-problem';
import { useRecordSubmit } from '../../ui/forms/use-record-submit';
import { zodValidate } from '../../ui/forms/zod-validate';
import type { StaleHandlers } from '../../ui/record-editor';
import { TeamSelect } from '../teams/team-select';

type Values = { email: string; name: string; role: Role | null; teamId: string | null; locale: Locale; password: string };

type Props = { user?: User; readOnly?: boolean; onDone: () => void; stale?: StaleHandlers };

function toCreateBody(values: Values) {
  return {
    email: values.email.trim(),
    name: values.name.trim(),
    role: values.role,
    teamId: values.teamId,
    locale: values.locale,
    password: values.password,
  };
}

function toUpdateBody(values: Values) {
  const { password, ...rest } = toCreateBody(values);
  return password === '' ? rest : { ...rest, password };
}

export function UserForm({ user, readOnly, onDone, stale }: Props) {
  const { t } = useTranslation();
  const editing = Boolean(user);
  const toBody = editing ? toUpdateBody : toCreateBody;
  const form = useForm<Values>({
    initialValues: {
      email: user?.email ?? '',
      name: user?.name ?? '',
      role: user?.role ?? 'sales_rep',
      teamId: user?.teamId ?? null,
      locale: user?.locale ?? 'en',
      password: '',
    },
    validate: zodValidate(editing ? updateUserBody : createUserBody, toBody),
  });
  const save = useSaveRecord<User>('users', user ?? null, ['teams']);
  const { onSubmit, problem } = useRecordSubmit(form, toBody, {
    save: save.mutateAsync,
    successMessage: editing ? t('users.saved') : t('users.created'),
    onSaved: onDone,
    onStale: stale?.onStale,
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <FormProblem problem={problem} onReload={stale?.onReload} />
        <FormFields readOnly={readOnly}>
          <TextInput label={t('users.name')} required {...form.getInputProps('name')} />
          <TextInput label={t('users.email')} type="email" dir="ltr" required {...form.getInputProps('email')} />
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <Select
              label={t('users.role')}
              required
              allowDeselect={false}
              data={roles.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
              {...form.getInputProps('role')}
            />
            <Select
              label={t('users.language')}
              required
              allowDeselect={false}
              data={locales.map((locale) => ({ value: locale, label: t(`languages.${locale}`) }))}
              {...form.getInputProps('locale')}
            />
          </SimpleGrid>
          <TeamSelect label={t('users.team')} {...form.getInputProps('teamId')} />
          <PasswordInput
            label={t('users.password')}
            description={editing ? t('users.passwordEditHint') : t('users.passwordHint')}
            required={!editing}
            autoComplete="new-password"
            {...form.getInputProps('password')}
          />
        </FormFields>
        <FormActions submitting={form.submitting} onCancel={onDone} disabled={readOnly} />
      </Stack>
    </form>
  );
}
