import { Anchor, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Opportunity } from '../../../contracts/opportunities';
import type { QuoteSummary } from '../../../contracts/quotes';
import { useRecordsById, type CursorPages } from '../../app/collections';
import { RecordTable, type Column } from '../../ui/record-table';
import type { Sort } from '../../ui/sort-header';
import { AccountLink } from '../accounts/account-name';
import { UserName } from '../users/user-name';
import { useDocumentFormat } from './document-format';
import { QuoteStatusBadge, useQuoteTitle } from './quote-labels';

export type QuoteSortField = 'number' | 'validUntil' | 'createdAt' | 'total';

type Props = {
  quotes: CursorPages<QuoteSummary>;
  sort?: Sort<QuoteSortField>;
  onSort?: (sort: Sort<QuoteSortField>) => void;
  hideAccount?: boolean;
  hideOpportunity?: boolean;
};

export function QuotesTable({ quotes, sort, onSort, hideAccount, hideOpportunity }: Props) {
  const { t } = useTranslation();
  const format = useDocumentFormat();
  const title = useQuoteTitle();
  const opportunities = useRecordsById<Opportunity>('opportunities', hideOpportunity ? [] : quotes.items.map((quote) => quote.opportunityId));
  const columns: Column<QuoteSummary, QuoteSortField>[] = [
    {
      key: 'number',
      label: t('quotes.number'),
      sortField: 'number',
      nowrap: true,
      cell: (quote) => (
        <Anchor fw={500} renderRoot={(props) => <Link to="/quotes/$quoteId" params={{ quoteId: quote.id }} {...props} />}>
          {title(quote)}
        </Anchor>
      ),
    },
    { key: 'account', label: t('documents.account'), hidden: hideAccount, cell: (quote) => <AccountLink id={quote.accountId} size="sm" /> },
    {
      key: 'opportunity',
      label: t('quotes.opportunity'),
      hidden: hideOpportunity,
      cell: (quote) => (
        <Text size="sm">
          <bdi>{opportunities.get(quote.opportunityId)?.name ?? t('common.none')}</bdi>
        </Text>
      ),
    },
    { key: 'status', label: t('documents.status'), th: { miw: 140 }, cell: (quote) => <QuoteStatusBadge status={quote.status} /> },
    { key: 'validUntil', label: t('quotes.validUntil'), sortField: 'validUntil', nowrap: true, cell: (quote) => format.day(quote.validUntil) },
    {
      key: 'total',
      label: t('documents.total'),
      sortField: 'total',
      nowrap: true,
      td: { ta: 'end', fw: 500 },
      cell: (quote) => format.amount(quote.totals.total, quote.currency),
    },
    { key: 'owner', label: t('sales.owner'), cell: (quote) => <UserName id={quote.ownerId} /> },
  ];
  return <RecordTable rows={quotes} columns={columns} minWidth={900} testId="quotes-table" rowTestId="quote-row" sort={sort} onSort={onSort} />;
}
