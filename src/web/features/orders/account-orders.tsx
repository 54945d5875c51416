import type { OrderSummary } from '../../../contracts/orders';
import { useCollection } from '../../app/collections';
import { OrdersTable } from './orders-table';

export function AccountOrders({ accountId }: { accountId: string }) {
  const orders = useCollection<OrderSummary>('orders', { 'filter[accountId]': accountId, sort: '-createdAt' });
  return <OrdersTable orders={orders} hideAccount />;
}
