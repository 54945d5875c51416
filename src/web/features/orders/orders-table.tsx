import { Anchor } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { OrderSummary } from '../../../contracts/orders';
import type { CursorPages } from '../../app/collections';
import { RecordTable, type Column } from '../../ui/record-table';
import type { Sort } from '../../ui/sort-header';
import { AccountLink } from '../accounts/account-name';
import { useDocumentFormat } from '../quotes/document-format';
import { UserName } from '../users/user-name';
import { OrderStatusBadge } from './order-labels';

export type OrderSortField = 'number' | 'orderDate' | 'createdAt' | 'total';

type Props = {
  orders: CursorPages<OrderSummary>;
  sort?: Sort<OrderSortField>;
  onSort?: (sort: Sort<OrderSortField>) => void;
  hideAccount?: boolean;
};

export function OrdersTable({ orders, sort, onSort, hideAccount }: Props) {
  const { t } = useTranslation();
  const format = useDocumentFormat();
  const columns: Column<OrderSummary, OrderSortField>[] = [
    {
      key: 'number',
      label: t('orders.number'),
      sortField: 'number',
      nowrap: true,
      cell: (order) => (
        <Anchor fw={500} renderRoot={(props) => <Link to="/orders/$orderId" params={{ orderId: order.id }} {...props} />}>
          <bdi>{order.number}</bdi>
        </Anchor>
      ),
    },
    { key: 'account', label: t('documents.account'), hidden: hideAccount, cell: (order) => <AccountLink id={order.accountId} size="sm" /> },
    { key: 'status', label: t('documents.status'), th: { miw: 140 }, cell: (order) => <OrderStatusBadge status={order.status} /> },
    { key: 'orderDate', label: t('orders.orderDate'), sortField: 'orderDate', nowrap: true, cell: (order) => format.day(order.orderDate) },
    { key: 'paymentTerms', label: t('documents.paymentTerms'), cell: (order) => t(`paymentTerms.${order.paymentTerms}`) },
    {
      key: 'total',
      label: t('documents.total'),
      sortField: 'total',
      nowrap: true,
      td: { ta: 'end', fw: 500 },
      cell: (order) => format.amount(order.totals.total, order.currency),
    },
    { key: 'owner', label: t('sales.owner'), cell: (order) => <UserName id={order.ownerId} /> },
  ];
  return <RecordTable rows={orders} columns={columns} minWidth={820} testId="orders-table" rowTestId="order-row" sort={sort} onSort={onSort} />;
}
