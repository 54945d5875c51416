import { Button, Group } from '@mantine/core';
import { IconFilePlus, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../contracts/accounts';
import type { Opportunity } from '../../../contracts/opportunities';
import { useCollection } from '../../app/collections';
import { useCan } from '../../app/session';
import { RecordDrawer } from '../../ui/record-drawer';
import { sortParam, type Sort } from '../../ui/sort-header';
import { NewQuoteModal } from '../quotes/new-quote';
import { OpportunitiesTable, type OpportunitySortField } from './opportunities-table';
import { OpportunityForm } from './opportunity-form';

/** The account's deals, open and closed, and a way to start a new one. */
export function AccountOpportunities({ account }: { account: Account }) {
  const { t } = useTranslation();
  const can = useCan();
  const canWrite = can('opportunities:write');
  const canQuote = can('quotes:write');
  const [creating, setCreating] = useState(false);
  const [quoting, setQuoting] = useState(false);
  const [sort, setSort] = useState<Sort<OpportunitySortField>>({ field: 'updatedAt', descending: true });
  const opportunities = useCollection<Opportunity>('opportunities', { 'filter[accountId]': account.id, sort: sortParam(sort) });

  return (
    <>
      {(canWrite || canQuote) && (
        <Group justify="flex-end" mb="sm">
          {canQuote && (
            <Button leftSection={<IconFilePlus size={16} />} variant="default" onClick={() => setQuoting(true)}>
              {t('quotes.create')}
            </Button>
          )}
          {canWrite && (
            <Button leftSection={<IconPlus size={16} />} variant="light" onClick={() => setCreating(true)}>
              {t('opportunities.create')}
            </Button>
          )}
        </Group>
      )}
      <OpportunitiesTable opportunities={opportunities} sort={sort} onSort={setSort} hideAccount />
      <RecordDrawer opened={creating} title={t('opportunities.createTitle')} onClose={() => setCreating(false)}>
        {creating && <OpportunityForm account={account} onDone={() => setCreating(false)} />}
      </RecordDrawer>
      <NewQuoteModal opened={quoting} onClose={() => setQuoting(false)} accountId={account.id} />
    </>
  );
}
