import { Button, Group } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../contracts/accounts';
import type { Opportunity } from '../../../contracts/opportunities';
import { useCollection } from '../../app/collections';
import { useCan } from '../../app/session';
import { RecordDrawer } from '../../ui/record-drawer';
import { sortParam, type Sort } from '../../ui/sort-header';
import { OpportunitiesTable, type OpportunitySortField } from './opportunities-table';
import { OpportunityForm } from './opportunity-form';

/** The account's deals, open and closed, and a way to start a new one. */
export function AccountOpportunities({ account }: { account: Account }) {
  const { t } = useTranslation();
  const canWrite = useCan()('opportunities:write');
  const [creating, setCreating] = useState(false);
  const [sort, setSort] = useState<Sort<OpportunitySortField>>({ field: 'updatedAt', descending: true });
  const opportunities = useCollection<Opportunity>('opportunities', { 'filter[accountId]': account.id, sort: sortParam(sort) });

  return (
    <>
      {canWrite && (
        <Group justify="flex-end" mb="sm">
          <Button leftSection={<IconPlus size={16} />} variant="light" onClick={() => setCreating(true)}>
            {t('opportunities.create')}
          </Button>
        </Group>
      )}
      <OpportunitiesTable opportunities={opportunities} sort={sort} onSort={setSort} hideAccount />
      <RecordDrawer opened={creating} title={t('opportunities.createTitle')} onClose={() => setCreating(false)}>
        {creating && <OpportunityForm account={account} onDone={() => setCreating(false)} />}
      </RecordDrawer>
    </>
  );
}
