import { Anchor, Button, Group, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconArchive, IconPencil } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../contracts/accounts';
import { recordQuery } from '../../app/collections';
import { useCan } from '../../app/session';
import { CenteredLoader } from '../../ui/centered-loader';
import { QueryError } from '../../ui/query-error';
import { RecordDrawer } from '../../ui/record-drawer';
import { RecordSnapshot } from '../../ui/record-snapshot';
import { useArchiveConfirm } from '../../ui/use-archive-confirm';
import { RecordTimeline } from '../audit/record-timeline';
import { AccountContacts } from '../contacts/account-contacts';
import { AccountCredit } from '../credit/credit-assessment';
import { AccountInvoices } from '../invoices/account-invoices';
import { AccountOpportunities } from '../opportunities/account-opportunities';
import { AccountOrders } from '../orders/account-orders';
import { AccountProjects } from '../projects/account-projects';
import { AccountQuotes } from '../quotes/account-quotes';
import { RecordTasks } from '../tasks/record-tasks';
import { TimeDiary } from '../time/time-diary';
import { AccountDetails } from './account-details';
import { AccountForm } from './account-form';
import { LifecycleBadge } from './account-labels';

export function AccountPage() {
  const { accountId } = useParams({ from: '/app/accounts/$accountId' });
  const { t } = useTranslation();
  const account = useQuery(recordQuery<Account>('accounts', accountId));
  if (account.isPending) return <CenteredLoader />;
  if (account.isError) return <QueryError error={account.error} onRetry={() => void account.refetch()} />;
  return (
    <Stack gap="lg" maw={1200}>
      <Anchor size="sm" renderRoot={(props) => <Link to="/accounts" {...props} />}>
        {t('accounts.backToList')}
      </Anchor>
      <AccountView account={account.data} />
    </Stack>
  );
}

function AccountView({ account }: { account: Account }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const can = useCan();
  const canWrite = can('accounts:write');
  const [editing, setEditing] = useState(false);
  const archive = useArchiveConfirm<Account>(
    'accounts',
    { title: t('accounts.archiveTitle'), message: (name) => t('accounts.archiveConfirm', { name }), done: t('accounts.archivedDone') },
    [],
    () => void navigate({ to: '/accounts' }),
  );

  return (
    <>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={4}>
          <Group gap="sm">
            <Title order={2} data-testid="account-name">
              <bdi>{account.name}</bdi>
            </Title>
            <LifecycleBadge lifecycle={account.lifecycle} />
          </Group>
          {account.legalName && account.legalName !== account.name && (
            <Text c="dimmed">
              <bdi>{account.legalName}</bdi>
            </Text>
          )}
        </Stack>
        {canWrite && (
          <Group gap="xs">
            <Button variant="default" leftSection={<IconPencil size={16} />} onClick={() => setEditing(true)}>
              {t('common.edit')}
            </Button>
            <Button variant="subtle" color="red" leftSection={<IconArchive size={16} />} onClick={() => archive.ask(account)}>
              {t('common.archive')}
            </Button>
          </Group>
        )}
      </Group>
      <Tabs defaultValue="details" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="details">{t('common.details')}</Tabs.Tab>
          <Tabs.Tab value="contacts">{t('accounts.contactsTab')}</Tabs.Tab>
          <Tabs.Tab value="opportunities">{t('accounts.opportunitiesTab')}</Tabs.Tab>
          {can('quotes:read') && <Tabs.Tab value="quotes">{t('accounts.quotesTab')}</Tabs.Tab>}
          {can('orders:read') && <Tabs.Tab value="orders">{t('accounts.ordersTab')}</Tabs.Tab>}
          {can('invoices:read') && <Tabs.Tab value="invoices">{t('accounts.invoicesTab')}</Tabs.Tab>}
          {can('credit:read') && <Tabs.Tab value="credit">{t('accounts.creditTab')}</Tabs.Tab>}
          {can('tasks:read') && <Tabs.Tab value="tasks">{t('accounts.tasksTab')}</Tabs.Tab>}
          {can('projects:read') && <Tabs.Tab value="projects">{t('accounts.projectsTab')}</Tabs.Tab>}
          {can('tasks:read') && <Tabs.Tab value="time">{t('accounts.timeTab')}</Tabs.Tab>}
          <Tabs.Tab value="history">{t('common.history')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="details">
          <Paper withBorder p="lg">
            <AccountDetails account={account} />
          </Paper>
        </Tabs.Panel>
        <Tabs.Panel value="contacts">
          <AccountContacts account={account} />
        </Tabs.Panel>
        <Tabs.Panel value="opportunities">
          <AccountOpportunities account={account} />
        </Tabs.Panel>
        <Tabs.Panel value="quotes">
          <AccountQuotes accountId={account.id} />
        </Tabs.Panel>
        <Tabs.Panel value="orders">
          <AccountOrders accountId={account.id} />
        </Tabs.Panel>
        <Tabs.Panel value="invoices">
          <AccountInvoices accountId={account.id} />
        </Tabs.Panel>
        <Tabs.Panel value="credit">
          <AccountCredit accountId={account.id} />
        </Tabs.Panel>
        <Tabs.Panel value="tasks">
          <RecordTasks related={{ type: 'account', id: account.id }} scope="account" />
        </Tabs.Panel>
        <Tabs.Panel value="projects">
          <AccountProjects accountId={account.id} />
        </Tabs.Panel>
        <Tabs.Panel value="time">
          <TimeDiary filter={{ 'filter[accountId]': account.id }} />
        </Tabs.Panel>
        <Tabs.Panel value="history">
          <Paper withBorder p="lg">
            <RecordTimeline resource="accounts" id={account.id} />
          </Paper>
        </Tabs.Panel>
      </Tabs>
      <RecordDrawer opened={editing} title={t('accounts.editTitle')} onClose={() => setEditing(false)}>
        {editing && (
          <RecordSnapshot<Account>
            resource="accounts"
            id={account.id}
            render={(snapshot, stale) => <AccountForm account={snapshot} onDone={() => setEditing(false)} stale={stale} />}
          />
        )}
      </RecordDrawer>
      {archive.modal}
    </>
  );
}
