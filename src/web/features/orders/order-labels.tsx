import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OrderStatus } from '../../../contracts/orders';

const statusColors: Record<OrderStatus, string> = {
  pending: 'yellow',
  confirmed: 'blue',
  partially_delivered: 'cyan',
  delivered: 'teal',
  closed: 'gray',
  cancelled: 'red',
};

export function OrderStatusBadge({ status, testId }: { status: OrderStatus; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={statusColors[status]} style={{ minWidth: 'fit-content', flexShrink: 0 }} data-testid={testId}>
      {t(`orderStatus.${status}`)}
    </Badge>
  );
}
