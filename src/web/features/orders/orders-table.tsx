import { Anchor, Paper, Table } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { OrderSummary } from '../../../contracts/orders';
import { CenteredLoader } from '../../ui/centered-loader';
import { EmptyRow } from '../../ui/empty-row';
import { LoadMore } from '../../ui/load-more';
import { QueryError } from '../../ui/query-error';
import { SortHeader, type Sort } from '../../ui/sort-header';
import { AccountLink } from '../accounts/account-name';
import type { useDocuments } from '../quotes/document-data';
import { useDocumentFormat } from '../quotes/document-format';
import { UserName } from '../users/user-name';
import { OrderStatusBadge } from './order-labels';

export type OrderSortField = 'number' | 'orderDate' | 'createdAt' | 'total';

type Props = {
  orders: ReturnType<typeof useDocuments<OrderSummary>>;
  sort?: Sort<OrderSortField>;
  onSort?: (sort: Sort<OrderSortField>) => void;
  hideAccount?: boolean;
};

const nowrap = { whiteSpace: 'nowrap' } as const;

export function OrdersTable({ orders, sort, onSort, hideAccount }: Props) {
  const { t } = useTranslation();
  const format = useDocumentFormat();
  if (orders.isPending) return <CenteredLoader />;
  if (orders.isError) return <QueryError error={orders.error} onRetry={() => void orders.refetch()} />;
  const header = (field: OrderSortField, label: string) =>
    sort && onSort ? (
      <SortHeader field={field} sort={sort} onSort={onSort}>
        {label}
      </SortHeader>
    ) : (
      <Table.Th>{label}</Table.Th>
    );
  return (
    <>
      <Paper withBorder>
        <Table.ScrollContainer minWidth={820}>
          <Table striped highlightOnHover verticalSpacing="sm" data-testid="orders-table">
            <Table.Thead>
              <Table.Tr>
                {header('number', t('orders.number'))}
                {!hideAccount && <Table.Th>{t('documents.account')}</Table.Th>}
                <Table.Th miw={140}>{t('documents.status')}</Table.Th>
                {header('orderDate', t('orders.orderDate'))}
                <Table.Th>{t('documents.paymentTerms')}</Table.Th>
                {header('total', t('documents.total'))}
                <Table.Th>{t('sales.owner')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {orders.items.length === 0 && <EmptyRow colSpan={hideAccount ? 6 : 7} />}
              {orders.items.map((order) => (
                <Table.Tr key={order.id} data-testid="order-row">
                  <Table.Td style={nowrap}>
                    <Anchor fw={500} renderRoot={(props) => <Link to="/orders/$orderId" params={{ orderId: order.id }} {...props} />}>
                      <bdi>{order.number}</bdi>
                    </Anchor>
                  </Table.Td>
                  {!hideAccount && (
                    <Table.Td>
                      <AccountLink id={order.accountId} size="sm" />
                    </Table.Td>
                  )}
                  <Table.Td>
                    <OrderStatusBadge status={order.status} />
                  </Table.Td>
                  <Table.Td style={nowrap}>{format.day(order.orderDate)}</Table.Td>
                  <Table.Td>{t(`paymentTerms.${order.paymentTerms}`)}</Table.Td>
                  <Table.Td ta="end" fw={500} style={nowrap}>
                    {format.amount(order.totals.total, order.currency)}
                  </Table.Td>
                  <Table.Td>
                    <UserName id={order.ownerId} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      <LoadMore hasMore={orders.hasNextPage} loading={orders.isFetchingNextPage} onLoadMore={() => void orders.fetchNextPage()} />
    </>
  );
}
