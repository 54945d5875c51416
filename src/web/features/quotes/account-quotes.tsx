import { Button, Group } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuoteSummary } from '../../../contracts/quotes';
import { useCollection } from '../../app/collections';
import { useCan } from '../../app/session';
import { NewQuoteModal } from './new-quote';
import { QuotesTable } from './quotes-table';

/** The account's quotes, each at its latest revision, newest first; a new one starts from one of its open deals. */
export function AccountQuotes({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const canWrite = useCan()('quotes:write');
  const [creating, setCreating] = useState(false);
  const quotes = useCollection<QuoteSummary>('quotes', { 'filter[accountId]': accountId, 'filter[latest]': 'true', sort: '-createdAt' });
  return (
    <>
      {canWrite && (
        <Group justify="flex-end" mb="sm">
          <Button leftSection={<IconPlus size={16} />} variant="light" onClick={() => setCreating(true)}>
            {t('quotes.create')}
          </Button>
        </Group>
      )}
      <QuotesTable quotes={quotes} hideAccount />
      <NewQuoteModal opened={creating} onClose={() => setCreating(false)} accountId={accountId} />
    </>
  );
}

/** The quotes of one deal, for its page. */
export function OpportunityQuotes({ opportunityId }: { opportunityId: string }) {
  const quotes = useCollection<QuoteSummary>('quotes', { 'filter[opportunityId]': opportunityId, 'filter[latest]': 'true', sort: '-createdAt' });
  return <QuotesTable quotes={quotes} hideAccount hideOpportunity />;
}
