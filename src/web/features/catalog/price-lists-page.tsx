import { Anchor, Badge, Button, Group, Paper, Table, VisuallyHidden } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PriceList } from '../../../contracts/catalog';
import { useCollection } from '../../app/collections';
import { useFormat } from '../../app/i18n/format';
import { useCan } from '../../app/session';
import { RecordFormDrawer } from '../../app/record-form-drawer';
import { CenteredLoader } from '../../ui/centered-loader';
import { EmptyRow } from '../../ui/empty-row';
import { LoadMore } from '../../ui/load-more';
import { PageHeader } from '../../ui/page-header';
import { QueryError } from '../../ui/query-error';
import type { DrawerState } from '../../ui/record-drawer';
import { RowActions } from '../../ui/row-actions';
import { useArchiveConfirm } from '../../ui/use-archive-confirm';
import { PriceListForm } from './price-list-form';

export function PriceListsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const canManage = useCan()('catalog:manage');
  const priceLists = useCollection<PriceList>('price-lists', { sort: 'name' });
  const [drawer, setDrawer] = useState<DrawerState>(null);
  const archive = useArchiveConfirm<PriceList>(
    'price-lists',
    {
      title: t('priceLists.archiveTitle'),
      message: (name) => t('priceLists.archiveConfirm', { name }),
      done: t('priceLists.archivedDone'),
    },
    ['products'],
  );
  const close = () => setDrawer(null);

  return (
    <>
      <PageHeader title={t('priceLists.title')}>
        {canManage && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setDrawer({ mode: 'create' })}>
            {t('priceLists.create')}
          </Button>
        )}
      </PageHeader>
      {priceLists.isPending ? (
        <CenteredLoader />
      ) : priceLists.isError ? (
        <QueryError error={priceLists.error} onRetry={() => void priceLists.refetch()} />
      ) : (
        <Paper withBorder maw={900}>
          <Table.ScrollContainer minWidth={560}>
            <Table striped highlightOnHover verticalSpacing="sm" data-testid="price-lists-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('priceLists.name')}</Table.Th>
                  <Table.Th>{t('priceLists.currency')}</Table.Th>
                  <Table.Th w={90}>
                    <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {priceLists.items.length === 0 && <EmptyRow colSpan={3} />}
                {priceLists.items.map((priceList) => (
                  <Table.Tr key={priceList.id}>
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <Anchor component="button" type="button" fw={500} onClick={() => setDrawer({ mode: 'edit', id: priceList.id })}>
                          {priceList.name}
                        </Anchor>
                        {priceList.isDefault && (
                          <Badge size="sm" variant="light">
                            {t('catalog.default')}
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <bdi>{`${priceList.currency} · ${format.currencyName(priceList.currency)}`}</bdi>
                    </Table.Td>
                    <Table.Td>
                      <RowActions
                        name={priceList.name}
                        onEdit={() => setDrawer({ mode: 'edit', id: priceList.id })}
                        onArchive={canManage ? () => archive.ask(priceList) : undefined}
                      />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      <LoadMore hasMore={priceLists.hasNextPage} loading={priceLists.isFetchingNextPage} onLoadMore={() => void priceLists.fetchNextPage()} />
      <RecordFormDrawer<PriceList>
        resource="price-lists"
        state={drawer}
        onClose={close}
        titles={{ create: t('priceLists.createTitle'), edit: t('priceLists.editTitle') }}
        create={<PriceListForm onDone={close} />}
        renderForm={(priceList, stale) => <PriceListForm priceList={priceList} readOnly={!canManage} onDone={close} stale={stale} />}
      />
      {archive.modal}
    </>
  );
}
