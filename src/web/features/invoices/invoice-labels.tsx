import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Invoice, InvoiceStatus } from '../../../contracts/invoices';

const statusColors: Record<InvoiceStatus, string> = { draft: 'gray', issued: 'blue', partially_paid: 'yellow', paid: 'teal', credited: 'grape' };

export function InvoiceStatusBadge({ status, testId }: { status: InvoiceStatus; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={statusColors[status]} style={{ minWidth: 'fit-content', flexShrink: 0 }} data-testid={testId}>
      {t(`invoiceStatus.${status}`)}
    </Badge>
  );
}

export function OverdueBadge() {
  const { t } = useTranslation();
  return (
    <Badge variant="filled" color="red" style={{ minWidth: 'fit-content', flexShrink: 0 }} data-testid="overdue-badge">
      {t('invoices.overdue')}
    </Badge>
  );
}

/** Down payments and credit notes say so; a plain invoice needs no badge. */
export function InvoiceKindBadge({ kind }: { kind: Invoice['kind'] }) {
  const { t } = useTranslation();
  if (kind === 'invoice') return null;
  return (
    <Badge variant="outline" color={kind === 'credit_note' ? 'grape' : 'indigo'} style={{ minWidth: 'fit-content', flexShrink: 0 }}>
      {t(`invoiceKind.${kind}`)}
    </Badge>
  );
}

/** The invoice's number once issued; a draft has none yet. */
export function useInvoiceNumber(): (invoice: Pick<Invoice, 'number'>) => string {
  const { t } = useTranslation();
  return (invoice) => invoice.number ?? t('invoices.draftNumber');
}
