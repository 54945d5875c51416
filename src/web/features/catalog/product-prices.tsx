import { ActionIcon, Badge, Button, Group, Paper, Stack, Table, Text, TextInput, Title, Tooltip, VisuallyHidden } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconPencil, IconTrash, IconX } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { setPriceBody, type PriceList, type ProductDetail, type ProductPrice } from '../../../contracts/catalog';
import { recordQuery } from '../../app/collections';
import { useFormat } from '../../app/i18n/format';
import { CenteredLoader } from '../../ui/centered-loader';
import { ConfirmModal } from '../../ui/confirm-modal';
import { decimalForInput, parseDecimalText } from '../../ui/forms/decimal-text';
import { FormProblem } from '../../ui/forms/form-problem';
import { useRecordSubmit } from '../../ui/forms/use-record-submit';
import { zodValidate } from '../../ui/forms/zod-validate';
import { problemMessage } from '../../ui/problem-message';
import { QueryError } from '../../ui/query-error';
import { usePriceListOptions, usePriceMutations } from './catalog-data';

type Values = { unitPrice: string };

function PriceEditor({ productId, list, price, onDone }: { productId: string; list: PriceList; price?: ProductPrice; onDone: () => void }) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const { setPrice } = usePriceMutations();
  const toBody = (values: Values) => ({ unitPrice: parseDecimalText(values.unitPrice, locale) });
  const form = useForm<Values>({
    initialValues: { unitPrice: price ? decimalForInput(price.unitPrice.amount, locale) : '' },
    validate: zodValidate(setPriceBody, toBody, { unitPrice: t('validation.decimal') }),
  });
  const { onSubmit, problem } = useRecordSubmit(form, toBody, {
    save: (body) => setPrice.mutateAsync({ target: { priceListId: list.id, productId }, body }),
    successMessage: t('prices.saved', { list: list.name }),
    onSaved: onDone,
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="xs">
        <FormProblem problem={problem} />
        <Group gap="xs" align="flex-start" wrap="nowrap">
          <TextInput
            aria-label={t('prices.unitPriceIn', { list: list.name })}
            inputMode="decimal"
            dir="ltr"
            size="xs"
            w={140}
            rightSection={<Text size="xs" c="dimmed">{list.currency}</Text>}
            rightSectionWidth={42}
            data-autofocus
            {...form.getInputProps('unitPrice')}
          />
          <Tooltip label={t('common.save')}>
            <ActionIcon type="submit" variant="light" size="md" loading={form.submitting} aria-label={t('common.save')}>
              <IconCheck size={16} />
            </ActionIcon>
          </Tooltip>
          <Tooltip label={t('common.cancel')}>
            <ActionIcon variant="subtle" color="gray" size="md" onClick={onDone} aria-label={t('common.cancel')}>
              <IconX size={16} />
            </ActionIcon>
          </Tooltip>
        </Group>
      </Stack>
    </form>
  );
}

/** A product's price in every active price list; managers set, change and remove them one list at a time. */
export function ProductPrices({ productId, canManage }: { productId: string; canManage: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const product = useQuery(recordQuery<ProductDetail>('products', productId));
  const lists = usePriceListOptions();
  const { removePrice } = usePriceMutations();
  const [editing, setEditing] = useState<string | null>(null);
  const [removing, setRemoving] = useState<PriceList | null>(null);

  if (product.isPending || lists.isPending) return <CenteredLoader />;
  if (product.isError) return <QueryError error={product.error} onRetry={() => void product.refetch()} />;
  if (lists.isError) return <QueryError error={lists.error} onRetry={() => void lists.refetch()} />;

  const priceIn = new Map(product.data.prices.map((price) => [price.priceListId, price]));
  const confirmRemove = () => {
    if (!removing) return;
    removePrice.mutate(
      { priceListId: removing.id, productId },
      {
        onSuccess: () => notifications.show({ color: 'teal', message: t('prices.removed', { list: removing.name }) }),
        onError: (error) => notifications.show({ color: 'red', title: t('errors.title'), message: problemMessage(error, t) }),
        onSettled: () => setRemoving(null),
      },
    );
  };

  return (
    <Paper withBorder p="md" mt="lg" data-testid="product-prices">
      <Title order={4} mb={4}>
        {t('prices.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('prices.intro')}
      </Text>
      <Table verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('prices.priceList')}</Table.Th>
            <Table.Th>{t('prices.unitPrice')}</Table.Th>
            <Table.Th w={90}>
              <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lists.data.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={3}>
                <Text c="dimmed" size="sm">
                  {t('prices.noLists')}
                </Text>
              </Table.Td>
            </Table.Tr>
          )}
          {lists.data.map((list) => {
            const price = priceIn.get(list.id);
            return (
              <Table.Tr key={list.id} data-testid="price-row">
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <Text size="sm">
                      <bdi>{list.name}</bdi>
                    </Text>
                    {list.isDefault && (
                      <Badge size="xs" variant="light">
                        {t('catalog.default')}
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td colSpan={editing === list.id ? 2 : 1}>
                  {editing === list.id ? (
                    <PriceEditor productId={productId} list={list} price={price} onDone={() => setEditing(null)} />
                  ) : price ? (
                    <Text size="sm" fw={500} style={{ whiteSpace: 'nowrap' }}>
                      {format.money(price.unitPrice)}
                    </Text>
                  ) : (
                    <Text size="sm" c="dimmed">
                      {t('prices.noPrice')}
                    </Text>
                  )}
                </Table.Td>
                {editing !== list.id && (
                  <Table.Td>
                    {canManage && (
                      <Group gap={4} wrap="nowrap" justify="flex-end">
                        {price ? (
                          <>
                            <Tooltip label={t('prices.change')}>
                              <ActionIcon variant="subtle" aria-label={`${t('prices.change')}: ${list.name}`} onClick={() => setEditing(list.id)}>
                                <IconPencil size={18} />
                              </ActionIcon>
                            </Tooltip>
                            <Tooltip label={t('prices.remove')}>
                              <ActionIcon variant="subtle" color="red" aria-label={`${t('prices.remove')}: ${list.name}`} onClick={() => setRemoving(list)}>
                                <IconTrash size={18} />
                              </ActionIcon>
                            </Tooltip>
                          </>
                        ) : (
                          <Button size="compact-xs" variant="light" onClick={() => setEditing(list.id)}>
                            {t('prices.set')}
                          </Button>
                        )}
                      </Group>
                    )}
                  </Table.Td>
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      <ConfirmModal
        opened={removing !== null}
        title={t('prices.removeTitle')}
        message={t('prices.removeConfirm', { list: removing?.name ?? '' })}
        confirmLabel={t('prices.remove')}
        loading={removePrice.isPending}
        onConfirm={confirmRemove}
        onClose={() => setRemoving(null)}
      />
    </Paper>
  );
}
