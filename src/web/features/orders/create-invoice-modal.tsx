import { Button, Group, Modal, Radio, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { createInvoiceBody, type Invoice } from '../../../contracts/invoices';
import type { Delivery, Order } from '../../../contracts/orders';
import { api } from '../../app/api-client';
import { relatedQuery, useInvalidate } from '../../app/collections';
import { parseDecimalText } from '../../ui/forms/decimal-text';
import { FormProblem } from '../../ui/forms/form-problem';
import { useRecordSubmit } from '../../ui/forms/use-record-submit';
import { zodValidate } from '../../ui/forms/zod-validate';
import { useDocumentFormat } from '../quotes/document-format';

type Mode = 'order' | 'delivery' | 'downPayment';
type Values = { mode: Mode; deliveryId: string | null; downPaymentPercent: string; notes: string };
type Props = { order: Order; opened: boolean; onClose: () => void };

export function CreateInvoiceModal({ order, opened, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('orders.createInvoiceTitle', { number: order.number })} centered size="lg">
      {opened && <CreateInvoiceForm order={order} onClose={onClose} />}
    </Modal>
  );
}

/** A draft invoice for the whole order (what is not invoiced yet), one delivery, or a down payment of a percentage. */
function CreateInvoiceForm({ order, onClose }: { order: Order; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useDocumentFormat();
  const navigate = useNavigate();
  const invalidate = useInvalidate();
  const deliveries = useQuery(relatedQuery<Delivery>('deliveries', { 'filter[orderId]': order.id }));
  const toBody = (values: Values) => ({
    orderId: order.id,
    ...(values.mode === 'delivery' && values.deliveryId ? { deliveryId: values.deliveryId } : {}),
    ...(values.mode === 'downPayment' ? { downPaymentPercent: parseDecimalText(values.downPaymentPercent, format.locale) } : {}),
    ...(values.notes.trim() ? { notes: values.notes.trim() } : {}),
  });
  const form = useForm<Values>({
    initialValues: { mode: 'order', deliveryId: null, downPaymentPercent: '', notes: '' },
    validate: (values) => ({
      ...zodValidate(createInvoiceBody, toBody, { downPaymentPercent: t('validation.percent') })(values),
      ...(values.mode === 'delivery' && !values.deliveryId ? { deliveryId: t('validation.required') } : {}),
      ...(values.mode === 'downPayment' && !values.downPaymentPercent.trim() ? { downPaymentPercent: t('validation.required') } : {}),
    }),
  });
  const create = useMutation({
    mutationFn: (body: unknown) => api.post<Invoice>('/invoices', body),
    onSuccess: () => invalidate('invoices', 'orders', 'credit'),
  });
  const { onSubmit, problem } = useRecordSubmit(form, toBody, {
    save: create.mutateAsync,
    successMessage: t('invoices.created'),
    onSaved: (invoice) => {
      onClose();
      void navigate({ to: '/invoices/$invoiceId', params: { invoiceId: invoice.id } });
    },
  });

  return (
    <form onSubmit={onSubmit} noValidate data-testid="create-invoice-form">
      <Stack>
        <FormProblem problem={problem} />
        <Radio.Group label={t('orders.invoiceWhat')} {...form.getInputProps('mode')}>
          <Stack gap="xs" mt="xs">
            <Radio value="order" label={t('orders.invoiceWholeOrder')} />
            <Radio value="delivery" label={t('orders.invoiceDelivery')} disabled={(deliveries.data?.data.length ?? 0) === 0} />
            <Radio value="downPayment" label={t('orders.invoiceDownPayment')} />
          </Stack>
        </Radio.Group>
        {form.values.mode === 'order' && (
          <Text size="sm" c="dimmed">
            {t('orders.invoiceWholeOrderHint')}
          </Text>
        )}
        {form.values.mode === 'delivery' && (
          <Select
            label={t('orders.delivery')}
            required
            data={(deliveries.data?.data ?? []).map((delivery) => ({ value: delivery.id, label: `${delivery.number} · ${format.day(delivery.deliveredOn)}` }))}
            {...form.getInputProps('deliveryId')}
          />
        )}
        {form.values.mode === 'downPayment' && (
          <TextInput
            label={t('orders.downPaymentPercent')}
            description={t('orders.downPaymentHint')}
            required
            inputMode="decimal"
            dir="ltr"
            w={200}
            rightSection={<Text size="sm" c="dimmed">%</Text>}
            {...form.getInputProps('downPaymentPercent')}
          />
        )}
        <Textarea label={t('sales.notes')} autosize minRows={2} {...form.getInputProps('notes')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={form.submitting}>
            {t('orders.createInvoice')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
