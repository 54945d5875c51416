import { Divider, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { accountLifecycles, createAccountBody, paymentTerms, updateAccountBody, type Account } from '../../../contracts/accounts';
import { useFormat } from '../../app/i18n/format';
import { useSaveRecord } from '../../app/record-mutations';
import { useMe } from '../../app/session';
import { CountrySelect } from '../../ui/country-select';
import { CurrencySelect } from '../../ui/currency-select';
import { FormActions } from '../../ui/forms/form-actions';
import { FormFields } from '../../ui/forms/form-fields';
import { FormProblem } from '../../ui/forms/form-problem';
import { useRecordSubmit } from '../../ui/forms/use-record-submit';
import { zodValidate } from '../../ui/forms/zod-validate';
import type { StaleHandlers } from '../../ui/record-snapshot';
import { TerritorySelect } from '../territories/territory-select';
import { UserSelect } from '../users/user-select';
import { accountBody, accountInitialValues, type AccountValues } from './account-form-values';

type Props = { account?: Account; readOnly?: boolean; onDone: () => void; onCreated?: (account: Account) => void; stale?: StaleHandlers };

export function AccountForm({ account, readOnly, onDone, onCreated, stale }: Props) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const me = useMe();
  const toBody = (values: AccountValues) => accountBody(values, locale);
  const form = useForm<AccountValues>({
    initialValues: accountInitialValues(account, me.organization.baseCurrency, locale),
    validate: zodValidate(account ? updateAccountBody : createAccountBody, toBody, { 'creditLimit.amount': t('validation.decimal') }),
  });
  const save = useSaveRecord<Account>('accounts', account ?? null);
  const { onSubmit, problem } = useRecordSubmit(form, toBody, {
    save: save.mutateAsync,
    successMessage: account ? t('accounts.saved') : t('accounts.created'),
    onSaved: (saved) => {
      onDone();
      if (!account) onCreated?.(saved);
    },
    onStale: stale?.onStale,
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <FormProblem problem={problem} onReload={stale?.onReload} />
        <FormFields readOnly={readOnly}>
          <TextInput label={t('accounts.name')} required {...form.getInputProps('name')} />
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <TextInput label={t('accounts.legalName')} {...form.getInputProps('legalName')} />
            <TextInput label={t('accounts.taxId')} dir="ltr" {...form.getInputProps('taxId')} />
            <TextInput label={t('accounts.email')} type="email" dir="ltr" {...form.getInputProps('email')} />
            <TextInput label={t('accounts.phone')} type="tel" dir="ltr" {...form.getInputProps('phone')} />
            <TextInput label={t('accounts.website')} type="url" dir="ltr" {...form.getInputProps('website')} />
            <TextInput label={t('accounts.industry')} {...form.getInputProps('industry')} />
          </SimpleGrid>
          <Divider label={t('accounts.address')} labelPosition="left" />
          <TextInput label={t('accounts.street')} {...form.getInputProps('address.street')} />
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <TextInput label={t('accounts.city')} {...form.getInputProps('address.city')} />
            <TextInput label={t('accounts.region')} {...form.getInputProps('address.region')} />
            <TextInput label={t('accounts.postalCode')} dir="ltr" {...form.getInputProps('address.postalCode')} />
            <CountrySelect label={t('accounts.country')} {...form.getInputProps('address.country')} />
          </SimpleGrid>
          <Divider label={t('accounts.sales')} labelPosition="left" />
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <Select
              label={t('accounts.lifecycle')}
              required
              allowDeselect={false}
              data={accountLifecycles.map((value) => ({ value, label: t(`lifecycle.${value}`) }))}
              {...form.getInputProps('lifecycle')}
            />
            <UserSelect label={t('sales.owner')} placeholder={t('sales.ownerDefault')} {...form.getInputProps('ownerId')} />
            <TerritorySelect label={t('accounts.territory')} {...form.getInputProps('territoryId')} />
            <Select
              label={t('accounts.paymentTerms')}
              required
              allowDeselect={false}
              data={paymentTerms.map((value) => ({ value, label: t(`paymentTerms.${value}`) }))}
              {...form.getInputProps('paymentTerms')}
            />
            <CurrencySelect label={t('accounts.currency')} required {...form.getInputProps('currency')} />
            <TextInput
              label={t('accounts.creditLimit')}
              description={t('accounts.creditLimitHint')}
              inputMode="decimal"
              dir="ltr"
              rightSection={form.values.currency}
              rightSectionWidth={52}
              {...form.getInputProps('creditLimit.amount')}
            />
          </SimpleGrid>
          <Textarea label={t('sales.notes')} autosize minRows={3} maxRows={10} {...form.getInputProps('notes')} />
        </FormFields>
        <FormActions submitting={form.submitting} onCancel={onDone} disabled={readOnly} />
      </Stack>
    </form>
  );
}
