import { Anchor, Badge, Button, Code, Group, Paper, Select, Table, TextInput, VisuallyHidden } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { productKinds, type Product, type ProductDetail } from '../../../contracts/catalog';
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
import { SortHeader, sortParam, type Sort } from '../../ui/sort-header';
import { useArchiveConfirm } from '../../ui/use-archive-confirm';
import { useTaxRateOptions } from './catalog-data';
import { ProductForm } from './product-form';
import { ProductPrices } from './product-prices';
import { TaxRateSelect } from './tax-rate-select';

type SortField = 'sku' | 'name' | 'createdAt';

export function ProductsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const canManage = useCan()('catalog:manage');
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [categoryText, setCategoryText] = useState('');
  const [category] = useDebouncedValue(categoryText.trim(), 300);
  const [kind, setKind] = useState<string | null>(null);
  const [taxRateId, setTaxRateId] = useState<string | null>(null);
  const [sort, setSort] = useState<Sort<SortField>>({ field: 'name', descending: false });
  const products = useCollection<Product>('products', {
    q,
    'filter[kind]': kind,
    'filter[category]': category,
    'filter[taxRateId]': taxRateId,
    sort: sortParam(sort),
  });
  const taxRates = useTaxRateOptions();
  const taxRateById = new Map((taxRates.data ?? []).map((rate) => [rate.id, rate]));
  const [drawer, setDrawer] = useState<DrawerState>(null);
  const archive = useArchiveConfirm<Product>(
    'products',
    {
      title: t('products.archiveTitle'),
      message: (name) => t('products.archiveConfirm', { name }),
      done: t('products.archivedDone'),
    },
    ['price-lists'],
  );
  const close = () => setDrawer(null);
  /** After creating, the drawer stays open on the new product so its prices can be set. */
  const afterCreate = (saved?: ProductDetail) => setDrawer(saved ? { mode: 'edit', id: saved.id } : null);

  return (
    <>
      <PageHeader title={t('products.title')}>
        {canManage && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setDrawer({ mode: 'create' })}>
            {t('products.create')}
          </Button>
        )}
      </PageHeader>
      <Group mb="md" align="flex-end" gap="sm">
        <TextInput
          label={t('common.search')}
          placeholder={t('products.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          w={260}
        />
        <Select
          label={t('products.kind')}
          placeholder={t('common.all')}
          clearable
          data={productKinds.map((value) => ({ value, label: t(`productKind.${value}`) }))}
          value={kind}
          onChange={setKind}
          w={160}
        />
        <TextInput label={t('products.category')} placeholder={t('common.all')} value={categoryText} onChange={(event) => setCategoryText(event.currentTarget.value)} w={180} />
        <TaxRateSelect label={t('products.taxRate')} placeholder={t('common.all')} clearable value={taxRateId} onChange={setTaxRateId} w={220} />
      </Group>
      {products.isPending ? (
        <CenteredLoader />
      ) : products.isError ? (
        <QueryError error={products.error} onRetry={() => void products.refetch()} />
      ) : (
        <Paper withBorder>
          <Table.ScrollContainer minWidth={800}>
            <Table striped highlightOnHover verticalSpacing="sm" data-testid="products-table">
              <Table.Thead>
                <Table.Tr>
                  <SortHeader field="sku" sort={sort} onSort={setSort}>
                    {t('products.sku')}
                  </SortHeader>
                  <SortHeader field="name" sort={sort} onSort={setSort}>
                    {t('products.name')}
                  </SortHeader>
                  <Table.Th>{t('products.kind')}</Table.Th>
                  <Table.Th>{t('products.unit')}</Table.Th>
                  <Table.Th>{t('products.category')}</Table.Th>
                  <Table.Th>{t('products.taxRate')}</Table.Th>
                  <Table.Th w={90}>
                    <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {products.items.length === 0 && <EmptyRow colSpan={7} />}
                {products.items.map((product) => {
                  const taxRate = taxRateById.get(product.taxRateId);
                  return (
                    <Table.Tr key={product.id}>
                      <Table.Td>
                        <Code className="ltr-text">{product.sku}</Code>
                      </Table.Td>
                      <Table.Td>
                        <Anchor component="button" type="button" fw={500} ta="start" onClick={() => setDrawer({ mode: 'edit', id: product.id })}>
                          {product.name}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>
                        <Badge variant="light" color={product.kind === 'service' ? 'grape' : 'blue'}>
                          {t(`productKind.${product.kind}`)}
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        <bdi>{product.unit}</bdi>
                      </Table.Td>
                      <Table.Td>{product.category ? <bdi>{product.category}</bdi> : t('common.none')}</Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        {taxRate ? `${taxRate.name} · ${format.percent(taxRate.rate)}` : t('common.none')}
                      </Table.Td>
                      <Table.Td>
                        <RowActions
                          name={product.name}
                          onEdit={() => setDrawer({ mode: 'edit', id: product.id })}
                          onArchive={canManage ? () => archive.ask(product) : undefined}
                        />
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      <LoadMore hasMore={products.hasNextPage} loading={products.isFetchingNextPage} onLoadMore={() => void products.fetchNextPage()} />
      <RecordFormDrawer<ProductDetail>
        resource="products"
        state={drawer}
        onClose={close}
        titles={{ create: t('products.createTitle'), edit: t('products.editTitle') }}
        create={<ProductForm onDone={afterCreate} />}
        renderForm={(product, stale) => (
          <>
            <ProductForm product={product} readOnly={!canManage} onDone={close} stale={stale} />
            <ProductPrices productId={product.id} canManage={canManage} />
          </>
        )}
      />
      {archive.modal}
    </>
  );
}
