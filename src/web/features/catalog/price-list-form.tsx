import { Input, Stack, Switch, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { createPriceListBody, updatePriceListBody, type PriceList } from '../../../contracts/catalog';
import { useSaveRecord } from '../../app/record-mutations';
import { useMe } from '../../app/session';
import { CurrencySelect } from '../../ui/currency-select';
import { FormActions } from '../../ui/forms/form-actions';
import { FormFields } from '../../ui/forms/form-fields';
import { FormProblem } from '../../ui/forms/form-problem';
import { useRecordSubmit } from '../../ui/forms/use-record-submit';
import { zodValidate } from '../../ui/forms/zod-validate';
import type { StaleHandlers } from '../../ui/record-snapshot';

type Values = { name: string; currency: string | null; isDefault: boolean };

type Props = { priceList?: PriceList; readOnly?: boolean; onDone: () => void; stale?: StaleHandlers };

const toBody = (values: Values) => ({ name: values.name.trim(), currency: values.currency, isDefault: values.isDefault });

export function PriceListForm({ priceList, readOnly, onDone, stale }: Props) {
  const { t } = useTranslation();
  const me = useMe();
  const form = useForm<Values>({
    initialValues: {
      name: priceList?.name ?? '',
      currency: priceList?.currency ?? me.organization.baseCurrency,
      isDefault: priceList?.isDefault ?? false,
    },
    validate: zodValidate(priceList ? updatePriceListBody : createPriceListBody, toBody, { currency: t('validation.currency') }),
  });
  // Prices show their list's name and currency inside each product.
  const save = useSaveRecord<PriceList>('price-lists', priceList ?? null, ['products']);
  const { onSubmit, problem } = useRecordSubmit(form, toBody, {
    save: save.mutateAsync,
    successMessage: priceList ? t('priceLists.saved') : t('priceLists.created'),
    onSaved: onDone,
    onStale: stale?.onStale,
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <FormProblem problem={problem} onReload={stale?.onReload} />
        <FormFields readOnly={readOnly}>
          <TextInput label={t('priceLists.name')} required {...form.getInputProps('name')} />
          <div>
            <CurrencySelect label={t('priceLists.currency')} required {...form.getInputProps('currency')} />
            {priceList && <Input.Description mt={4}>{t('priceLists.currencyHint')}</Input.Description>}
          </div>
          <Switch
            label={t('priceLists.isDefault')}
            description={t('priceLists.isDefaultHint')}
            disabled={priceList?.isDefault}
            {...form.getInputProps('isDefault', { type: 'checkbox' })}
          />
        </FormFields>
        <FormActions submitting={form.submitting} onCancel={onDone} disabled={readOnly} />
      </Stack>
    </form>
  );
}
