import { Button, Checkbox, Group, Select, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { quoteStatuses, type QuoteSummary } from '../../../contracts/quotes';
import { useCollection } from '../../app/collections';
import { useCan } from '../../app/session';
import { PageHeader } from '../../ui/page-header';
import { sortParam, type Sort } from '../../ui/sort-header';
import { NewQuoteModal } from './new-quote';
import { QuotesTable, type QuoteSortField } from './quotes-table';

export function QuotesPage() {
  const { t } = useTranslation();
  const canWrite = useCan()('quotes:write');
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [status, setStatus] = useState<string | null>(null);
  const [allRevisions, setAllRevisions] = useState(false);
  const [sort, setSort] = useState<Sort<QuoteSortField>>({ field: 'createdAt', descending: true });
  const [creating, setCreating] = useState(false);
  // Each negotiation shows once, as its latest round, unless the user asks for every revision.
  const quotes = useCollection<QuoteSummary>('quotes', {
    q,
    'filter[status]': status,
    'filter[latest]': allRevisions ? undefined : 'true',
    sort: sortParam(sort),
  });

  return (
    <>
      <PageHeader title={t('quotes.title')}>
        {canWrite && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
            {t('quotes.create')}
          </Button>
        )}
      </PageHeader>
      <Group mb="md" gap="sm" wrap="wrap" align="flex-end">
        <TextInput
          label={t('common.search')}
          placeholder={t('quotes.searchPlaceholder')}
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
          data={quoteStatuses.map((value) => ({ value, label: t(`quoteStatus.${value}`) }))}
          w={200}
        />
        <Checkbox label={t('quotes.allRevisions')} checked={allRevisions} onChange={(event) => setAllRevisions(event.currentTarget.checked)} mb={8} />
      </Group>
      <QuotesTable quotes={quotes} sort={sort} onSort={setSort} />
      <NewQuoteModal opened={creating} onClose={() => setCreating(false)} />
    </>
  );
}
