import { Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createLeadBody, leadSources, updateLeadBody, type DuplicateRef, type Lead } from '../../../contracts/leads';
import { useSaveRecord } from '../../app/record-mutations';
import { FormActions } from '../../ui/forms/form-actions';
import { FormFields } from '../../ui/forms/form-fields';
import { FormProblem } from '../../ui/forms/form-problem';
import { useRecordSubmit } from '../../ui/forms/use-record-submit';
import { zodValidate } from '../../ui/forms/zod-validate';
import type { StaleHandlers } from '../../ui/record-snapshot';
import { UserSelect } from '../users/user-select';
import { duplicatesOf, LeadDuplicates, useDuplicateCheck } from './lead-duplicates';

type Source = (typeof leadSources)[number];

type Values = {
  firstName: string;
  lastName: string;
  company: string;
  email: string;
  phone: string;
  source: Source;
  ownerId: string | null;
  notes: string;
};

type Props = { lead?: Lead; readOnly?: boolean; onDone: () => void; onCreated?: (lead: Lead) => void; stale?: StaleHandlers };

function toBody(values: Values) {
  return {
    firstName: values.firstName.trim(),
    lastName: values.lastName.trim(),
    company: values.company.trim(),
    email: values.email.trim(),
    phone: values.phone.trim(),
    source: values.source,
    notes: values.notes.trim(),
    // Without an owner the lead is the creator's.
    ...(values.ownerId ? { ownerId: values.ownerId } : {}),
  };
}

export function LeadForm({ lead, readOnly, onDone, onCreated, stale }: Props) {
  const { t } = useTranslation();
  const form = useForm<Values>({
    initialValues: {
      firstName: lead?.firstName ?? '',
      lastName: lead?.lastName ?? '',
      company: lead?.company ?? '',
      email: lead?.email ?? '',
      phone: lead?.phone ?? '',
      source: lead?.source ?? 'web',
      ownerId: lead?.ownerId ?? null,
      notes: lead?.notes ?? '',
    },
    validate: zodValidate(lead ? updateLeadBody : createLeadBody, toBody),
  });
  // What the server refused (409), for the e-mail and company it was refused for.
  const [refusal, setRefusal] = useState<{ duplicates: DuplicateRef[]; email: string; company: string } | null>(null);
  // Set only by "Create anyway", for the one submit that follows.
  const force = useRef(false);
  const check = useDuplicateCheck(form.values.email, form.values.company, !lead && !readOnly);
  const save = useSaveRecord<Lead>('leads', lead ?? null);
  const { onSubmit, problem } = useRecordSubmit(form, (values) => (force.current ? { ...toBody(values), force: true } : toBody(values)), {
    save: save.mutateAsync,
    successMessage: lead ? t('leads.saved') : t('leads.created'),
    onSaved: (saved) => {
      onDone();
      if (!lead) onCreated?.(saved);
    },
    onStale: stale?.onStale,
    onError: (error) => {
      const duplicates = duplicatesOf(error);
      const { email, company } = form.getValues();
      setRefusal(duplicates && { duplicates, email, company });
      force.current = false;
      return duplicates !== null;
    },
  });
  const refused = refusal && refusal.email === form.values.email && refusal.company === form.values.company ? refusal.duplicates : null;
  const createAnyway = () => {
    force.current = true;
    onSubmit();
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <FormProblem problem={problem} onReload={stale?.onReload} />
        <FormFields readOnly={readOnly}>
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <TextInput label={t('leads.firstName')} required {...form.getInputProps('firstName')} />
            <TextInput label={t('leads.lastName')} {...form.getInputProps('lastName')} />
          </SimpleGrid>
          <TextInput label={t('leads.company')} {...form.getInputProps('company')} />
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <TextInput label={t('leads.email')} type="email" dir="ltr" {...form.getInputProps('email')} />
            <TextInput label={t('leads.phone')} type="tel" dir="ltr" {...form.getInputProps('phone')} />
          </SimpleGrid>
          <LeadDuplicates
            duplicates={refused ?? check.data ?? []}
            refused={refused !== null}
            creating={form.submitting}
            onCreateAnyway={createAnyway}
          />
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <Select
              label={t('leads.source')}
              required
              allowDeselect={false}
              data={leadSources.map((value) => ({ value, label: t(`leadSource.${value}`) }))}
              {...form.getInputProps('source')}
            />
            <UserSelect label={t('sales.owner')} placeholder={t('sales.ownerDefault')} {...form.getInputProps('ownerId')} />
          </SimpleGrid>
          <Textarea label={t('sales.notes')} autosize minRows={3} maxRows={10} {...form.getInputProps('notes')} />
        </FormFields>
        <FormActions submitting={form.submitting} onCancel={onDone} disabled={readOnly} />
      </Stack>
    </form>
  );
}
