import { Button, Group, Modal, Select, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { paymentTerms, type PaymentTerms } from '../../../contracts/accounts';
import { updateOrderBody, type Order } from '../../../contracts/orders';
import { api } from '../../app/api-client';
import { useInvalidate } from '../../app/collections';
import { FormProblem } from '../../ui/forms/form-problem';
import { useRecordSubmit } from '../../ui/forms/use-record-submit';
import { zodValidate } from '../../ui/forms/zod-validate';
import { ContactSelect } from '../contacts/contact-select';

type Values = { contactId: string | null; paymentTerms: PaymentTerms; deliveryTerms: string; notes: string };
type Props = { order: Order; opened: boolean; onClose: () => void };

const toBody = (values: Values) => ({
  contactId: values.contactId,
  paymentTerms: values.paymentTerms,
  deliveryTerms: values.deliveryTerms.trim(),
  notes: values.notes.trim(),
});

/** A pending order's terms and notes (its lines come from the accepted quote). */
export function EditOrderModal({ order, opened, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('orders.editTitle', { number: order.number })} centered size="lg">
      {opened && <EditOrderForm order={order} onClose={onClose} />}
    </Modal>
  );
}

function EditOrderForm({ order, onClose }: { order: Order; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const invalidate = useInvalidate();
  const form = useForm<Values>({
    initialValues: { contactId: order.contactId, paymentTerms: order.paymentTerms, deliveryTerms: order.deliveryTerms, notes: order.notes },
    validate: zodValidate(updateOrderBody, toBody),
  });
  const { onSubmit, problem } = useRecordSubmit(form, toBody, {
    save: (body) => api.patch<Order>(`/orders/${order.id}`, body, order.version),
    successMessage: t('orders.saved'),
    onSaved: (saved) => {
      queryClient.setQueryData(['orders', 'record', saved.id], saved);
      void invalidate('orders', 'credit');
      onClose();
    },
    onStale: () => void invalidate('orders'),
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <FormProblem problem={problem} />
        <ContactSelect label={t('documents.contact')} accountId={order.accountId} {...form.getInputProps('contactId')} />
        <Select
          label={t('documents.paymentTerms')}
          required
          allowDeselect={false}
          data={paymentTerms.map((value) => ({ value, label: t(`paymentTerms.${value}`) }))}
          {...form.getInputProps('paymentTerms')}
        />
        <Textarea label={t('documents.deliveryTerms')} autosize minRows={2} {...form.getInputProps('deliveryTerms')} />
        <Textarea label={t('sales.notes')} autosize minRows={2} {...form.getInputProps('notes')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={form.submitting}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
