import { Button, Checkbox, Group, Modal, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { convertLeadBody, convertLeadResult, type DuplicateRef, type Lead } from '../../../contracts/leads';
import { api } from '../../app/api-client';
import { useInvalidate } from '../../app/collections';
import { FormProblem } from '../../ui/forms/form-problem';
import { useRecordSubmit } from '../../ui/forms/use-record-submit';
import { zodValidate } from '../../ui/forms/zod-validate';
import { AccountSelect } from '../accounts/account-select';
import { leadName } from './lead-labels';

type Result = z.infer<typeof convertLeadResult>;
type Values = { accountMode: 'new' | 'existing'; accountId: string | null; createOpportunity: boolean; opportunityName: string };
type Props = { lead: Lead; opened: boolean; onClose: () => void };

function toBody(values: Values) {
  return {
    ...(values.accountMode === 'existing' && values.accountId ? { accountId: values.accountId } : {}),
    createOpportunity: values.createOpportunity,
    ...(values.createOpportunity ? { opportunityName: values.opportunityName.trim() } : {}),
  };
}

export function ConvertLeadModal({ lead, opened, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('leads.convertTitle', { name: leadName(lead) })} centered size="lg">
      {opened && <ConvertForm lead={lead} onClose={onClose} />}
    </Modal>
  );
}

/** An account the lead's company or e-mail already matches, offered as the one to link to. */
function useKnownAccount(lead: Lead) {
  return useQuery({
    queryKey: ['leads', 'duplicates', { email: lead.email, company: lead.company }],
    queryFn: ({ signal }) =>
      api.get<{ data: DuplicateRef[] }>('/leads/duplicates', { email: lead.email || undefined, company: lead.company || undefined }, signal),
    enabled: Boolean(lead.email || lead.company),
    select: (answer) => answer.data.find((item) => item.type === 'accounts' && item.name !== null) ?? null,
  });
}

function ConvertForm({ lead, onClose }: { lead: Lead; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const invalidate = useInvalidate();
  const known = useKnownAccount(lead);
  const form = useForm<Values>({
    initialValues: { accountMode: 'new', accountId: null, createOpportunity: true, opportunityName: lead.company || leadName(lead) },
    validate: (values) => ({
      ...zodValidate(convertLeadBody, toBody)(values),
      ...(values.accountMode === 'existing' && !values.accountId ? { accountId: t('validation.required') } : {}),
    }),
  });
  // Once, when the lookup answers: suggest linking to the account the lead already matches.
  const suggested = useRef(false);
  const knownAccount = known.data;
  useEffect(() => {
    if (!knownAccount || suggested.current) return;
    suggested.current = true;
    if (!form.isTouched('accountMode')) form.setValues({ accountMode: 'existing', accountId: knownAccount.id });
  }, [knownAccount, form]);
  const convert = useMutation({
    mutationFn: (body: unknown) => api.post<Result>(`/leads/${lead.id}/convert`, body, lead.version),
    onSettled: () => invalidate('leads', 'accounts', 'contacts', 'opportunities'),
  });
  const { onSubmit, problem } = useRecordSubmit(form, toBody, {
    save: convert.mutateAsync,
    successMessage: t('leads.convertedDone'),
    onSaved: (result) => {
      onClose();
      void navigate({ to: '/accounts/$accountId', params: { accountId: result.accountId } });
    },
    onStale: () => void invalidate('leads'),
  });

  return (
    <form onSubmit={onSubmit} noValidate data-testid="convert-lead-form">
      <Stack>
        <FormProblem problem={problem} />
        <Radio.Group label={t('leads.convertAccount')} {...form.getInputProps('accountMode')}>
          <Stack gap="xs" mt="xs">
            <Radio value="new" label={t('leads.newAccount', { name: lead.company || leadName(lead) })} />
            <Radio value="existing" label={t('leads.existingAccount')} />
          </Stack>
        </Radio.Group>
        {form.values.accountMode === 'existing' && (
          <AccountSelect
            label={t('leads.accountToLink')}
            description={knownAccount && form.values.accountId === knownAccount.id ? t('leads.suggestedAccount') : undefined}
            required
            {...form.getInputProps('accountId')}
          />
        )}
        <Text size="sm" c="dimmed">
          {t('leads.contactWillBeCreated', { name: leadName(lead) })}
        </Text>
        <Checkbox label={t('leads.createOpportunity')} {...form.getInputProps('createOpportunity', { type: 'checkbox' })} />
        {form.values.createOpportunity && (
          <TextInput label={t('leads.opportunityName')} required {...form.getInputProps('opportunityName')} />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={form.submitting}>
            {t('leads.convert')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
