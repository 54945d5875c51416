import { Anchor, Button, Code, Paper, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Territory } from '../../../contracts/territories';
import type { User } from '../../../contracts/users';
import { useCollection, useRecordsById } from '../../app/collections';
import { useCan } from '../../app/session';
import { RecordFormDrawer } from '../../app/record-form-drawer';
import { CenteredLoader } from '../../ui/centered-loader';
import { LoadMore } from '../../ui/load-more';
import { PageHeader } from '../../ui/page-header';
import { QueryError } from '../../ui/query-error';
import type { DrawerState } from '../../ui/record-drawer';
import { RowActions } from '../../ui/row-actions';
import { useArchiveConfirm } from '../../ui/use-archive-confirm';
import { TerritoryForm } from './territory-form';

export function TerritoriesPage() {
  const { t } = useTranslation();
  const canManage = useCan()('territories:manage');
  const territories = useCollection<Territory>('territories', { sort: 'name' });
  const reps = useRecordsById<User>('users', territories.items.map((territory) => territory.repId));
  const [drawer, setDrawer] = useState<DrawerState>(null);
  const archive = useArchiveConfirm<Territory>('territories', {
    title: t('territories.archiveTitle'),
    message: (name) => t('territories.archiveConfirm', { name }),
    done: t('territories.archivedDone'),
  });
  const close = () => setDrawer(null);

  return (
    <>
      <PageHeader title={t('territories.title')}>
        {canManage && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setDrawer({ mode: 'create' })}>
            {t('territories.create')}
          </Button>
        )}
      </PageHeader>
      {territories.isPending ? (
        <CenteredLoader />
      ) : territories.isError ? (
        <QueryError error={territories.error} onRetry={() => void territories.refetch()} />
      ) : (
        <Paper withBorder>
          <Table.ScrollContainer minWidth={700}>
            <Table striped highlightOnHover verticalSpacing="sm" data-testid="territories-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('territories.code')}</Table.Th>
                  <Table.Th>{t('territories.name')}</Table.Th>
                  <Table.Th>{t('territories.rep')}</Table.Th>
                  <Table.Th>{t('territories.description')}</Table.Th>
                  <Table.Th w={90}>
                    <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {territories.items.length === 0 && (
                  <Table.Tr>
                    <Table.Td colSpan={5}>
                      <Text c="dimmed" ta="center" py="md">
                        {t('common.noResults')}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                )}
                {territories.items.map((territory) => (
                  <Table.Tr key={territory.id}>
                    <Table.Td>
                      <Code className="ltr-text">{territory.code}</Code>
                    </Table.Td>
                    <Table.Td>
                      <Anchor component="button" type="button" fw={500} onClick={() => setDrawer({ mode: 'edit', id: territory.id })}>
                        {territory.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{territory.repId ? (reps.get(territory.repId)?.name ?? t('common.none')) : t('territories.noRep')}</Table.Td>
                    <Table.Td>
                      <Text size="sm" lineClamp={2}>
                        {territory.description || t('common.none')}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <RowActions
                        name={territory.name}
                        onEdit={() => setDrawer({ mode: 'edit', id: territory.id })}
                        onArchive={canManage ? () => archive.ask(territory) : undefined}
                      />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      <LoadMore hasMore={territories.hasNextPage} loading={territories.isFetchingNextPage} onLoadMore={() => void territories.fetchNextPage()} />
      <RecordFormDrawer<Territory>
        resource="territories"
        state={drawer}
        onClose={close}
        titles={{ create: t('territories.createTitle'), edit: t('territories.editTitle') }}
        create={<TerritoryForm onDone={close} />}
        renderForm={(territory, stale) => <TerritoryForm territory={territory} readOnly={!canManage} onDone={close} stale={stale} />}
      />
      {archive.modal}
    </>
  );
}
