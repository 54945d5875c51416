import { Anchor, Badge, Paper, Table, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Quote, QuoteSummary } from '../../../contracts/quotes';
import { api } from '../../app/api-client';
import { CenteredLoader } from '../../ui/centered-loader';
import { QueryError } from '../../ui/query-error';
import { sumDecimals, useDocumentFormat } from './document-format';
import { QuoteStatusBadge } from './quote-labels';

/** Every round of the negotiation (the list may come bare or as a page). */
function revisionsQuery(quote: Quote) {
  return {
    queryKey: ['quotes', 'revisions', quote.number, quote.id],
    queryFn: async ({ signal }: { signal: AbortSignal }) => {
      const answer = await api.get<QuoteSummary[] | { data: QuoteSummary[] }>(`/quotes/${quote.id}/revisions`, undefined, signal);
      const list = Array.isArray(answer) ? answer : answer.data;
      return [...list].sort((a, b) => a.revision - b.revision);
    },
  };
}

/** The quote's revisions side by side: each round's status, date and amounts, with a link to it. */
export function QuoteRevisions({ quote }: { quote: Quote }) {
  const { t } = useTranslation();
  const format = useDocumentFormat();
  const revisions = useQuery(revisionsQuery(quote));
  return (
    <Paper withBorder p="lg">
      <Title order={4} mb="md">
        {t('quotes.revisions')}
      </Title>
      {revisions.isPending && <CenteredLoader />}
      {revisions.isError && <QueryError error={revisions.error} onRetry={() => void revisions.refetch()} />}
      {revisions.data && (
        <Table.ScrollContainer minWidth={720}>
          <Table verticalSpacing="xs" data-testid="quote-revisions">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('quotes.revision')}</Table.Th>
                <Table.Th>{t('documents.status')}</Table.Th>
                <Table.Th>{t('documents.date')}</Table.Th>
                <Table.Th ta="end">{t('documents.net')}</Table.Th>
                <Table.Th ta="end">{t('documents.tax')}</Table.Th>
                <Table.Th ta="end">{t('documents.total')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {revisions.data.map((revision) => {
                const current = revision.id === quote.id;
                const money = (amount: string) => format.amount(amount, revision.currency);
                return (
                  <Table.Tr key={revision.id} data-testid="quote-revision" bg={current ? 'var(--mantine-color-teal-light)' : undefined}>
                    <Table.Td>
                      {current ? (
                        <Badge variant="outline">{t('quotes.revisionNumber', { revision: format.number(revision.revision) })}</Badge>
                      ) : (
                        <Anchor size="sm" renderRoot={(props) => <Link to="/quotes/$quoteId" params={{ quoteId: revision.id }} {...props} />}>
                          {t('quotes.revisionNumber', { revision: format.number(revision.revision) })}
                        </Anchor>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <QuoteStatusBadge status={revision.status} />
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.day(revision.issueDate)}</Table.Td>
                    <Table.Td ta="end">{money(revision.totals.net)}</Table.Td>
                    <Table.Td ta="end">{money(sumDecimals(revision.totals.tax.map((row) => row.amount)))}</Table.Td>
                    <Table.Td ta="end" fw={600}>
                      {money(revision.totals.total)}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
