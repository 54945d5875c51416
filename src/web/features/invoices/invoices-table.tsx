import { Anchor, Group, Paper, Table } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { InvoiceSummary } from '../../../contracts/invoices';
import { CenteredLoader } from '../../ui/centered-loader';
import { EmptyRow } from '../../ui/empty-row';
import { LoadMore } from '../../ui/load-more';
import { QueryError } from '../../ui/query-error';
import { SortHeader, type Sort } from '../../ui/sort-header';
import { AccountLink } from '../accounts/account-name';
import type { useDocuments } from '../quotes/document-data';
import { useDocumentFormat } from '../quotes/document-format';
import { InvoiceKindBadge, InvoiceStatusBadge, OverdueBadge, useInvoiceNumber } from './invoice-labels';

export type InvoiceSortField = 'number' | 'issueDate' | 'dueDate' | 'createdAt' | 'total';

type Props = {
  invoices: ReturnType<typeof useDocuments<InvoiceSummary>>;
  sort?: Sort<InvoiceSortField>;
  onSort?: (sort: Sort<InvoiceSortField>) => void;
  hideAccount?: boolean;
};

const nowrap = { whiteSpace: 'nowrap' } as const;

export function InvoicesTable({ invoices, sort, onSort, hideAccount }: Props) {
  const { t } = useTranslation();
  const format = useDocumentFormat();
  const numberOf = useInvoiceNumber();
  if (invoices.isPending) return <CenteredLoader />;
  if (invoices.isError) return <QueryError error={invoices.error} onRetry={() => void invoices.refetch()} />;
  const header = (field: InvoiceSortField, label: string) =>
    sort && onSort ? (
      <SortHeader field={field} sort={sort} onSort={onSort}>
        {label}
      </SortHeader>
    ) : (
      <Table.Th>{label}</Table.Th>
    );
  return (
    <>
      <Paper withBorder>
        <Table.ScrollContainer minWidth={960}>
          <Table striped highlightOnHover verticalSpacing="sm" data-testid="invoices-table">
            <Table.Thead>
              <Table.Tr>
                {header('number', t('invoices.number'))}
                {!hideAccount && <Table.Th>{t('documents.account')}</Table.Th>}
                <Table.Th miw={140}>{t('documents.status')}</Table.Th>
                {header('issueDate', t('documents.issueDate'))}
                {header('dueDate', t('invoices.dueDate'))}
                {header('total', t('documents.total'))}
                <Table.Th ta="end">{t('invoices.amountDue')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {invoices.items.length === 0 && <EmptyRow colSpan={hideAccount ? 6 : 7} />}
              {invoices.items.map((invoice) => (
                <Table.Tr key={invoice.id} data-testid="invoice-row">
                  <Table.Td style={nowrap}>
                    <Group gap={6} wrap="nowrap">
                      <Anchor fw={500} renderRoot={(props) => <Link to="/invoices/$invoiceId" params={{ invoiceId: invoice.id }} {...props} />}>
                        <bdi>{numberOf(invoice)}</bdi>
                      </Anchor>
                      <InvoiceKindBadge kind={invoice.kind} />
                    </Group>
                  </Table.Td>
                  {!hideAccount && (
                    <Table.Td>
                      <AccountLink id={invoice.accountId} size="sm" />
                    </Table.Td>
                  )}
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <InvoiceStatusBadge status={invoice.status} />
                      {invoice.overdue && <OverdueBadge />}
                    </Group>
                  </Table.Td>
                  <Table.Td style={nowrap}>{invoice.issueDate ? format.day(invoice.issueDate) : t('common.none')}</Table.Td>
                  <Table.Td style={nowrap}>{invoice.dueDate ? format.day(invoice.dueDate) : t('common.none')}</Table.Td>
                  <Table.Td ta="end" style={nowrap}>
                    {format.amount(invoice.totals.total, invoice.currency)}
                  </Table.Td>
                  <Table.Td ta="end" fw={500} style={nowrap}>
                    {format.amount(invoice.amountDue, invoice.currency)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      <LoadMore hasMore={invoices.hasNextPage} loading={invoices.isFetchingNextPage} onLoadMore={() => void invoices.fetchNextPage()} />
    </>
  );
}
