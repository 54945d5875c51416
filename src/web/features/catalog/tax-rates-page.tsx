import { Anchor, Badge, Button, Group, Paper, Table, VisuallyHidden } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TaxRate } from '../../../contracts/catalog';
import { useCollection } from '../../app/collections';
import { intlTag, useFormat } from '../../app/i18n/format';
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
import { TaxRateForm } from './tax-rate-form';

export function TaxRatesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const countries = new Intl.DisplayNames(intlTag(format.locale), { type: 'region' });
  const canManage = useCan()('catalog:manage');
  const taxRates = useCollection<TaxRate>('tax-rates', { sort: 'name' });
  const [drawer, setDrawer] = useState<DrawerState>(null);
  // The server refuses to archive the default rate (409); its detail is shown as the error.
  const archive = useArchiveConfirm<TaxRate>('tax-rates', {
    title: t('taxRates.archiveTitle'),
    message: (name) => t('taxRates.archiveConfirm', { name }),
    done: t('taxRates.archivedDone'),
  });
  const close = () => setDrawer(null);

  return (
    <>
      <PageHeader title={t('taxRates.title')}>
        {canManage && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setDrawer({ mode: 'create' })}>
            {t('taxRates.create')}
          </Button>
        )}
      </PageHeader>
      {taxRates.isPending ? (
        <CenteredLoader />
      ) : taxRates.isError ? (
        <QueryError error={taxRates.error} onRetry={() => void taxRates.refetch()} />
      ) : (
        <Paper withBorder maw={900}>
          <Table.ScrollContainer minWidth={560}>
            <Table striped highlightOnHover verticalSpacing="sm" data-testid="tax-rates-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('taxRates.name')}</Table.Th>
                  <Table.Th>{t('taxRates.rate')}</Table.Th>
                  <Table.Th>{t('taxRates.country')}</Table.Th>
                  <Table.Th w={90}>
                    <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {taxRates.items.length === 0 && <EmptyRow colSpan={4} />}
                {taxRates.items.map((taxRate) => (
                  <Table.Tr key={taxRate.id}>
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <Anchor component="button" type="button" fw={500} onClick={() => setDrawer({ mode: 'edit', id: taxRate.id })}>
                          {taxRate.name}
                        </Anchor>
                        {taxRate.isDefault && (
                          <Badge size="sm" variant="light">
                            {t('catalog.default')}
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td>{format.percent(taxRate.rate)}</Table.Td>
                    <Table.Td>{taxRate.country ? (countries.of(taxRate.country) ?? taxRate.country) : t('taxRates.noCountry')}</Table.Td>
                    <Table.Td>
                      <RowActions
                        name={taxRate.name}
                        onEdit={() => setDrawer({ mode: 'edit', id: taxRate.id })}
                        onArchive={canManage ? () => archive.ask(taxRate) : undefined}
                      />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      <LoadMore hasMore={taxRates.hasNextPage} loading={taxRates.isFetchingNextPage} onLoadMore={() => void taxRates.fetchNextPage()} />
      <RecordFormDrawer<TaxRate>
        resource="tax-rates"
        state={drawer}
        onClose={close}
        titles={{ create: t('taxRates.createTitle'), edit: t('taxRates.editTitle') }}
        create={<TaxRateForm onDone={close} />}
        renderForm={(taxRate, stale) => <TaxRateForm taxRate={taxRate} readOnly={!canManage} onDone={close} stale={stale} />}
      />
      {archive.modal}
    </>
  );
}
