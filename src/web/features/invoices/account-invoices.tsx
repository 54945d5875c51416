import type { InvoiceSummary } from '../../../contracts/invoices';
import { useDocuments } from '../quotes/document-data';
import { InvoicesTable } from './invoices-table';

export function AccountInvoices({ accountId }: { accountId: string }) {
  const invoices = useDocuments<InvoiceSummary>('invoices', { 'filter[accountId]': accountId, sort: '-createdAt' });
  return <InvoicesTable invoices={invoices} hideAccount />;
}
