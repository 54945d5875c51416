import { Anchor, Button, Group, Paper, Select, Table, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { accountLifecycles, type Account } from '../../../contracts/accounts';
import type { Territory } from '../../../contracts/territories';
import type { User } from '../../../contracts/users';
import { useCollection, useRecordsById } from '../../app/collections';
import { useCan } from '../../app/session';
import { CenteredLoader } from '../../ui/centered-loader';
import { EmptyRow } from '../../ui/empty-row';
import { LoadMore } from '../../ui/load-more';
import { PageHeader } from '../../ui/page-header';
import { QueryError } from '../../ui/query-error';
import { RecordDrawer } from '../../ui/record-drawer';
import { TerritorySelect } from '../territories/territory-select';
import { UserSelect } from '../users/user-select';
import { AccountForm } from './account-form';
import { LifecycleBadge } from './account-labels';

export function AccountsPage() {
  const { t } = useTranslation();
  const canWrite = useCan()('accounts:write');
  const navigate = useNavigate();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [lifecycle, setLifecycle] = useState<string | null>(null);
  const [ownerId, setOwnerId] = useState<string | null>(null);
  const [territoryId, setTerritoryId] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const accounts = useCollection<Account>('accounts', {
    q,
    'filter[lifecycle]': lifecycle,
    'filter[ownerId]': ownerId,
    'filter[territoryId]': territoryId,
    sort: 'name',
  });

  return (
    <>
      <PageHeader title={t('accounts.title')}>
        {canWrite && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
            {t('accounts.create')}
          </Button>
        )}
      </PageHeader>
      <Group mb="md" gap="sm" wrap="wrap" align="flex-end">
        <TextInput
          label={t('common.search')}
          placeholder={t('accounts.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          w={280}
        />
        <Select
          label={t('accounts.lifecycle')}
          placeholder={t('accounts.allLifecycles')}
          clearable
          value={lifecycle}
          onChange={setLifecycle}
          data={accountLifecycles.map((value) => ({ value, label: t(`lifecycle.${value}`) }))}
          w={180}
        />
        <UserSelect label={t('sales.owner')} placeholder={t('sales.allOwners')} value={ownerId} onChange={setOwnerId} w={220} />
        <TerritorySelect label={t('accounts.territory')} placeholder={t('accounts.allTerritories')} value={territoryId} onChange={setTerritoryId} w={220} />
      </Group>
      <AccountsTable accounts={accounts} />
      <RecordDrawer opened={creating} title={t('accounts.createTitle')} onClose={() => setCreating(false)}>
        {creating && (
          <AccountForm
            onDone={() => setCreating(false)}
            onCreated={(account) => void navigate({ to: '/accounts/$accountId', params: { accountId: account.id } })}
          />
        )}
      </RecordDrawer>
    </>
  );
}

function AccountsTable({ accounts }: { accounts: ReturnType<typeof useCollection<Account>> }) {
  const { t } = useTranslation();
  const owners = useRecordsById<User>('users', accounts.items.map((account) => account.ownerId));
  const territories = useRecordsById<Territory>('territories', accounts.items.map((account) => account.territoryId));

  if (accounts.isPending) return <CenteredLoader />;
  if (accounts.isError) return <QueryError error={accounts.error} onRetry={() => void accounts.refetch()} />;

  return (
    <>
      <Paper withBorder>
        <Table.ScrollContainer minWidth={760}>
          <Table striped highlightOnHover verticalSpacing="sm" data-testid="accounts-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('accounts.name')}</Table.Th>
                <Table.Th>{t('accounts.city')}</Table.Th>
                <Table.Th>{t('accounts.lifecycle')}</Table.Th>
                <Table.Th>{t('sales.owner')}</Table.Th>
                <Table.Th>{t('accounts.territory')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {accounts.items.length === 0 && <EmptyRow colSpan={5} />}
              {accounts.items.map((account) => (
                <Table.Tr key={account.id}>
                  <Table.Td>
                    <Anchor fw={500} renderRoot={(props) => <Link to="/accounts/$accountId" params={{ accountId: account.id }} {...props} />}>
                      <bdi>{account.name}</bdi>
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{account.address.city || t('common.none')}</Table.Td>
                  <Table.Td>
                    <LifecycleBadge lifecycle={account.lifecycle} />
                  </Table.Td>
                  <Table.Td>{owners.get(account.ownerId)?.name ?? t('common.none')}</Table.Td>
                  <Table.Td>{account.territoryId ? (territories.get(account.territoryId)?.name ?? t('common.none')) : t('common.none')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      <LoadMore hasMore={accounts.hasNextPage} loading={accounts.isFetchingNextPage} onLoadMore={() => void accounts.fetchNextPage()} />
    </>
  );
}
