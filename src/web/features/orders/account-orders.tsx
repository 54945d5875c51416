import type { OrderSummary } from '../../../contracts/orders';
import { useDocuments } from '../quotes/document-data';
import { OrdersTable } from './orders-table';

export function AccountOrders({ accountId }: { accountId: string }) {
  const orders = useDocuments<OrderSummary>('orders', { 'filter[accountId]': accountId, sort: '-createdAt' });
  return <OrdersTable orders={orders} hideAccount />;
}
