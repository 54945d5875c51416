import { Button, Group } from '@mantine/core';
import { IconCash, IconReceiptRefund, IconSend, IconTrash } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Invoice } from '../../../contracts/invoices';
import { api } from '../../app/api-client';
import { useInvalidate } from '../../app/collections';
import { useCan } from '../../app/session';
import { ConfirmModal } from '../../ui/confirm-modal';
import { notifyDone, notifyProblem } from '../../ui/notify';
import { compareDecimals } from '../quotes/document-format';
import { DocumentPdfButton } from '../quotes/document-pdf-button';
import { CreditNoteModal } from './credit-note-modal';
import { IssueInvoiceModal } from './issue-invoice-modal';
import { RecordPaymentModal } from './record-payment-modal';

type Dialog = 'issue' | 'credit' | 'pay' | 'delete' | null;

const payable = new Set<Invoice['status']>(['issued', 'partially_paid']);
const creditable = new Set<Invoice['status']>(['issued', 'partially_paid', 'paid']);

/** Issue a draft; record payments and credit notes against an issued invoice; its PDF in the user's language. */
export function InvoiceActions({ invoice }: { invoice: Invoice }) {
  const { t } = useTranslation();
  const can = useCan();
  const navigate = useNavigate();
  const invalidate = useInvalidate();
  const [dialog, setDialog] = useState<Dialog>(null);
  const remove = useMutation({ mutationFn: () => api.delete(`/invoices/${invoice.id}`), onSuccess: () => invalidate('invoices', 'orders') });
  const close = () => setDialog(null);
  const canWrite = can('invoices:write');

  return (
    <Group gap="xs" wrap="wrap">
      {canWrite && invoice.status === 'draft' && (
        <Button leftSection={<IconSend size={16} />} onClick={() => setDialog('issue')}>
          {t('invoices.issue')}
        </Button>
      )}
      {can('payments:write') && invoice.kind !== 'credit_note' && payable.has(invoice.status) && compareDecimals(invoice.amountDue, '0') > 0 && (
        <Button color="teal" leftSection={<IconCash size={16} />} onClick={() => setDialog('pay')}>
          {t('payments.record')}
        </Button>
      )}
      {canWrite && invoice.kind !== 'credit_note' && creditable.has(invoice.status) && (
        <Button variant="light" color="grape" leftSection={<IconReceiptRefund size={16} />} onClick={() => setDialog('credit')}>
          {t('invoices.creditNote')}
        </Button>
      )}
      {invoice.status !== 'draft' && (
        <DocumentPdfButton resource="invoices" id={invoice.id} />
      )}
      {canWrite && invoice.status === 'draft' && (
        <Button variant="subtle" color="red" leftSection={<IconTrash size={16} />} onClick={() => setDialog('delete')}>
          {t('invoices.delete')}
        </Button>
      )}
      <IssueInvoiceModal invoice={invoice} opened={dialog === 'issue'} onClose={close} />
      <RecordPaymentModal invoice={invoice} opened={dialog === 'pay'} onClose={close} />
      <CreditNoteModal invoice={invoice} opened={dialog === 'credit'} onClose={close} />
      <ConfirmModal
        opened={dialog === 'delete'}
        title={t('invoices.deleteTitle')}
        message={t('invoices.deleteConfirm')}
        confirmLabel={t('invoices.delete')}
        loading={remove.isPending}
        onConfirm={() =>
          remove.mutate(undefined, {
            onSuccess: () => {
              notifyDone(t('invoices.deleted'));
              void navigate({ to: '/orders/$orderId', params: { orderId: invoice.orderId } });
            },
            onError: (error) => notifyProblem(error, t),
            onSettled: close,
          })
        }
        onClose={close}
      />
    </Group>
  );
}
