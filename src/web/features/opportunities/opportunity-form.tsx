import { Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../contracts/accounts';
import { createOpportunityBody, forecastCategories, updateOpportunityBody, type Opportunity } from '../../../contracts/opportunities';
import { recordQuery } from '../../app/collections';
import { useFormat } from '../../app/i18n/format';
import { useSaveRecord } from '../../app/record-mutations';
import { useMe } from '../../app/session';
import { CurrencySelect } from '../../ui/currency-select';
import { FormActions } from '../../ui/forms/form-actions';
import { FormFields } from '../../ui/forms/form-fields';
import { FormProblem } from '../../ui/forms/form-problem';
import { useRecordSubmit } from '../../ui/forms/use-record-submit';
import { zodValidate } from '../../ui/forms/zod-validate';
import type { StaleHandlers } from '../../ui/record-snapshot';
import { AccountSelect } from '../accounts/account-select';
import { ContactSelect } from '../contacts/contact-select';
import { usePipelines } from '../pipelines/pipelines-data';
import { UserSelect } from '../users/user-select';
import { opportunityCreateBody, opportunityInitialValues, opportunityUpdateBody, type OpportunityValues } from './opportunity-form-values';

type Props = {
  opportunity?: Opportunity;
  /** Creating from an account's page: the account is fixed. */
  account?: Account;
  pipelineId?: string;
  readOnly?: boolean;
  onDone: () => void;
  stale?: StaleHandlers;
};

export function OpportunityForm({ opportunity, account, pipelineId, readOnly, onDone, stale }: Props) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const me = useMe();
  const queryClient = useQueryClient();
  const pipelines = usePipelines();
  const toBody = (values: OpportunityValues) => (opportunity ? opportunityUpdateBody(values, locale) : opportunityCreateBody(values, locale));
  const form = useForm<OpportunityValues>({
    initialValues: opportunityInitialValues(opportunity, { accountId: account?.id, pipelineId, currency: account?.currency ?? me.organization.baseCurrency }, locale),
    validate: zodValidate(opportunity ? updateOpportunityBody : createOpportunityBody, toBody, {
      'amount.amount': t('validation.decimal'),
      probability: t('validation.percent'),
    }),
  });
  const save = useSaveRecord<Opportunity>('opportunities', opportunity ?? null, ['accounts']);
  const { onSubmit, problem } = useRecordSubmit(form, toBody, {
    save: save.mutateAsync,
    successMessage: opportunity ? t('opportunities.saved') : t('opportunities.created'),
    onSaved: onDone,
    onStale: stale?.onStale,
  });

  const chosenPipeline = pipelines.data?.find((item) => item.id === form.values.pipelineId) ?? pipelines.data?.find((item) => item.isDefault);
  const chooseAccount = async (accountId: string | null) => {
    form.setFieldValue('accountId', accountId);
    form.setFieldValue('contactId', null);
    if (!accountId || form.isTouched('amount.currency')) return;
    const chosen = await queryClient.fetchQuery(recordQuery<Account>('accounts', accountId));
    form.setFieldValue('amount.currency', chosen.currency);
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <FormProblem problem={problem} onReload={stale?.onReload} />
        <FormFields readOnly={readOnly}>
          <TextInput label={t('opportunities.name')} required {...form.getInputProps('name')} />
          {!opportunity && !account && (
            <AccountSelect
              label={t('opportunities.account')}
              required
              {...form.getInputProps('accountId')}
              onChange={(value) => void chooseAccount(value)}
            />
          )}
          <ContactSelect label={t('opportunities.contact')} accountId={form.values.accountId} {...form.getInputProps('contactId')} />
          {!opportunity && (
            <SimpleGrid cols={{ base: 1, xs: 2 }}>
              <Select
                label={t('opportunities.pipeline')}
                allowDeselect={false}
                data={(pipelines.data ?? []).map((item) => ({ value: item.id, label: item.name }))}
                value={chosenPipeline?.id ?? null}
                onChange={(value) => form.setValues({ pipelineId: value, stageId: null })}
              />
              <Select
                label={t('opportunities.stage')}
                placeholder={t('opportunities.firstStage')}
                clearable
                data={(chosenPipeline?.stages ?? []).map((stage) => ({ value: stage.id, label: stage.name }))}
                {...form.getInputProps('stageId')}
              />
            </SimpleGrid>
          )}
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <TextInput
              label={t('opportunities.amount')}
              inputMode="decimal"
              dir="ltr"
              placeholder="0"
              {...form.getInputProps('amount.amount')}
            />
            <CurrencySelect label={t('opportunities.currency')} required {...form.getInputProps('amount.currency')} />
            <TextInput
              label={t('opportunities.probability')}
              description={opportunity ? undefined : t('opportunities.probabilityHint')}
              inputMode="decimal"
              dir="ltr"
              rightSection="%"
              {...form.getInputProps('probability')}
            />
            <TextInput type="date" label={t('opportunities.expectedClose')} {...form.getInputProps('expectedCloseDate')} />
            <Select
              label={t('opportunities.forecastCategory')}
              required
              allowDeselect={false}
              data={forecastCategories.map((value) => ({ value, label: t(`forecastCategory.${value}`) }))}
              {...form.getInputProps('forecastCategory')}
            />
            <UserSelect label={t('sales.owner')} placeholder={t('sales.ownerDefault')} {...form.getInputProps('ownerId')} />
          </SimpleGrid>
        </FormFields>
        <FormActions submitting={form.submitting} onCancel={onDone} disabled={readOnly} />
      </Stack>
    </form>
  );
}
