import type { InvoiceSummary } from '../../../contracts/invoices';
import { useCollection } from '../../app/collections';
import { InvoicesTable } from './invoices-table';

export function AccountInvoices({ accountId }: { accountId: string }) {
  const invoices = useCollection<InvoiceSummary>('invoices', { 'filter[accountId]': accountId, sort: '-createdAt' });
  return <InvoicesTable invoices={invoices} hideAccount />;
}
