import { Checkbox, Group, Select, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { invoiceStatuses, type InvoiceSummary } from '../../../contracts/invoices';
import { useCollection } from '../../app/collections';
import { PageHeader } from '../../ui/page-header';
import { sortParam, type Sort } from '../../ui/sort-header';
import { InvoicesTable, type InvoiceSortField } from './invoices-table';

/** Invoices are created from orders; this list follows what is issued, paid and overdue. */
export function InvoicesPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [status, setStatus] = useState<string | null>(null);
  const [overdue, setOverdue] = useState(false);
  const [sort, setSort] = useState<Sort<InvoiceSortField>>({ field: 'createdAt', descending: true });
  const invoices = useCollection<InvoiceSummary>('invoices', {
    q,
    'filter[status]': status,
    'filter[overdue]': overdue ? 'true' : undefined,
    sort: sortParam(sort),
  });
  return (
    <>
      <PageHeader title={t('invoices.title')} />
      <Group mb="md" gap="sm" wrap="wrap" align="flex-end">
        <TextInput
          label={t('common.search')}
          placeholder={t('invoices.searchPlaceholder')}
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
          data={invoiceStatuses.map((value) => ({ value, label: t(`invoiceStatus.${value}`) }))}
          w={200}
        />
        <Checkbox label={t('invoices.onlyOverdue')} checked={overdue} onChange={(event) => setOverdue(event.currentTarget.checked)} mb={8} />
      </Group>
      <InvoicesTable invoices={invoices} sort={sort} onSort={setSort} />
    </>
  );
}
