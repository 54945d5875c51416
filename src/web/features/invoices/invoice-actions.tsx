import { Button, Group } from '@mantine/core';
import { IconCash, IconDownload, IconReceiptRefund, IconSend, IconTrash } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Invoice } from '../../../contracts/invoices';
import { api } from '../../app/api-client';
import { useCan } from '../../app/session';
import { ConfirmModal } from '../../ui/confirm-modal';
import { notifyDone, notifyProblem } from '../../ui/notify';
import { pdfUrl, useRefresh } from '../quotes/document-data';
import { compareDecimals, useDocumentFormat } from '../quotes/document-format';
import { CreditNoteModal } from './credit-note-modal';
import { IssueInvoiceModal } from './issue-invoice-modal';
import { RecordPaymentModal } from './record-payment-modal';

type Dialog = 'issue' | 'credit' | 'pay' | 'delete' | null;

const payable = new Set<Invoice['status']>(['issued', 'partially_paid']);
const creditable = new Set<Invoice['status']>(['issued', 'partially_paid', 'paid']);

/** Issue a draft; record payments and credit notes against an issued invoice; its PDF in the user's language. */
export function InvoiceActions({ invoice }: { invoice: Invoice }) {
  const { t } = useTranslation();
  const { locale } = useDocumentFormat();
  const can = useCan();
  const navigate = useNavigate();
  const refresh = useRefresh();
  const [dialog, setDialog] = useState<Dialog>(null);
  const remove = useMutation({ mutationFn: () => api.delete(`/invoices/${invoice.id}`), onSuccess: () => refresh('invoices', 'orders') });
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
        <Button component="a" href={pdfUrl('invoices', invoice.id, locale)} target="_blank" rel="noopener" variant="default" leftSection={<IconDownload size={16} />}>
          {t('documents.downloadPdf')}
        </Button>
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
