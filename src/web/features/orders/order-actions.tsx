import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { IconCircleCheck, IconFileInvoice, IconLock, IconPencil, IconTruckDelivery, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Order } from '../../../contracts/orders';
import { useRecordAction } from '../../app/record-actions';
import { useCan } from '../../app/session';
import { ConfirmModal } from '../../ui/confirm-modal';
import { notifyDone, notifyProblem } from '../../ui/notify';
import { compareDecimals } from '../quotes/document-format';
import { ConfirmOrderModal } from './confirm-order-modal';
import { CreateInvoiceModal } from './create-invoice-modal';
import { EditOrderModal } from './edit-order-modal';
import { RecordDeliveryModal, remainingToDeliver } from './record-delivery-modal';

type Dialog = 'confirm' | 'cancel' | 'close' | 'deliver' | 'invoice' | 'edit' | null;

const deliverable = new Set<Order['status']>(['confirmed', 'partially_delivered']);
const invoiceable = new Set<Order['status']>(['confirmed', 'partially_delivered', 'delivered']);

/** The order's next steps by state: confirm (contract signed), deliver, invoice, close; or cancel. */
export function OrderActions({ order }: { order: Order }) {
  const { t } = useTranslation();
  const can = useCan();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [reason, setReason] = useState('');
  const action = useRecordAction<Order>('orders', ['quotes', 'credit']);
  const pending = (name: string) => action.isPending && action.variables.action === name;
  const run = (name: string, done: string, body?: unknown) =>
    action.mutate(
      { target: order, action: name, body },
      { onSuccess: () => notifyDone(done), onError: (error) => notifyProblem(error, t), onSettled: () => setDialog(null) },
    );
  const canWrite = can('orders:write');
  // Sales confirm their orders; finance may too, as keeper of the credit policy.
  const canConfirm = canWrite || can('credit:manage');
  const untouched = order.lines.every((line) => compareDecimals(line.deliveredQuantity, '0') === 0 && compareDecimals(line.invoicedQuantity, '0') === 0);
  const cancellable = order.status === 'pending' || (order.status === 'confirmed' && untouched);
  const somethingToDeliver = order.lines.some((line) => compareDecimals(remainingToDeliver(line), '0') > 0);
  const close = () => setDialog(null);

  return (
    <Group gap="xs" wrap="wrap">
      {canConfirm && order.status === 'pending' && (
        <Button color="teal" leftSection={<IconCircleCheck size={16} />} onClick={() => setDialog('confirm')}>
          {t('orders.confirm')}
        </Button>
      )}
      {canWrite && order.status === 'pending' && (
        <Button variant="default" leftSection={<IconPencil size={16} />} onClick={() => setDialog('edit')}>
          {t('common.edit')}
        </Button>
      )}
      {can('deliveries:write') && deliverable.has(order.status) && somethingToDeliver && (
        <Button leftSection={<IconTruckDelivery size={16} />} onClick={() => setDialog('deliver')}>
          {t('deliveries.record')}
        </Button>
      )}
      {can('invoices:write') && invoiceable.has(order.status) && (
        <Button variant="light" leftSection={<IconFileInvoice size={16} />} onClick={() => setDialog('invoice')}>
          {t('orders.createInvoice')}
        </Button>
      )}
      {canWrite && order.status === 'delivered' && (
        <Button variant="light" color="gray" leftSection={<IconLock size={16} />} onClick={() => setDialog('close')}>
          {t('orders.close')}
        </Button>
      )}
      {canWrite && cancellable && (
        <Button variant="subtle" color="red" leftSection={<IconX size={16} />} onClick={() => setDialog('cancel')}>
          {t('orders.cancel')}
        </Button>
      )}
      <ConfirmOrderModal order={order} opened={dialog === 'confirm'} onClose={close} />
      <RecordDeliveryModal order={order} opened={dialog === 'deliver'} onClose={close} />
      <CreateInvoiceModal order={order} opened={dialog === 'invoice'} onClose={close} />
      <EditOrderModal order={order} opened={dialog === 'edit'} onClose={close} />
      <ConfirmModal
        opened={dialog === 'close'}
        title={t('orders.closeTitle')}
        message={t('orders.closeConfirm', { number: order.number })}
        confirmLabel={t('orders.close')}
        color="gray"
        loading={pending('close')}
        onConfirm={() => run('close', t('orders.closed'))}
        onClose={close}
      />
      <Modal opened={dialog === 'cancel'} onClose={close} title={t('orders.cancelTitle', { number: order.number })} centered>
        <Stack>
          <Textarea label={t('orders.cancelReason')} autosize minRows={3} data-autofocus value={reason} onChange={(event) => setReason(event.currentTarget.value)} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button color="red" loading={pending('cancel')} onClick={() => run('cancel', t('orders.cancelled'), reason.trim() ? { reason: reason.trim() } : {})}>
              {t('orders.cancel')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Group>
  );
}
