import { Alert, Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck, IconCopy, IconX } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Quote } from '../../../contracts/quotes';
import { recordQuery } from '../../app/collections';
import { useCan } from '../../app/session';
import { CenteredLoader } from '../../ui/centered-loader';
import { QueryError } from '../../ui/query-error';
import { RecordTimeline } from '../audit/record-timeline';
import { AccountCredit } from '../credit/credit-assessment';
import { RecordTasks } from '../tasks/record-tasks';
import { DocumentChargesTable, DocumentLinesTable } from './document-lines-table';
import { DocumentTotalsView } from './document-totals';
import { QuoteActions } from './quote-actions';
import { QuoteParties, QuoteTerms } from './quote-details';
import { QuoteEditor } from './quote-editor';
import { QuoteStatusBadge, useQuoteTitle } from './quote-labels';
import { QuoteRevisions } from './quote-revisions';

export function QuotePage() {
  const { quoteId } = useParams({ from: '/app/quotes/$quoteId' });
  const { t } = useTranslation();
  const quote = useQuery(recordQuery<Quote>('quotes', quoteId));
  if (quote.isPending) return <CenteredLoader />;
  if (quote.isError) return <QueryError error={quote.error} onRetry={() => void quote.refetch()} />;
  return (
    <Stack gap="lg" maw={1300}>
      <Anchor size="sm" renderRoot={(props) => <Link to="/quotes" {...props} />}>
        {t('quotes.backToList')}
      </Anchor>
      <QuoteView key={quote.data.id} quote={quote.data} onRefetch={() => quote.refetch().then((result) => result.data)} />
    </Stack>
  );
}

function QuoteView({ quote, onRefetch }: { quote: Quote; onRefetch: () => Promise<Quote | undefined> }) {
  const { t } = useTranslation();
  const title = useQuoteTitle()(quote);
  const can = useCan();
  const editable = can('quotes:write') && quote.status === 'draft';
  const canReadTasks = can('tasks:read');
  const [dirty, setDirty] = useState(false);
  const onDirtyChange = useCallback((value: boolean) => setDirty(value), []);

  return (
    <>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Group gap="sm">
          <Title order={2} data-testid="quote-title">
            {title}
          </Title>
          <QuoteStatusBadge status={quote.status} testId="quote-status" />
        </Group>
        <QuoteActions quote={quote} title={title} dirty={editable && dirty} />
      </Group>
      <QuoteOutcome quote={quote} />
      <Paper withBorder p="lg">
        <QuoteParties quote={quote} />
      </Paper>
      {(quote.status === 'draft' || quote.status === 'sent') && (
        <AccountCredit accountId={quote.accountId} pending={{ amount: quote.totals.total, currency: quote.currency }} terms={quote.paymentTerms} />
      )}
      {editable ? (
        <DraftQuote quote={quote} onRefetch={onRefetch} onDirtyChange={onDirtyChange} />
      ) : (
        <>
          <Paper withBorder p="lg">
            <QuoteTerms quote={quote} />
          </Paper>
          <Stack gap="xs">
            <Title order={4}>{t('documents.lines')}</Title>
            <DocumentLinesTable lines={quote.lines} currency={quote.currency} />
          </Stack>
          {quote.charges.length > 0 && (
            <Stack gap="xs">
              <Title order={4}>{t('documents.charges')}</Title>
              <DocumentChargesTable charges={quote.charges} currency={quote.currency} />
            </Stack>
          )}
          <DocumentTotalsView totals={quote.totals} />
        </>
      )}
      <QuoteRevisions quote={quote} />
      {canReadTasks && (
        <Paper withBorder p="lg">
          <Title order={4} mb="md">
            {t('tasks.title')}
          </Title>
          <RecordTasks related={{ type: 'quote', id: quote.id }} />
        </Paper>
      )}
      <Paper withBorder p="lg">
        <Title order={4} mb="md">
          {t('common.history')}
        </Title>
        <RecordTimeline resource="quotes" id={quote.id} />
      </Paper>
    </>
  );
}

/**
 * The editor keeps the version it was opened with, so a save over someone else's change is refused (412);
 * a save or a reload starts it again from the server's answer.
 */
// Someone else's change reaches the page's query; the form keeps the user's snapshot until they reload.
function DraftQuote({ quote, onRefetch, onDirtyChange }: { quote: Quote; onRefetch: () => Promise<Quote | undefined>; onDirtyChange: (dirty: boolean) => void }) {
  const [snapshot, setSnapshot] = useState(quote);
  const [generation, setGeneration] = useState(0);
  const restart = (next: Quote) => {
    setSnapshot(next);
    setGeneration((value) => value + 1);
  };
  const reload = () => void onRefetch().then((latest) => latest && restart(latest));
  return <QuoteEditor key={generation} quote={snapshot} onSaved={restart} onReload={reload} onDirtyChange={onDirtyChange} />;
}

/** How a quote that is no longer open ended, and where it led. */
function QuoteOutcome({ quote }: { quote: Quote }) {
  const { t } = useTranslation();
  if (quote.status === 'accepted') {
    return (
      <Alert color="teal" icon={<IconCircleCheck size={18} />} title={t('quotes.acceptedTitle')} data-testid="quote-outcome">
        {quote.orderId && (
          <Anchor renderRoot={(props) => <Link to="/orders/$orderId" params={{ orderId: quote.orderId ?? '' }} {...props} />} data-testid="quote-order-link">
            {t('quotes.openOrder')}
          </Anchor>
        )}
      </Alert>
    );
  }
  if (quote.status === 'superseded') {
    return (
      <Alert color="gray" icon={<IconCopy size={18} />} title={t('quotes.supersededTitle')} data-testid="quote-outcome">
        {quote.supersededById && (
          <Anchor renderRoot={(props) => <Link to="/quotes/$quoteId" params={{ quoteId: quote.supersededById ?? '' }} {...props} />}>
            {t('quotes.openNewerRevision')}
          </Anchor>
        )}
      </Alert>
    );
  }
  if (quote.status === 'rejected') {
    return (
      <Alert color="red" icon={<IconX size={18} />} title={t('quotes.rejectedTitle')} data-testid="quote-outcome">
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {quote.rejectionReason || t('quotes.noReason')}
        </Text>
        <Text size="sm" c="dimmed" mt={4}>
          {t('quotes.reviseHint')}
        </Text>
      </Alert>
    );
  }
  if (quote.status === 'expired') {
    return (
      <Alert color="orange" title={t('quotes.expiredTitle')} data-testid="quote-outcome">
        {t('quotes.reviseHint')}
      </Alert>
    );
  }
  return null;
}
