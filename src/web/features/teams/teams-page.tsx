import { Anchor, Button, Paper, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Team } from '../../../contracts/teams';
import type { User } from '../../../contracts/users';
import { useCollection, useRecordsById } from '../../app/collections';
import { useFormat } from '../../app/i18n/format';
import { useCan } from '../../app/session';
import { RecordFormDrawer } from '../../app/record-form-drawer';
import { CenteredLoader } from '../../ui/centered-loader';
import { LoadMore } from '../../ui/load-more';
import { PageHeader } from '../../ui/page-header';
import { QueryError } from '../../ui/query-error';
import type { DrawerState } from '../../ui/record-drawer';
import { useArchiveConfirm } from '../../ui/use-archive-confirm';
import { RowActions } from '../../ui/row-actions';
import { TeamForm } from './team-form';

export function TeamsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const canManage = useCan()('teams:manage');
  const teams = useCollection<Team>('teams', { sort: 'name' });
  const managers = useRecordsById<User>('users', teams.items.map((team) => team.managerId));
  const [drawer, setDrawer] = useState<DrawerState>(null);
  const archive = useArchiveConfirm<Team>(
    'teams',
    { title: t('teams.archiveTitle'), message: (name) => t('teams.archiveConfirm', { name }), done: t('teams.archivedDone') },
    ['users'],
  );
  const close = () => setDrawer(null);


  return (
    <>
      <PageHeader title={t('teams.title')}>
        {canManage && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setDrawer({ mode: 'create' })}>
            {t('teams.create')}
          </Button>
        )}
      </PageHeader>
      {teams.isPending ? (
        <CenteredLoader />
      ) : teams.isError ? (
        <QueryError error={teams.error} onRetry={() => void teams.refetch()} />
      ) : (
        <Paper withBorder>
          <Table.ScrollContainer minWidth={560}>
            <Table striped highlightOnHover verticalSpacing="sm" data-testid="teams-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('teams.name')}</Table.Th>
                  <Table.Th>{t('teams.manager')}</Table.Th>
                  <Table.Th>{t('teams.members')}</Table.Th>
                  <Table.Th w={90}>
                    <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {teams.items.length === 0 && (
                  <Table.Tr>
                    <Table.Td colSpan={4}>
                      <Text c="dimmed" ta="center" py="md">
                        {t('common.noResults')}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                )}
                {teams.items.map((team) => (
                  <Table.Tr key={team.id}>
                    <Table.Td>
                      <Anchor component="button" type="button" fw={500} onClick={() => setDrawer({ mode: 'edit', id: team.id })}>
                        {team.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{team.managerId ? (managers.get(team.managerId)?.name ?? t('common.none')) : t('teams.noManager')}</Table.Td>
                    <Table.Td>{format.number(team.memberCount)}</Table.Td>
                    <Table.Td>
                      <RowActions
                        name={team.name}
                        onEdit={() => setDrawer({ mode: 'edit', id: team.id })}
                        onArchive={canManage ? () => archive.ask(team) : undefined}
                      />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      <LoadMore hasMore={teams.hasNextPage} loading={teams.isFetchingNextPage} onLoadMore={() => void teams.fetchNextPage()} />
      <RecordFormDrawer<Team>
        resource="teams"
        state={drawer}
        onClose={close}
        titles={{ create: t('teams.createTitle'), edit: t('teams.editTitle') }}
        create={<TeamForm onDone={close} />}
        renderForm={(team, stale) => <TeamForm team={team} readOnly={!canManage} onDone={close} stale={stale} />}
      />
      {archive.modal}
    </>
  );
}
