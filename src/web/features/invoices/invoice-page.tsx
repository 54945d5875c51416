import { Alert, Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconReceiptRefund } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Invoice } from '../../../contracts/invoices';
import type { Order } from '../../../contracts/orders';
import { recordQuery } from '../../app/collections';
import { CenteredLoader } from '../../ui/centered-loader';
import { DetailGrid } from '../../ui/detail-grid';
import { QueryError } from '../../ui/query-error';
import { AccountLink } from '../accounts/account-name';
import { RecordTimeline } from '../audit/record-timeline';
import { isZero, useDocumentFormat } from '../quotes/document-format';
import { DocumentChargesTable, DocumentLinesTable } from '../quotes/document-lines-table';
import { DocumentTotalsView, TotalsRow } from '../quotes/document-totals';
import { UserName } from '../users/user-name';
import { InvoiceActions } from './invoice-actions';
import { InvoiceKindBadge, InvoiceStatusBadge, OverdueBadge, useInvoiceNumber } from './invoice-labels';
import { InvoicePayments } from './invoice-payments';

export function InvoicePage() {
  const { invoiceId } = useParams({ from: '/app/invoices/$invoiceId' });
  const { t } = useTranslation();
  const invoice = useQuery(recordQuery<Invoice>('invoices', invoiceId));
  if (invoice.isPending) return <CenteredLoader />;
  if (invoice.isError) return <QueryError error={invoice.error} onRetry={() => void invoice.refetch()} />;
  return (
    <Stack gap="lg" maw={1300}>
      <Anchor size="sm" renderRoot={(props) => <Link to="/invoices" {...props} />}>
        {t('invoices.backToList')}
      </Anchor>
      <InvoiceView invoice={invoice.data} />
    </Stack>
  );
}

function OrderLink({ id }: { id: string }) {
  const order = useQuery({ ...recordQuery<Order>('orders', id), staleTime: 60_000 });
  return (
    <Anchor renderRoot={(props) => <Link to="/orders/$orderId" params={{ orderId: id }} {...props} />}>
      <bdi>{order.data?.number ?? '…'}</bdi>
    </Anchor>
  );
}

function InvoiceLink({ id }: { id: string }) {
  const invoice = useQuery({ ...recordQuery<Invoice>('invoices', id), staleTime: 60_000 });
  const numberOf = useInvoiceNumber();
  return (
    <Anchor renderRoot={(props) => <Link to="/invoices/$invoiceId" params={{ invoiceId: id }} {...props} />}>
      <bdi>{invoice.data ? numberOf(invoice.data) : '…'}</bdi>
    </Anchor>
  );
}

function InvoiceView({ invoice }: { invoice: Invoice }) {
  const { t } = useTranslation();
  const format = useDocumentFormat();
  const numberOf = useInvoiceNumber();
  const money = (amount: string) => format.amount(amount, invoice.currency);

  return (
    <>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Group gap="sm">
          <Title order={2} data-testid="invoice-title">
            <bdi>{numberOf(invoice)}</bdi>
          </Title>
          <InvoiceKindBadge kind={invoice.kind} />
          <InvoiceStatusBadge status={invoice.status} testId="invoice-status" />
          {invoice.overdue && <OverdueBadge />}
        </Group>
        <InvoiceActions invoice={invoice} />
      </Group>
      {invoice.kind === 'credit_note' && invoice.creditedInvoiceId && (
        <Alert color="grape" icon={<IconReceiptRefund size={18} />} title={t('invoices.creditNoteFor')}>
          <Stack gap={4}>
            <InvoiceLink id={invoice.creditedInvoiceId} />
            {invoice.creditReason && <Text size="sm">{t('invoices.creditBecause', { reason: invoice.creditReason })}</Text>}
          </Stack>
        </Alert>
      )}
      <Paper withBorder p="lg">
        <DetailGrid
          cols={4}
          details={[
            { label: t('documents.account'), value: <AccountLink id={invoice.accountId} /> },
            { label: t('invoices.order'), value: <OrderLink id={invoice.orderId} /> },
            { label: t('sales.owner'), value: <Text><UserName id={invoice.ownerId} /></Text> },
            { label: t('documents.paymentTerms'), value: t(`paymentTerms.${invoice.paymentTerms}`) },
            { label: t('documents.issueDate'), value: invoice.issueDate ? format.day(invoice.issueDate) : '' },
            { label: t('invoices.dueDate'), value: invoice.dueDate ? <Text c={invoice.overdue ? 'red' : undefined}>{format.day(invoice.dueDate)}</Text> : '' },
            { label: t('invoices.downPayment'), value: invoice.downPaymentPercent ? format.percent(invoice.downPaymentPercent) : '' },
            { label: t('documents.documentDiscount'), value: isZero(invoice.discountPercent) ? '' : format.percent(invoice.discountPercent) },
            { label: t('sales.notes'), value: invoice.notes, wide: true },
          ]}
        />
      </Paper>
      <Stack gap="xs">
        <Title order={4}>{t('documents.lines')}</Title>
        <DocumentLinesTable lines={invoice.lines} currency={invoice.currency} />
      </Stack>
      {invoice.charges.length > 0 && (
        <Stack gap="xs">
          <Title order={4}>{t('documents.charges')}</Title>
          <DocumentChargesTable charges={invoice.charges} currency={invoice.currency} />
        </Stack>
      )}
      <DocumentTotalsView
        totals={invoice.totals}
        after={
          invoice.status !== 'draft' &&
          invoice.kind !== 'credit_note' && (
            <>
              <TotalsRow label={t('invoices.amountPaid')} value={money(invoice.amountPaid)} testId="invoice-paid" />
              <TotalsRow label={t('invoices.amountCredited')} value={money(invoice.amountCredited)} testId="invoice-credited" />
              <TotalsRow label={t('invoices.amountDue')} value={money(invoice.amountDue)} strong testId="invoice-due" />
            </>
          )
        }
      />
      {invoice.status !== 'draft' && invoice.kind !== 'credit_note' && <InvoicePayments invoice={invoice} />}
      <Paper withBorder p="lg">
        <Title order={4} mb="md">
          {t('common.history')}
        </Title>
        <RecordTimeline resource="invoices" id={invoice.id} />
      </Paper>
    </>
  );
}
