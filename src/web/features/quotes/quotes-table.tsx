import { Anchor, Paper, Table, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Opportunity } from '../../../contracts/opportunities';
import type { QuoteSummary } from '../../../contracts/quotes';
import { useRecordsById } from '../../app/collections';
import { CenteredLoader } from '../../ui/centered-loader';
import { EmptyRow } from '../../ui/empty-row';
import { LoadMore } from '../../ui/load-more';
import { QueryError } from '../../ui/query-error';
import { SortHeader, type Sort } from '../../ui/sort-header';
import { AccountLink } from '../accounts/account-name';
import { UserName } from '../users/user-name';
import type { useDocuments } from './document-data';
import { useDocumentFormat } from './document-format';
import { QuoteStatusBadge, useQuoteTitle } from './quote-labels';

export type QuoteSortField = 'number' | 'validUntil' | 'createdAt' | 'total';

type Props = {
  quotes: ReturnType<typeof useDocuments<QuoteSummary>>;
  sort?: Sort<QuoteSortField>;
  onSort?: (sort: Sort<QuoteSortField>) => void;
  hideAccount?: boolean;
  hideOpportunity?: boolean;
};

const nowrap = { whiteSpace: 'nowrap' } as const;

export function QuotesTable({ quotes, sort, onSort, hideAccount, hideOpportunity }: Props) {
  const { t } = useTranslation();
  const format = useDocumentFormat();
  const title = useQuoteTitle();
  const opportunities = useRecordsById<Opportunity>('opportunities', hideOpportunity ? [] : quotes.items.map((quote) => quote.opportunityId));
  const columns = 7 - (hideAccount ? 1 : 0) - (hideOpportunity ? 1 : 0);

  if (quotes.isPending) return <CenteredLoader />;
  if (quotes.isError) return <QueryError error={quotes.error} onRetry={() => void quotes.refetch()} />;

  const header = (field: QuoteSortField, label: string) =>
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
        <Table.ScrollContainer minWidth={900}>
          <Table striped highlightOnHover verticalSpacing="sm" data-testid="quotes-table">
            <Table.Thead>
              <Table.Tr>
                {header('number', t('quotes.number'))}
                {!hideAccount && <Table.Th>{t('documents.account')}</Table.Th>}
                {!hideOpportunity && <Table.Th>{t('quotes.opportunity')}</Table.Th>}
                <Table.Th miw={140}>{t('documents.status')}</Table.Th>
                {header('validUntil', t('quotes.validUntil'))}
                {header('total', t('documents.total'))}
                <Table.Th>{t('sales.owner')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {quotes.items.length === 0 && <EmptyRow colSpan={columns} />}
              {quotes.items.map((quote) => (
                <Table.Tr key={quote.id} data-testid="quote-row">
                  <Table.Td style={nowrap}>
                    <Anchor fw={500} renderRoot={(props) => <Link to="/quotes/$quoteId" params={{ quoteId: quote.id }} {...props} />}>
                      {title(quote)}
                    </Anchor>
                  </Table.Td>
                  {!hideAccount && (
                    <Table.Td>
                      <AccountLink id={quote.accountId} size="sm" />
                    </Table.Td>
                  )}
                  {!hideOpportunity && (
                    <Table.Td>
                      <Text size="sm">
                        <bdi>{opportunities.get(quote.opportunityId)?.name ?? t('common.none')}</bdi>
                      </Text>
                    </Table.Td>
                  )}
                  <Table.Td>
                    <QuoteStatusBadge status={quote.status} />
                  </Table.Td>
                  <Table.Td style={nowrap}>{format.day(quote.validUntil)}</Table.Td>
                  <Table.Td ta="end" fw={500} style={nowrap}>
                    {format.amount(quote.totals.total, quote.currency)}
                  </Table.Td>
                  <Table.Td>
                    <UserName id={quote.ownerId} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      <LoadMore hasMore={quotes.hasNextPage} loading={quotes.isFetchingNextPage} onLoadMore={() => void quotes.fetchNextPage()} />
    </>
  );
}
