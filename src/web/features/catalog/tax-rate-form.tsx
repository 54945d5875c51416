import { SimpleGrid, Stack, Switch, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { createTaxRateBody, updateTaxRateBody, type TaxRate } from '../../../contracts/catalog';
import { useFormat } from '../../app/i18n/format';
import { useSaveRecord } from '../../app/record-mutations';
import { CountrySelect } from '../../ui/country-select';
import { decimalForInput, parseDecimalText } from '../../ui/forms/decimal-text';
import { FormActions } from '../../ui/forms/form-actions';
import { FormFields } from '../../ui/forms/form-fields';
import { FormProblem } from '../../ui/forms/form-problem';
import { useRecordSubmit } from '../../ui/forms/use-record-submit';
import { zodValidate } from '../../ui/forms/zod-validate';
import type { StaleHandlers } from '../../ui/record-snapshot';

type Values = { name: string; rate: string; country: string | null; isDefault: boolean };

type Props = { taxRate?: TaxRate; readOnly?: boolean; onDone: () => void; stale?: StaleHandlers };

export function TaxRateForm({ taxRate, readOnly, onDone, stale }: Props) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const toBody = (values: Values) => ({
    name: values.name.trim(),
    rate: parseDecimalText(values.rate, locale),
    country: values.country,
    isDefault: values.isDefault,
  });
  const form = useForm<Values>({
    initialValues: {
      name: taxRate?.name ?? '',
      rate: taxRate ? decimalForInput(taxRate.rate, locale) : '',
      country: taxRate?.country ?? null,
      isDefault: taxRate?.isDefault ?? false,
    },
    validate: zodValidate(taxRate ? updateTaxRateBody : createTaxRateBody, toBody, { rate: t('validation.taxPercent') }),
  });
  // Making another rate the default clears the flag on the old one.
  const save = useSaveRecord<TaxRate>('tax-rates', taxRate ?? null, ['products']);
  const { onSubmit, problem } = useRecordSubmit(form, toBody, {
    save: save.mutateAsync,
    successMessage: taxRate ? t('taxRates.saved') : t('taxRates.created'),
    onSaved: onDone,
    onStale: stale?.onStale,
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <FormProblem problem={problem} onReload={stale?.onReload} />
        <FormFields readOnly={readOnly}>
          <TextInput label={t('taxRates.name')} required {...form.getInputProps('name')} />
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <TextInput
              label={t('taxRates.rate')}
              description={t('taxRates.rateHint')}
              required
              inputMode="decimal"
              dir="ltr"
              rightSection="%"
              {...form.getInputProps('rate')}
            />
            <CountrySelect label={t('taxRates.country')} {...form.getInputProps('country')} />
          </SimpleGrid>
          <Switch
            label={t('taxRates.isDefault')}
            description={t('taxRates.isDefaultHint')}
            disabled={taxRate?.isDefault}
            {...form.getInputProps('isDefault', { type: 'checkbox' })}
          />
        </FormFields>
        <FormActions submitting={form.submitting} onCancel={onDone} disabled={readOnly} />
      </Stack>
    </form>
  );
}
