import { Button, Group, Modal, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { createPaymentBody, paymentMethods, type Invoice, type Payment } from '../../../contracts/invoices';
import { api } from '../../app/api-client';
import { useInvalidate } from '../../app/collections';
import { decimalForInput, parseDecimalText } from '../../ui/forms/decimal-text';
import { FormProblem } from '../../ui/forms/form-problem';
import { useRecordSubmit } from '../../ui/forms/use-record-submit';
import { zodValidate } from '../../ui/forms/zod-validate';
import { todayIso, useDocumentFormat } from '../quotes/document-format';

type Method = (typeof paymentMethods)[number];
type Values = { amount: string; paidOn: string; method: Method; reference: string };
type Props = { invoice: Invoice; opened: boolean; onClose: () => void };

export function RecordPaymentModal({ invoice, opened, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('payments.recordTitle')} centered size="lg">
      {opened && <PaymentForm invoice={invoice} onClose={onClose} />}
    </Modal>
  );
}

/** A payment against the invoice, prefilled with what is due. */
function PaymentForm({ invoice, onClose }: { invoice: Invoice; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useDocumentFormat();
  const invalidate = useInvalidate();
  const toBody = (values: Values) => ({
    invoiceId: invoice.id,
    amount: parseDecimalText(values.amount, format.locale),
    paidOn: values.paidOn,
    method: values.method,
    ...(values.reference.trim() ? { reference: values.reference.trim() } : {}),
  });
  const form = useForm<Values>({
    initialValues: { amount: decimalForInput(invoice.amountDue, format.locale), paidOn: todayIso(), method: 'bank_transfer', reference: '' },
    validate: zodValidate(createPaymentBody, toBody, { amount: t('validation.positiveDecimal') }),
  });
  const create = useMutation({
    mutationFn: (body: unknown) => api.post<Payment>('/payments', body),
    onSuccess: () => invalidate('payments', 'invoices', 'orders', 'credit'),
  });
  const { onSubmit, problem } = useRecordSubmit(form, toBody, {
    save: create.mutateAsync,
    successMessage: t('payments.recorded'),
    onSaved: onClose,
  });
  return (
    <form onSubmit={onSubmit} noValidate data-testid="payment-form">
      <Stack>
        <FormProblem problem={problem} />
        <Text size="sm">{t('payments.due', { amount: format.amount(invoice.amountDue, invoice.currency) })}</Text>
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <TextInput
            label={t('payments.amount')}
            required
            data-autofocus
            inputMode="decimal"
            dir="ltr"
            rightSection={<Text size="xs" c="dimmed">{invoice.currency}</Text>}
            rightSectionWidth={42}
            {...form.getInputProps('amount')}
          />
          <TextInput type="date" label={t('payments.paidOn')} required {...form.getInputProps('paidOn')} />
          <Select
            label={t('payments.method')}
            required
            allowDeselect={false}
            data={paymentMethods.map((value) => ({ value, label: t(`paymentMethod.${value}`) }))}
            {...form.getInputProps('method')}
          />
          <TextInput label={t('payments.reference')} {...form.getInputProps('reference')} />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={form.submitting}>
            {t('payments.record')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
