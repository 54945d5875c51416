import { Alert, Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { InvoiceSummary } from '../../../contracts/invoices';
import type { Order, OrderLine } from '../../../contracts/orders';
import type { Quote } from '../../../contracts/quotes';
import { recordQuery, useCollection } from '../../app/collections';
import { useCan } from '../../app/session';
import { CenteredLoader } from '../../ui/centered-loader';
import { DetailGrid, type Detail } from '../../ui/detail-grid';
import { QueryError } from '../../ui/query-error';
import { AccountLink } from '../accounts/account-name';
import { RecordTimeline } from '../audit/record-timeline';
import { AccountCredit, CreditAssessmentView } from '../credit/credit-assessment';
import { InvoicesTable } from '../invoices/invoices-table';
import { useDocumentFormat } from '../quotes/document-format';
import { DocumentChargesTable, DocumentLinesTable, type ExtraColumn } from '../quotes/document-lines-table';
import { DocumentTotalsView } from '../quotes/document-totals';
import { ContactLink, OpportunityLink } from '../quotes/quote-details';
import { useQuoteTitle } from '../quotes/quote-labels';
import { RecordTasks } from '../tasks/record-tasks';
import { UserName } from '../users/user-name';
import { OrderActions } from './order-actions';
import { OrderDeliveries } from './order-deliveries';
import { OrderStatusBadge } from './order-labels';

export function OrderPage() {
  const { orderId } = useParams({ from: '/app/orders/$orderId' });
  const { t } = useTranslation();
  const order = useQuery(recordQuery<Order>('orders', orderId));
  if (order.isPending) return <CenteredLoader />;
  if (order.isError) return <QueryError error={order.error} onRetry={() => void order.refetch()} />;
  return (
    <Stack gap="lg" maw={1300}>
      <Anchor size="sm" renderRoot={(props) => <Link to="/orders" {...props} />}>
        {t('orders.backToList')}
      </Anchor>
      <OrderView order={order.data} />
    </Stack>
  );
}

function QuoteLink({ id }: { id: string }) {
  const quote = useQuery({ ...recordQuery<Quote>('quotes', id), staleTime: 60_000 });
  const title = useQuoteTitle();
  return (
    <Anchor renderRoot={(props) => <Link to="/quotes/$quoteId" params={{ quoteId: id }} {...props} />}>
      {quote.data ? title(quote.data) : '…'}
    </Anchor>
  );
}

function OrderView({ order }: { order: Order }) {
  const { t } = useTranslation();
  const format = useDocumentFormat();
  const canReadTasks = useCan()('tasks:read');
  const invoices = useCollection<InvoiceSummary>('invoices', { 'filter[orderId]': order.id, sort: '-createdAt' });
  const quantity = (value: string) => format.decimal(value);
  const extraColumns: ExtraColumn<OrderLine>[] = [
    { key: 'delivered', header: t('orders.delivered'), cell: (line) => quantity(line.deliveredQuantity) },
    { key: 'invoiced', header: t('orders.invoiced'), cell: (line) => quantity(line.invoicedQuantity) },
  ];
  const credit = order.creditAtConfirmation;
  const confirmed = order.confirmedAt !== null;
  const details: Detail[] = [
    { label: t('documents.account'), value: <AccountLink id={order.accountId} /> },
    { label: t('orders.quote'), value: order.quoteId && <QuoteLink id={order.quoteId} /> },
    { label: t('quotes.opportunity'), value: order.opportunityId && <OpportunityLink id={order.opportunityId} /> },
    { label: t('sales.owner'), value: <Text><UserName id={order.ownerId} /></Text> },
    { label: t('orders.orderDate'), value: format.day(order.orderDate) },
    { label: t('documents.contact'), value: <ContactLink id={order.contactId} /> },
    { label: t('documents.paymentTerms'), value: t(`paymentTerms.${order.paymentTerms}`) },
    { label: t('documents.currency'), value: `${order.currency} · ${format.currencyName(order.currency)}` },
    // The contract is recorded when the order is confirmed; a pending order has none yet.
    ...(confirmed
      ? [
          { label: t('orders.contractSignedAt'), value: order.contractSignedAt ? format.day(order.contractSignedAt) : '' },
          { label: t('orders.signedBy'), value: order.signedBy },
          { label: t('orders.contractReference'), value: order.contractReference },
          { label: t('orders.confirmedAt'), value: order.confirmedAt ? format.dateTime(order.confirmedAt) : '' },
        ]
      : []),
    ...(order.creditApprovedBy ? [{ label: t('orders.creditApprovedBy'), value: <Text><UserName id={order.creditApprovedBy} /></Text> }] : []),
    { label: t('documents.deliveryTerms'), value: order.deliveryTerms, wide: true },
    { label: t('sales.notes'), value: order.notes, wide: true },
  ];

  return (
    <>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Group gap="sm">
          <Title order={2} data-testid="order-title">
            <bdi>{order.number}</bdi>
          </Title>
          <OrderStatusBadge status={order.status} testId="order-status" />
        </Group>
        <OrderActions order={order} />
      </Group>
      {order.status === 'cancelled' && (
        <Alert color="red" icon={<IconX size={18} />} title={t('orders.cancelledOn', { date: order.cancelledAt ? format.dateTime(order.cancelledAt) : '' })}>
          <Text size="sm">{order.cancelReason || t('quotes.noReason')}</Text>
        </Alert>
      )}
      <Paper withBorder p="lg">
        <DetailGrid cols={4} details={details} />
      </Paper>
      {order.status === 'pending' && (
        <AccountCredit accountId={order.accountId} pending={{ amount: order.totals.total, currency: order.currency }} terms={order.paymentTerms} />
      )}
      {order.status !== 'pending' && credit && <CreditAssessmentView assessment={credit} terms={order.paymentTerms} title={t('orders.creditAtConfirmation')} />}
      <Stack gap="xs">
        <Title order={4}>{t('documents.lines')}</Title>
        <DocumentLinesTable lines={order.lines} currency={order.currency} extraColumns={extraColumns} quantityHeader={t('orders.ordered')} testId="order-lines" />
      </Stack>
      {order.charges.length > 0 && (
        <Stack gap="xs">
          <Title order={4}>{t('documents.charges')}</Title>
          <DocumentChargesTable charges={order.charges} currency={order.currency} />
        </Stack>
      )}
      <DocumentTotalsView totals={order.totals} />
      {confirmed && (
        <>
          <OrderDeliveries order={order} />
          <Paper withBorder p="lg">
            <Title order={4} mb="md">
              {t('invoices.title')}
            </Title>
            <InvoicesTable invoices={invoices} hideAccount />
          </Paper>
        </>
      )}
      {canReadTasks && (
        <Paper withBorder p="lg">
          <Title order={4} mb="md">
            {t('tasks.title')}
          </Title>
          <RecordTasks related={{ type: 'order', id: order.id }} />
        </Paper>
      )}
      <Paper withBorder p="lg">
        <Title order={4} mb="md">
          {t('common.history')}
        </Title>
        <RecordTimeline resource="orders" id={order.id} />
      </Paper>
    </>
  );
}
