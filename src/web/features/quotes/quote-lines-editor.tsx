import { ActionIcon, Button, Group, Paper, Stack, Table, Text, Textarea, TextInput, Tooltip } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconChevronDown, IconChevronUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import Decimal from 'decimal.js';
import { useTranslation } from 'react-i18next';
import type { Product, ProductDetail, TaxRate } from '../../../contracts/catalog';
import type { Page } from '../../../contracts/common';
import { api } from '../../app/api-client';
import { recordQuery } from '../../app/collections';
import { EmptyRow } from '../../ui/empty-row';
import { useDocumentFormat } from './document-format';
import { ProductSelect } from './product-select';
import { emptyLine, previewLineNet, type QuoteValues } from './quote-form-values';
import { TaxRatePicker, useDefaultTaxRate } from './tax-rate-picker';

type Props = { form: UseFormReturnType<QuoteValues> };

const nowrap = { whiteSpace: 'nowrap' } as const;

/** Fills a line from the product: description, unit, tax rate and the price in the quote's price list. */
function useProductFill(form: UseFormReturnType<QuoteValues>) {
  const queryClient = useQueryClient();
  return async (index: number, product: Product | null) => {
    form.setFieldValue(`lines.${index}.productId`, product?.id ?? null);
    form.setFieldValue(`lines.${index}.sku`, product?.sku ?? null);
    if (!product) return;
    const [detail, rates] = await Promise.all([
      queryClient.fetchQuery(recordQuery<ProductDetail>('products', product.id)),
      queryClient.fetchQuery({
        queryKey: ['tax-rates', 'picker'],
        queryFn: ({ signal }) => api.get<Page<TaxRate>>('/tax-rates', { limit: 200, sort: 'name' }, signal),
      }),
    ]);
    const { priceListId, currency } = form.getValues();
    const price =
      detail.prices.find((item) => item.priceListId === priceListId) ?? detail.prices.find((item) => item.currency === currency) ?? null;
    const rate = rates.data.find((item) => item.id === detail.taxRateId);
    form.setFieldValue(`lines.${index}.description`, detail.name);
    form.setFieldValue(`lines.${index}.unit`, detail.unit);
    if (price && price.currency === currency) form.setFieldValue(`lines.${index}.unitPrice`, new Decimal(price.unitPrice.amount).toString());
    if (rate) form.setFieldValue(`lines.${index}.taxRate`, new Decimal(rate.rate).toString());
  };
}

/** The draft's lines: a product (or free text), quantity, unit, unit price, line discount and tax rate. */
export function QuoteLinesEditor({ form }: Props) {
  const { t } = useTranslation();
  const format = useDocumentFormat();
  const defaultRate = useDefaultTaxRate();
  const fill = useProductFill(form);
  const { lines, currency } = form.values;
  const field = (name: string, index: number) => t('documents.lineField', { field: name, number: format.number(index + 1) });

  return (
    <Paper withBorder>
      <Table.ScrollContainer minWidth={1060}>
        <Table verticalSpacing="xs" horizontalSpacing={6} data-testid="quote-lines-editor">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={36}>#</Table.Th>
              <Table.Th>{t('documents.product')}</Table.Th>
              <Table.Th>{t('documents.description')}</Table.Th>
              <Table.Th>{t('documents.quantity')}</Table.Th>
              <Table.Th>{t('documents.unit')}</Table.Th>
              <Table.Th>{t('documents.unitPrice')}</Table.Th>
              <Table.Th>{t('documents.lineDiscount')}</Table.Th>
              <Table.Th>{t('documents.taxRate')}</Table.Th>
              <Table.Th ta="end">{t('documents.lineNet')}</Table.Th>
              <Table.Th w={60} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {lines.length === 0 && <EmptyRow colSpan={10} message={t('documents.noLinesYet')} />}
            {lines.map((line, index) => {
              const net = previewLineNet(line, currency, format.locale);
              return (
                <Table.Tr key={line.key} data-testid="quote-line" style={{ verticalAlign: 'top' }}>
                  <Table.Td c="dimmed" pt={14}>
                    {format.number(index + 1)}
                  </Table.Td>
                  <Table.Td>
                    <ProductSelect
                      ariaLabel={field(t('documents.product'), index)}
                      value={line.productId}
                      label={line.productId ? [line.sku, line.description].filter(Boolean).join(' · ') : null}
                      onChange={(product) => void fill(index, product)}
                    />
                  </Table.Td>
                  <Table.Td miw={170}>
                    <Textarea
                      aria-label={field(t('documents.description'), index)}
                      size="xs"
                      autosize
                      minRows={1}
                      maxRows={4}
                      {...form.getInputProps(`lines.${index}.description`)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput aria-label={field(t('documents.quantity'), index)} size="xs" w={80} inputMode="decimal" dir="ltr" {...form.getInputProps(`lines.${index}.quantity`)} />
                  </Table.Td>
                  <Table.Td>
                    <TextInput aria-label={field(t('documents.unit'), index)} size="xs" w={70} {...form.getInputProps(`lines.${index}.unit`)} />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      aria-label={field(t('documents.unitPrice'), index)}
                      size="xs"
                      w={110}
                      inputMode="decimal"
                      dir="ltr"
                      rightSection={<Text size="xs" c="dimmed">{currency}</Text>}
                      rightSectionWidth={38}
                      {...form.getInputProps(`lines.${index}.unitPrice`)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      aria-label={field(t('documents.lineDiscount'), index)}
                      size="xs"
                      w={70}
                      inputMode="decimal"
                      dir="ltr"
                      rightSection={<Text size="xs" c="dimmed">%</Text>}
                      {...form.getInputProps(`lines.${index}.discountPercent`)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TaxRatePicker
                      ariaLabel={field(t('documents.taxRate'), index)}
                      value={line.taxRate}
                      onChange={(rate) => form.setFieldValue(`lines.${index}.taxRate`, rate)}
                      error={form.errors[`lines.${index}.taxRate`]}
                    />
                  </Table.Td>
                  <Table.Td ta="end" pt={14} fw={500} style={nowrap} data-testid="line-net">
                    {net === null ? t('common.none') : format.amount(net, currency)}
                  </Table.Td>
                  <Table.Td>
                    <Group gap={2} wrap="nowrap" justify="flex-end">
                      <Stack gap={0}>
                        <ActionIcon size="xs" variant="subtle" color="gray" disabled={index === 0} aria-label={field(t('documents.moveUp'), index)} onClick={() => form.reorderListItem('lines', { from: index, to: index - 1 })}>
                          <IconChevronUp size={14} />
                        </ActionIcon>
                        <ActionIcon
                          size="xs"
                          variant="subtle"
                          color="gray"
                          disabled={index === lines.length - 1}
                          aria-label={field(t('documents.moveDown'), index)}
                          onClick={() => form.reorderListItem('lines', { from: index, to: index + 1 })}
                        >
                          <IconChevronDown size={14} />
                        </ActionIcon>
                      </Stack>
                      <Tooltip label={t('documents.removeLine')}>
                        <ActionIcon variant="subtle" color="red" aria-label={field(t('documents.removeLine'), index)} onClick={() => form.removeListItem('lines', index)}>
                          <IconTrash size={16} />
                        </ActionIcon>
                      </Tooltip>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group p="sm">
        <Button variant="light" size="xs" leftSection={<IconPlus size={14} />} onClick={() => form.insertListItem('lines', emptyLine(defaultRate))}>
          {t('documents.addLine')}
        </Button>
      </Group>
    </Paper>
  );
}
