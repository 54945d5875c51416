import { Alert, Anchor, Badge, Group, Paper, Progress, SimpleGrid, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconX } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import Decimal from 'decimal.js';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PaymentTerms } from '../../../contracts/accounts';
import type { Money } from '../../../contracts/common';
import type { CreditAssessment } from '../../../contracts/credit';
import { useCan } from '../../app/session';
import { CenteredLoader } from '../../ui/centered-loader';
import { QueryError } from '../../ui/query-error';
import { useDocumentFormat } from '../quotes/document-format';
import { creditQuery, ratingColors } from './credit-data';

export function RatingBadge({ rating, size = 'lg' }: { rating: CreditAssessment['rating']; size?: 'sm' | 'md' | 'lg' | 'xl' }) {
  const { t } = useTranslation();
  return (
    <Tooltip label={t(`creditRating.${rating}`)}>
      <Badge size={size} variant="filled" color={ratingColors[rating]} data-testid="credit-rating" aria-label={t('credit.ratingIs', { rating })}>
        {rating}
      </Badge>
    </Tooltip>
  );
}

/** Whether the terms a quote or order asks for are among those the rating allows. */
export function termsAllowed(assessment: CreditAssessment, terms: PaymentTerms): boolean {
  return assessment.allowedTerms.includes(terms);
}

export function TermsNotAllowedAlert({ assessment, terms }: { assessment: CreditAssessment; terms: PaymentTerms }) {
  const { t } = useTranslation();
  if (termsAllowed(assessment, terms)) return null;
  return (
    <Alert color="orange" icon={<IconAlertTriangle size={18} />} data-testid="credit-terms-warning">
      {t('credit.termsNotAllowed', {
        terms: t(`paymentTerms.${terms}`),
        rating: assessment.rating,
        allowed: assessment.allowedTerms.map((allowed) => t(`paymentTerms.${allowed}`)).join(', '),
      })}
    </Alert>
  );
}

function Fact({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
        {label}
      </Text>
      <Text fw={500} data-testid={testId}>
        {value}
      </Text>
    </Stack>
  );
}

/** Rating, allowed terms, and the figures behind them; every amount is in the organisation's base currency. */
export function CreditAssessmentView({ assessment, terms, title }: { assessment: CreditAssessment; terms?: PaymentTerms; title?: string }) {
  const { t } = useTranslation();
  const format = useDocumentFormat();
  const [showChecks, setShowChecks] = useState(false);
  const money = (amount: string) => format.amount(amount, assessment.currency);
  const paid = assessment.invoicesPaidOnTime + assessment.invoicesPaidLate;
  const use = assessment.creditUsePercent;

  return (
    <Paper withBorder p="lg" data-testid="credit-assessment">
      <Stack gap="md">
        <Group justify="space-between" wrap="wrap" gap="sm">
          <Group gap="sm">
            <Title order={4}>{title ?? t('credit.title')}</Title>
            <RatingBadge rating={assessment.rating} />
          </Group>
          <Text size="xs" c="dimmed">
            {t('credit.assessedAt', { date: format.dateTime(assessment.assessedAt) })}
          </Text>
        </Group>
        <Group gap="xs" wrap="wrap">
          <Text size="sm" fw={500}>
            {t('credit.allowedTerms')}
          </Text>
          {assessment.allowedTerms.map((allowed) => (
            <Badge key={allowed} variant={allowed === terms ? 'filled' : 'light'} color="gray" data-testid="credit-allowed-term">
              {t(`paymentTerms.${allowed}`)}
            </Badge>
          ))}
        </Group>
        {terms && <TermsNotAllowedAlert assessment={assessment} terms={terms} />}
        <Stack gap={4}>
          <Group justify="space-between" wrap="wrap">
            <Text size="sm">
              {assessment.creditLimit
                ? t('credit.balanceOfLimit', { balance: money(assessment.openBalance), limit: money(assessment.creditLimit) })
                : t('credit.balanceNoLimit', { balance: money(assessment.openBalance) })}
            </Text>
            {use && <Text size="sm" fw={700}>{format.percent(use)}</Text>}
          </Group>
          {use && (
            <Progress
              value={Decimal.min(new Decimal(use), 100).toNumber()}
              color={new Decimal(use).greaterThan(100) ? 'red' : new Decimal(use).greaterThan(80) ? 'orange' : 'teal'}
              aria-label={t('credit.creditUse')}
            />
          )}
        </Stack>
        <SimpleGrid cols={{ base: 2, md: 4 }}>
          <Fact label={t('credit.wonRevenue')} value={money(assessment.wonRevenue)} />
          <Fact label={t('credit.overdueBalance')} value={money(assessment.overdueBalance)} />
          <Fact label={t('credit.pendingAmount')} value={money(assessment.pendingAmount)} />
          <Fact
            label={t('credit.latePayments')}
            value={paid === 0 ? t('credit.noPaidInvoices') : t('credit.paidLate', { late: format.number(assessment.invoicesPaidLate), paid: format.number(paid), percent: format.percent(assessment.latePaymentPercent) })}
          />
        </SimpleGrid>
        {assessment.checks.length > 0 && (
          <Anchor component="button" type="button" size="sm" ta="start" onClick={() => setShowChecks((value) => !value)}>
            {showChecks ? t('credit.hideChecks') : t('credit.showChecks')}
          </Anchor>
        )}
        {showChecks && <CreditChecks assessment={assessment} />}
      </Stack>
    </Paper>
  );
}

function CreditChecks({ assessment }: { assessment: CreditAssessment }) {
  const { t } = useTranslation();
  const format = useDocumentFormat();
  const show = (condition: CreditAssessment['checks'][number]['condition'], value: string) =>
    condition === 'maxLatePaymentPercent' || condition === 'maxCreditUsePercent' ? format.percent(value) : format.amount(value, assessment.currency);
  return (
    <Table verticalSpacing={4} data-testid="credit-checks">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('credit.rating')}</Table.Th>
          <Table.Th>{t('credit.condition')}</Table.Th>
          <Table.Th ta="end">{t('credit.limit')}</Table.Th>
          <Table.Th ta="end">{t('credit.actual')}</Table.Th>
          <Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {assessment.checks.map((check, index) => (
          <Table.Tr key={`${check.rating}-${check.condition}-${index}`}>
            <Table.Td>{check.rating}</Table.Td>
            <Table.Td>{t(`creditCondition.${check.condition}`)}</Table.Td>
            <Table.Td ta="end">{show(check.condition, check.limit)}</Table.Td>
            <Table.Td ta="end">{check.actual === null ? t('common.none') : show(check.condition, check.actual)}</Table.Td>
            <Table.Td>{check.met ? <IconCheck size={16} color="var(--mantine-color-teal-6)" aria-label={t('credit.met')} /> : <IconX size={16} color="var(--mantine-color-red-6)" aria-label={t('credit.notMet')} />}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

type Props = { accountId: string; pending?: Money; terms?: PaymentTerms; title?: string };

/** Loads the account's assessment (counting the pending amount) and shows it; nothing for roles without credit:read. */
export function AccountCredit({ accountId, pending, terms, title }: Props) {
  const can = useCan();
  const allowed = can('credit:read');
  const assessment = useQuery({ ...creditQuery(accountId, pending), enabled: allowed });
  if (!allowed) return null;
  if (assessment.isPending) return <CenteredLoader />;
  if (assessment.isError) return <QueryError error={assessment.error} onRetry={() => void assessment.refetch()} />;
  return <CreditAssessmentView assessment={assessment.data} terms={terms} title={title} />;
}
