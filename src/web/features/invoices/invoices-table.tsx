import { Anchor, Group } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { InvoiceSummary } from '../../../contracts/invoices';
import type { CursorPages } from '../../app/collections';
import { RecordTable, type Column } from '../../ui/record-table';
import type { Sort } from '../../ui/sort-header';
import { AccountLink } from '../accounts/account-name';
import { useDocumentFormat } from '../quotes/document-format';
import { InvoiceKindBadge, InvoiceStatusBadge, OverdueBadge, useInvoiceNumber } from './invoice-labels';

export type InvoiceSortField = 'number' | 'issueDate' | 'dueDate' | 'createdAt' | 'total';

type Props = {
  invoices: CursorPages<InvoiceSummary>;
  sort?: Sort<InvoiceSortField>;
  onSort?: (sort: Sort<InvoiceSortField>) => void;
  hideAccount?: boolean;
};

export function InvoicesTable({ invoices, sort, onSort, hideAccount }: Props) {
  const { t } = useTranslation();
  const format = useDocumentFormat();
  const numberOf = useInvoiceNumber();
  const day = (value: string | null) => (value ? format.day(value) : t('common.none'));
  const columns: Column<InvoiceSummary, InvoiceSortField>[] = [
    {
      key: 'number',
      label: t('invoices.number'),
      sortField: 'number',
      cell: (invoice) => (
        <Group gap={6}>
          <Anchor fw={500} renderRoot={(props) => <Link to="/invoices/$invoiceId" params={{ invoiceId: invoice.id }} {...props} />}>
            <bdi>{numberOf(invoice)}</bdi>
          </Anchor>
          <InvoiceKindBadge kind={invoice.kind} />
        </Group>
      ),
    },
    { key: 'account', label: t('documents.account'), hidden: hideAccount, cell: (invoice) => <AccountLink id={invoice.accountId} size="sm" /> },
    {
      key: 'status',
      label: t('documents.status'),
      th: { miw: 140 },
      cell: (invoice) => (
        <Group gap={4}>
          <InvoiceStatusBadge status={invoice.status} />
          {invoice.overdue && <OverdueBadge />}
        </Group>
      ),
    },
    { key: 'issueDate', label: t('documents.issueDate'), sortField: 'issueDate', nowrap: true, cell: (invoice) => day(invoice.issueDate) },
    { key: 'dueDate', label: t('invoices.dueDate'), sortField: 'dueDate', nowrap: true, cell: (invoice) => day(invoice.dueDate) },
    {
      key: 'total',
      label: t('documents.total'),
      sortField: 'total',
      nowrap: true,
      td: { ta: 'end' },
      cell: (invoice) => format.amount(invoice.totals.total, invoice.currency),
    },
    {
      key: 'amountDue',
      label: t('invoices.amountDue'),
      nowrap: true,
      th: { ta: 'end' },
      td: { ta: 'end', fw: 500 },
      cell: (invoice) => format.amount(invoice.amountDue, invoice.currency),
    },
  ];
  return <RecordTable rows={invoices} columns={columns} minWidth={960} testId="invoices-table" rowTestId="invoice-row" sort={sort} onSort={onSort} />;
}
