import { Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { createProductBody, productKinds, updateProductBody, type Product, type ProductDetail } from '../../../contracts/catalog';
import { useSaveRecord } from '../../app/record-mutations';
import { FormActions } from '../../ui/forms/form-actions';
import { FormFields } from '../../ui/forms/form-fields';
import { FormProblem } from '../../ui/forms/form-problem';
import { useRecordSubmit } from '../../ui/forms/use-record-submit';
import { zodValidate } from '../../ui/forms/zod-validate';
import type { StaleHandlers } from '../../ui/record-snapshot';
import { TaxRateSelect } from './tax-rate-select';

type Kind = (typeof productKinds)[number];
type Values = { sku: string; name: string; description: string; kind: Kind; unit: string; category: string; taxRateId: string | null };

type Props = { product?: Product; readOnly?: boolean; onDone: (saved?: ProductDetail) => void; stale?: StaleHandlers };

/** An empty tax rate leaves the organisation's default to the server. */
const toBody = (values: Values) => ({
  sku: values.sku.trim(),
  name: values.name.trim(),
  description: values.description.trim(),
  kind: values.kind,
  unit: values.unit.trim(),
  category: values.category.trim(),
  ...(values.taxRateId ? { taxRateId: values.taxRateId } : {}),
});

export function ProductForm({ product, readOnly, onDone, stale }: Props) {
  const { t } = useTranslation();
  const form = useForm<Values>({
    initialValues: {
      sku: product?.sku ?? '',
      name: product?.name ?? '',
      description: product?.description ?? '',
      kind: product?.kind ?? 'product',
      unit: product?.unit ?? 'unit',
      category: product?.category ?? '',
      taxRateId: product?.taxRateId ?? null,
    },
    validate: zodValidate(product ? updateProductBody : createProductBody, toBody, {
      sku: t('validation.skuChars'),
      unit: t('validation.unitChars'),
    }),
  });
  const save = useSaveRecord<ProductDetail>('products', product ?? null);
  const { onSubmit, problem } = useRecordSubmit(form, toBody, {
    save: save.mutateAsync,
    successMessage: product ? t('products.saved') : t('products.created'),
    onSaved: onDone,
    onStale: stale?.onStale,
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <FormProblem problem={problem} onReload={stale?.onReload} />
        <FormFields readOnly={readOnly}>
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <TextInput label={t('products.sku')} description={t('products.skuHint')} required dir="ltr" {...form.getInputProps('sku')} />
            <Select
              label={t('products.kind')}
              required
              allowDeselect={false}
              data={productKinds.map((kind) => ({ value: kind, label: t(`productKind.${kind}`) }))}
              {...form.getInputProps('kind')}
            />
          </SimpleGrid>
          <TextInput label={t('products.name')} required {...form.getInputProps('name')} />
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <TextInput label={t('products.unit')} description={t('products.unitHint')} required {...form.getInputProps('unit')} />
            <TextInput label={t('products.category')} {...form.getInputProps('category')} />
          </SimpleGrid>
          <TaxRateSelect label={t('products.taxRate')} placeholder={t('products.defaultTaxRate')} clearable={!product} {...form.getInputProps('taxRateId')} />
          <Textarea label={t('products.description')} autosize minRows={3} maxRows={8} {...form.getInputProps('description')} />
        </FormFields>
        <FormActions submitting={form.submitting} onCancel={() => onDone()} disabled={readOnly} />
      </Stack>
    </form>
  );
}
