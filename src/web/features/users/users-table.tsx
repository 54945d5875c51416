import { Anchor, Badge, Paper, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Team } from '../../../contracts/teams';
import type { User } from '../../../contracts/users';
import { useRecordsById, type useCollection } from '../../app/collections';
import { CenteredLoader } from '../../ui/centered-loader';
import { LoadMore } from '../../ui/load-more';
import { QueryError } from '../../ui/query-error';
import { RowActions } from '../../ui/row-actions';

type Props = {
  users: ReturnType<typeof useCollection<User>>;
  onEdit: (user: User) => void;
  onArchive?: (user: User) => void;
};

export function UsersTable({ users, onEdit, onArchive }: Props) {
  const { t } = useTranslation();
  const teams = useRecordsById<Team>('teams', users.items.map((user) => user.teamId));

  if (users.isPending) return <CenteredLoader />;
  if (users.isError) return <QueryError error={users.error} onRetry={() => void users.refetch()} />;

  return (
    <>
      <Paper withBorder>
        <Table.ScrollContainer minWidth={760}>
          <Table striped highlightOnHover verticalSpacing="sm" data-testid="users-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('users.name')}</Table.Th>
                <Table.Th>{t('users.email')}</Table.Th>
                <Table.Th>{t('users.role')}</Table.Th>
                <Table.Th>{t('users.team')}</Table.Th>
                <Table.Th>{t('users.language')}</Table.Th>
                <Table.Th w={90}>
                  <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {users.items.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={6}>
                    <Text c="dimmed" ta="center" py="md">
                      {t('common.noResults')}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              )}
              {users.items.map((user) => (
                <Table.Tr key={user.id}>
                  <Table.Td>
                    <Anchor component="button" type="button" fw={500} onClick={() => onEdit(user)}>
                      {user.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Text span size="sm" className="ltr-text">
                      {user.email}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={user.role === 'admin' ? 'grape' : 'teal'}>
                      {t(`roles.${user.role}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{user.teamId ? (teams.get(user.teamId)?.name ?? t('common.none')) : t('common.none')}</Table.Td>
                  <Table.Td>{t(`languages.${user.locale}`)}</Table.Td>
                  <Table.Td>
                    <RowActions name={user.name} onEdit={() => onEdit(user)} onArchive={onArchive && (() => onArchive(user))} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      <LoadMore hasMore={users.hasNextPage} loading={users.isFetchingNextPage} onLoadMore={() => void users.fetchNextPage()} />
    </>
  );
}
