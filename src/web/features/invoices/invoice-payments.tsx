import { ActionIcon, Paper, Table, Title, Tooltip } from '@mantine/core';
import { IconArrowBackUp } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Invoice, Payment } from '../../../contracts/invoices';
import { api } from '../../app/api-client';
import { relatedQuery, useInvalidate } from '../../app/collections';
import { useCan } from '../../app/session';
import { CenteredLoader } from '../../ui/centered-loader';
import { ConfirmModal } from '../../ui/confirm-modal';
import { EmptyRow } from '../../ui/empty-row';
import { notifyDone, notifyProblem } from '../../ui/notify';
import { QueryError } from '../../ui/query-error';
import { useDocumentFormat } from '../quotes/document-format';

/** The payments recorded against the invoice; finance can undo one recorded by mistake. */
export function InvoicePayments({ invoice }: { invoice: Invoice }) {
  const { t } = useTranslation();
  const format = useDocumentFormat();
  const canUndo = useCan()('payments:write');
  const invalidate = useInvalidate();
  const [undoing, setUndoing] = useState<Payment | null>(null);
  const payments = useQuery(relatedQuery<Payment>('payments', { 'filter[invoiceId]': invoice.id }));
  const undo = useMutation({
    mutationFn: (payment: Payment) => api.delete(`/payments/${payment.id}`),
    onSuccess: () => invalidate('payments', 'invoices', 'orders', 'credit'),
  });
  const money = (amount: string) => format.amount(amount, invoice.currency);

  return (
    <Paper withBorder p="lg">
      <Title order={4} mb="md">
        {t('payments.title')}
      </Title>
      {payments.isPending && <CenteredLoader />}
      {payments.isError && <QueryError error={payments.error} onRetry={() => void payments.refetch()} />}
      {payments.data && (
        <Table.ScrollContainer minWidth={600}>
          <Table verticalSpacing="xs" data-testid="invoice-payments">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('payments.paidOn')}</Table.Th>
                <Table.Th>{t('payments.method')}</Table.Th>
                <Table.Th>{t('payments.reference')}</Table.Th>
                <Table.Th ta="end">{t('payments.amount')}</Table.Th>
                <Table.Th w={60} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {payments.data.data.length === 0 && <EmptyRow colSpan={5} message={t('payments.none')} />}
              {payments.data.data.map((payment) => (
                <Table.Tr key={payment.id} data-testid="payment-row">
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.day(payment.paidOn)}</Table.Td>
                  <Table.Td>{t(`paymentMethod.${payment.method}`)}</Table.Td>
                  <Table.Td>
                    <bdi>{payment.reference}</bdi>
                  </Table.Td>
                  <Table.Td ta="end" fw={500} style={{ whiteSpace: 'nowrap' }}>
                    {money(payment.amount)}
                  </Table.Td>
                  <Table.Td>
                    {canUndo && (
                      <Tooltip label={t('payments.undo')}>
                        <ActionIcon variant="subtle" color="red" aria-label={t('payments.undo')} onClick={() => setUndoing(payment)}>
                          <IconArrowBackUp size={16} />
                        </ActionIcon>
                      </Tooltip>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <ConfirmModal
        opened={undoing !== null}
        title={t('payments.undoTitle')}
        message={t('payments.undoConfirm', { amount: undoing ? money(undoing.amount) : '', date: undoing ? format.day(undoing.paidOn) : '' })}
        confirmLabel={t('payments.undo')}
        loading={undo.isPending}
        onConfirm={() =>
          undoing &&
          undo.mutate(undoing, {
            onSuccess: () => notifyDone(t('payments.undone')),
            onError: (error) => notifyProblem(error, t),
            onSettled: () => setUndoing(null),
          })
        }
        onClose={() => setUndoing(null)}
      />
    </Paper>
  );
}
