import { SimpleGrid, Stack, Switch, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { createContactBody, updateContactBody, type Contact } from '../../../contracts/accounts';
import { useSaveRecord } from '../../app/record-mutations';
import { FormActions } from '../../ui/forms/form-actions';
import { FormFields } from '../../ui/forms/form-fields';
import { FormProblem } from '../../ui/forms/form-problem';
import { useRecordSubmit } from '../../ui/forms/use-record-submit';
import { zodValidate } from '../../ui/forms/zod-validate';
import type { StaleHandlers } from '../../ui/record-snapshot';
import { AccountSelect } from '../accounts/account-select';
import { UserSelect } from '../users/user-select';

type Values = {
  accountId: string | null;
  firstName: string;
  lastName: string;
  jobTitle: string;
  email: string;
  phone: string;
  mobile: string;
  isPrimary: boolean;
  ownerId: string | null;
  notes: string;
};

type Props = { contact?: Contact; accountId?: string; readOnly?: boolean; onDone: () => void; stale?: StaleHandlers };

function fields(values: Values) {
  return {
    firstName: values.firstName.trim(),
    lastName: values.lastName.trim(),
    jobTitle: values.jobTitle.trim(),
    email: values.email.trim(),
    phone: values.phone.trim(),
    mobile: values.mobile.trim(),
    isPrimary: values.isPrimary,
    notes: values.notes.trim(),
    ...(values.ownerId ? { ownerId: values.ownerId } : {}),
  };
}

/** A contact's account is chosen when it is created; it does not move to another account later. */
const toCreateBody = (values: Values) => ({ accountId: values.accountId, ...fields(values) });

export function ContactForm({ contact, accountId, readOnly, onDone, stale }: Props) {
  const { t } = useTranslation();
  const toBody = contact ? fields : toCreateBody;
  const form = useForm<Values>({
    initialValues: {
      accountId: contact?.accountId ?? accountId ?? null,
      firstName: contact?.firstName ?? '',
      lastName: contact?.lastName ?? '',
      jobTitle: contact?.jobTitle ?? '',
      email: contact?.email ?? '',
      phone: contact?.phone ?? '',
      mobile: contact?.mobile ?? '',
      isPrimary: contact?.isPrimary ?? false,
      ownerId: contact?.ownerId ?? null,
      notes: contact?.notes ?? '',
    },
    validate: zodValidate(contact ? updateContactBody : createContactBody, toBody),
  });
  const save = useSaveRecord<Contact>('contacts', contact ?? null, ['accounts']);
  const { onSubmit, problem } = useRecordSubmit(form, toBody, {
    save: save.mutateAsync,
    successMessage: contact ? t('contacts.saved') : t('contacts.created'),
    onSaved: onDone,
    onStale: stale?.onStale,
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <FormProblem problem={problem} onReload={stale?.onReload} />
        <FormFields readOnly={readOnly}>
          {!contact && !accountId && <AccountSelect label={t('contacts.account')} required {...form.getInputProps('accountId')} />}
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <TextInput label={t('contacts.firstName')} required {...form.getInputProps('firstName')} />
            <TextInput label={t('contacts.lastName')} {...form.getInputProps('lastName')} />
          </SimpleGrid>
          <TextInput label={t('contacts.jobTitle')} {...form.getInputProps('jobTitle')} />
          <TextInput label={t('contacts.email')} type="email" dir="ltr" {...form.getInputProps('email')} />
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <TextInput label={t('contacts.phone')} type="tel" dir="ltr" {...form.getInputProps('phone')} />
            <TextInput label={t('contacts.mobile')} type="tel" dir="ltr" {...form.getInputProps('mobile')} />
          </SimpleGrid>
          <Switch label={t('contacts.isPrimary')} description={t('contacts.isPrimaryHint')} {...form.getInputProps('isPrimary', { type: 'checkbox' })} />
          <UserSelect label={t('sales.owner')} placeholder={t('sales.ownerDefault')} {...form.getInputProps('ownerId')} />
          <Textarea label={t('sales.notes')} autosize minRows={3} maxRows={10} {...form.getInputProps('notes')} />
        </FormFields>
        <FormActions submitting={form.submitting} onCancel={onDone} disabled={readOnly} />
      </Stack>
    </form>
  );
}
