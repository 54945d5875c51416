import { ActionIcon, Button, Group, Paper, Select, Stack, Table, Text, TextInput, Tooltip, VisuallyHidden } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconArchive, IconPlus } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createExchangeRateBody, type ExchangeRate } from '../../../contracts/catalog';
import { api } from '../../app/api-client';
import { useCollection, useInvalidate } from '../../app/collections';
import { useFormat } from '../../app/i18n/format';
import { useCan, useMe } from '../../app/session';
import { CenteredLoader } from '../../ui/centered-loader';
import { CurrencySelect } from '../../ui/currency-select';
import { EmptyRow } from '../../ui/empty-row';
import { parseDecimalText } from '../../ui/forms/decimal-text';
import { FormProblem } from '../../ui/forms/form-problem';
import { useRecordSubmit } from '../../ui/forms/use-record-submit';
import { zodValidate } from '../../ui/forms/zod-validate';
import { LoadMore } from '../../ui/load-more';
import { PageHeader } from '../../ui/page-header';
import { QueryError } from '../../ui/query-error';
import { useArchiveConfirm } from '../../ui/use-archive-confirm';
import { formatRate } from './catalog-data';

type Values = { currency: string | null; rate: string; validFrom: string };

const currencies = Intl.supportedValuesOf('currency');

function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** Rates cannot be edited: a correction is a new rate (or archiving the wrong one). */
function AddExchangeRate({ base }: { base: string }) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const invalidate = useInvalidate();
  const toBody = (values: Values) => ({ currency: values.currency, rate: parseDecimalText(values.rate, locale), validFrom: values.validFrom });
  const form = useForm<Values>({
    initialValues: { currency: null, rate: '', validFrom: today() },
    validate: zodValidate(createExchangeRateBody, toBody, { rate: t('validation.exchangeRate'), currency: t('validation.currency') }),
  });
  const create = useMutation({
    mutationFn: (body: unknown) => api.post<ExchangeRate>('/exchange-rates', body),
    onSuccess: () => invalidate('exchange-rates'),
  });
  const { onSubmit, problem } = useRecordSubmit(form, toBody, {
    save: create.mutateAsync,
    successMessage: t('exchangeRates.created'),
    onSaved: () => form.reset(),
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="xs">
        <FormProblem problem={problem} />
        <Group align="flex-start" gap="sm">
          <CurrencySelect label={t('exchangeRates.currency')} required w={240} {...form.getInputProps('currency')} />
          <TextInput
            label={t('exchangeRates.rate')}
            description={t('exchangeRates.rateHint', { base })}
            required
            inputMode="decimal"
            dir="ltr"
            w={220}
            rightSection={<Text size="xs" c="dimmed">{base}</Text>}
            rightSectionWidth={42}
            {...form.getInputProps('rate')}
          />
          <TextInput type="date" label={t('exchangeRates.validFrom')} required w={170} {...form.getInputProps('validFrom')} />
          <Button type="submit" mt={25} leftSection={<IconPlus size={16} />} loading={form.submitting}>
            {t('exchangeRates.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function ExchangeRatesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe();
  const base = me.organization.baseCurrency;
  const canManage = useCan()('catalog:manage');
  const [currency, setCurrency] = useState<string | null>(null);
  const rates = useCollection<ExchangeRate>('exchange-rates', { 'filter[currency]': currency, sort: '-validFrom' });
  // "1 USD = 0.92 EUR" reads left to right in every language: it is isolated so Persian text flows around it.
  const statement = (rate: ExchangeRate) =>
    t('exchangeRates.statement', {
      equation: `\u2066${format.number(1)} ${rate.currency} = ${formatRate(rate.rate, format.locale)} ${rate.baseCurrency}\u2069`,
      date: format.day(rate.validFrom),
    });
  const archive = useArchiveConfirm<{ id: string; name: string }>('exchange-rates', {
    title: t('exchangeRates.archiveTitle'),
    message: (name) => t('exchangeRates.archiveConfirm', { name }),
    done: t('exchangeRates.archivedDone'),
  });

  return (
    <>
      <PageHeader title={t('exchangeRates.title')} />
      <Text c="dimmed" mb="md" maw={900}>
        {t('exchangeRates.intro', { base })}
      </Text>
      {canManage && (
        <Paper withBorder p="md" mb="md" maw={900}>
          <AddExchangeRate base={base} />
        </Paper>
      )}
      <Group mb="md">
        <Select
          label={t('exchangeRates.currency')}
          placeholder={t('exchangeRates.allCurrencies')}
          searchable
          clearable
          data={currencies.map((code) => ({ value: code, label: `${code} · ${format.currencyName(code)}` }))}
          value={currency}
          onChange={setCurrency}
          w={260}
        />
      </Group>
      {rates.isPending ? (
        <CenteredLoader />
      ) : rates.isError ? (
        <QueryError error={rates.error} onRetry={() => void rates.refetch()} />
      ) : (
        <Paper withBorder maw={900}>
          <Table.ScrollContainer minWidth={620}>
            <Table striped verticalSpacing="sm" data-testid="exchange-rates-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('exchangeRates.rate')}</Table.Th>
                  <Table.Th>{t('exchangeRates.currency')}</Table.Th>
                  <Table.Th>{t('exchangeRates.validFrom')}</Table.Th>
                  <Table.Th w={60}>
                    <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rates.items.length === 0 && <EmptyRow colSpan={4} />}
                {rates.items.map((rate) => (
                  <Table.Tr key={rate.id}>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        <bdi>{statement(rate)}</bdi>
                      </Text>
                      {rate.baseCurrency !== base && (
                        <Text size="xs" c="dimmed">
                          {t('exchangeRates.otherBase', { base: rate.baseCurrency })}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{format.currencyName(rate.currency)}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.day(rate.validFrom)}</Table.Td>
                    <Table.Td>
                      {canManage && (
                        <Tooltip label={t('common.archive')}>
                          <ActionIcon
                            variant="subtle"
                            color="red"
                            aria-label={`${t('common.archive')}: ${statement(rate)}`}
                            onClick={() => archive.ask({ id: rate.id, name: statement(rate) })}
                          >
                            <IconArchive size={18} />
                          </ActionIcon>
                        </Tooltip>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      <LoadMore hasMore={rates.hasNextPage} loading={rates.isFetchingNextPage} onLoadMore={() => void rates.fetchNextPage()} />
      {archive.modal}
    </>
  );
}
