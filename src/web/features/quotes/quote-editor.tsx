import { Badge, Button, Group, Select, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { paymentTerms } from '../../../contracts/accounts';
import { updateQuoteBody, type Quote } from '../../../contracts/quotes';
import { api } from '../../app/api-client';
import { useInvalidate } from '../../app/collections';
import { CurrencySelect } from '../../ui/currency-select';
import { FormProblem } from '../../ui/forms/form-problem';
import { useRecordSubmit } from '../../ui/forms/use-record-submit';
import { zodValidate, type PatternHints } from '../../ui/forms/zod-validate';
import { usePriceListOptions } from '../catalog/catalog-data';
import { ContactSelect } from '../contacts/contact-select';
import { DocumentTotalsView } from './document-totals';
import { useDocumentFormat } from './document-format';
import { QuoteChargesEditor } from './quote-charges-editor';
import { previewTotals, quoteBody, quoteValues, type QuoteValues } from './quote-form-values';
import { QuoteLinesEditor } from './quote-lines-editor';

type Props = {
  quote: Quote;
  onSaved: (saved: Quote) => void;
  onReload: () => void;
  onDirtyChange: (dirty: boolean) => void;
};

/** Friendlier words than "Not valid" for the numbers of every line and charge. */
function hintsFor(values: QuoteValues, decimal: string, percent: string): PatternHints {
  const hints: PatternHints = { discountPercent: percent };
  values.lines.forEach((_, index) => {
    hints[`lines.${index}.quantity`] = decimal;
    hints[`lines.${index}.unitPrice`] = decimal;
    hints[`lines.${index}.discountPercent`] = percent;
  });
  values.charges.forEach((_, index) => {
    hints[`charges.${index}.amount`] = decimal;
  });
  return hints;
}

/** A draft quote's form: header, lines, charges; saving PATCHes it with If-Match on the version it was opened with. */
export function QuoteEditor({ quote, onSaved, onReload, onDirtyChange }: Props) {
  const { t } = useTranslation();
  const format = useDocumentFormat();
  const queryClient = useQueryClient();
  const invalidate = useInvalidate();
  const priceLists = usePriceListOptions();
  const toBody = (values: QuoteValues) => quoteBody(values, format.locale);
  const form = useForm<QuoteValues>({
    initialValues: quoteValues(quote, format.locale),
    validate: (values) => zodValidate(updateQuoteBody, toBody, hintsFor(values, t('validation.decimal'), t('validation.percent')))(values),
  });
  const { onSubmit, problem } = useRecordSubmit(form, toBody, {
    save: (body) => api.patch<Quote>(`/quotes/${quote.id}`, body, quote.version),
    successMessage: t('quotes.saved'),
    onSaved: (saved) => {
      queryClient.setQueryData(['quotes', 'record', saved.id], saved);
      void invalidate('quotes', 'credit');
      onSaved(saved);
    },
    onStale: () => void invalidate('quotes'),
  });
  const dirty = form.isDirty();
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);
  const preview = dirty ? previewTotals(form.values, format.locale) : null;
  const lists = (priceLists.data ?? []).filter((list) => list.currency === form.values.currency || list.id === form.values.priceListId);

  return (
    <form onSubmit={onSubmit} noValidate data-testid="quote-editor">
      <Stack gap="lg">
        <FormProblem problem={problem} onReload={onReload} />
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
          <ContactSelect label={t('documents.contact')} accountId={quote.accountId} {...form.getInputProps('contactId')} />
          <CurrencySelect
            label={t('documents.currency')}
            required
            {...form.getInputProps('currency')}
            onChange={(currency) => {
              if (!currency) return;
              form.setFieldValue('currency', currency);
              const current = priceLists.data?.find((list) => list.id === form.values.priceListId);
              if (current && current.currency !== currency) form.setFieldValue('priceListId', null);
            }}
          />
          <Select
            label={t('quotes.priceList')}
            placeholder={t('quotes.defaultPriceList')}
            clearable
            data={lists.map((list) => ({ value: list.id, label: `${list.name} · ${list.currency}` }))}
            {...form.getInputProps('priceListId')}
          />
          <TextInput type="date" label={t('quotes.validUntil')} required {...form.getInputProps('validUntil')} />
          <Select
            label={t('documents.paymentTerms')}
            required
            allowDeselect={false}
            data={paymentTerms.map((value) => ({ value, label: t(`paymentTerms.${value}`) }))}
            {...form.getInputProps('paymentTerms')}
          />
          <TextInput
            label={t('documents.documentDiscount')}
            inputMode="decimal"
            dir="ltr"
            rightSection={<Text size="sm" c="dimmed">%</Text>}
            {...form.getInputProps('discountPercent')}
          />
        </SimpleGrid>
        <Stack gap="xs">
          <Title order={4}>{t('documents.lines')}</Title>
          <QuoteLinesEditor form={form} />
        </Stack>
        <Stack gap="xs">
          <Title order={4}>{t('documents.charges')}</Title>
          <QuoteChargesEditor form={form} />
        </Stack>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <Textarea label={t('documents.deliveryTerms')} autosize minRows={2} {...form.getInputProps('deliveryTerms')} />
          <Textarea label={t('sales.notes')} autosize minRows={2} {...form.getInputProps('notes')} />
        </SimpleGrid>
        <DocumentTotalsView
          totals={preview ?? quote.totals}
          note={
            dirty && (
              <Badge variant="light" color={preview ? 'yellow' : 'gray'} style={{ alignSelf: 'flex-start' }}>
                {preview ? t('documents.previewTotals') : t('documents.incompleteTotals')}
              </Badge>
            )
          }
        />
        <Group justify="flex-end" gap="sm">
          {dirty && (
            <Text size="sm" c="dimmed">
              {t('documents.unsavedChanges')}
            </Text>
          )}
          <Button variant="default" disabled={!dirty} onClick={() => form.reset()}>
            {t('documents.discardChanges')}
          </Button>
          <Button type="submit" leftSection={<IconDeviceFloppy size={16} />} loading={form.submitting} disabled={!dirty}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
