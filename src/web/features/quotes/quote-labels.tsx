import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Quote, QuoteStatus } from '../../../contracts/quotes';
import { useFormat } from '../../app/i18n/format';

const statusColors: Record<QuoteStatus, string> = {
  draft: 'gray',
  sent: 'blue',
  accepted: 'teal',
  rejected: 'red',
  expired: 'orange',
  superseded: 'gray',
};

export function QuoteStatusBadge({ status, testId }: { status: QuoteStatus; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Badge
      variant={status === 'superseded' ? 'outline' : 'light'}
      color={statusColors[status]}
      style={{ minWidth: 'fit-content', flexShrink: 0 }}
      data-testid={testId}
    >
      {t(`quoteStatus.${status}`)}
    </Badge>
  );
}

/**
 * "Q-2026-0007 · rev. 2": the number every revision shares, and which round this is. Shown without <bdi>, so the
 * words follow the page's direction and Persian reads "Q-2026-0007 · نسخهٔ ۲" from the right.
 */
export function useQuoteTitle(): (quote: Pick<Quote, 'number' | 'revision'>) => string {
  const { t } = useTranslation();
  const format = useFormat();
  return (quote) => t('quotes.numberRevision', { number: quote.number, revision: format.number(quote.revision) });
}
