import { Group, Select, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { orderStatuses, type OrderSummary } from '../../../contracts/orders';
import { useCollection } from '../../app/collections';
import { PageHeader } from '../../ui/page-header';
import { sortParam, type Sort } from '../../ui/sort-header';
import { OrdersTable, type OrderSortField } from './orders-table';

/** Orders come from accepted quotes; this list follows them to delivery and invoicing. */
export function OrdersPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [status, setStatus] = useState<string | null>(null);
  const [sort, setSort] = useState<Sort<OrderSortField>>({ field: 'createdAt', descending: true });
  const orders = useCollection<OrderSummary>('orders', { q, 'filter[status]': status, sort: sortParam(sort) });
  return (
    <>
      <PageHeader title={t('orders.title')} />
      <Group mb="md" gap="sm" wrap="wrap" align="flex-end">
        <TextInput
          label={t('common.search')}
          placeholder={t('orders.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          w={280}
        />
        <Select
          label={t('documents.status')}
          placeholder={t('documents.allStatuses')}
          clearable
          value={status}
          onChange={setStatus}
          data={orderStatuses.map((value) => ({ value, label: t(`orderStatus.${value}`) }))}
          w={220}
        />
      </Group>
      <OrdersTable orders={orders} sort={sort} onSort={setSort} />
    </>
  );
}
