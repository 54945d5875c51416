import { Button, Group, Modal, Stack, Table, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Delivery, Order, OrderLine } from '../../../contracts/orders';
import { api, isApiError, type FieldError } from '../../app/api-client';
import { useInvalidate } from '../../app/collections';
import { FormProblem, type FormProblemState } from '../../ui/forms/form-problem';
import { parseDecimalText } from '../../ui/forms/decimal-text';
import { notifyDone } from '../../ui/notify';
import { compareDecimals, subtractDecimals, todayIso, useDocumentFormat } from '../quotes/document-format';
import { decimalInput } from '../quotes/quote-form-values';

type LineValue = { orderLineId: string; quantity: string };

const decimalPattern = /^\d{1,16}(\.\d{1,4})?$/;
type Values = { deliveredOn: string; notes: string; lines: LineValue[] };
type Props = { order: Order; opened: boolean; onClose: () => void };

/** What is still to deliver of a line: ordered less delivered. */
export function remainingToDeliver(line: OrderLine): string {
  return subtractDecimals(line.quantity, line.deliveredQuantity);
}

export function RecordDeliveryModal({ order, opened, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('deliveries.recordTitle', { number: order.number })} centered size="xl">
      {opened && <DeliveryForm order={order} onClose={onClose} />}
    </Modal>
  );
}

function DeliveryForm({ order, onClose }: { order: Order; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useDocumentFormat();
  const invalidate = useInvalidate();
  const positive = (text: string) => {
    const quantity = parseDecimalText(text, format.locale);
    return decimalPattern.test(quantity) && compareDecimals(quantity, '0') > 0 ? quantity : null;
  };
  const open = order.lines.filter((line) => compareDecimals(remainingToDeliver(line), '0') > 0);
  const [problem, setProblem] = useState<FormProblemState>(null);
  const form = useForm<Values>({
    // Prefilled with everything that remains: the usual delivery is the rest of the order.
    initialValues: {
      deliveredOn: todayIso(),
      notes: '',
      lines: open.map((line) => ({ orderLineId: line.id, quantity: decimalInput(remainingToDeliver(line), format.locale) })),
    },
    validate: (values) => {
      const errors: Record<string, string> = {};
      if (!values.deliveredOn) errors.deliveredOn = t('validation.required');
      values.lines.forEach((value, index) => {
        const line = open[index];
        const text = value.quantity.trim();
        if (!line || text === '') return;
        const quantity = parseDecimalText(text, format.locale);
        if (!decimalPattern.test(quantity)) errors[`lines.${index}.quantity`] = t('validation.decimal');
        else if (compareDecimals(quantity, remainingToDeliver(line)) > 0)
          errors[`lines.${index}.quantity`] = t('deliveries.moreThanRemains', { remaining: format.decimal(remainingToDeliver(line)) });
      });
      const any = values.lines.some((value) => positive(value.quantity) !== null);
      if (!any && Object.keys(errors).length === 0) errors.lines = t('deliveries.nothingToDeliver');
      return errors;
    },
  });
  const create = useMutation({
    mutationFn: (body: unknown) => api.post<Delivery>('/deliveries', body),
    onSuccess: () => invalidate('orders', 'deliveries', 'credit'),
  });

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    // Only lines with a quantity go out; `sent` maps the body's indexes back to the form's rows for errors.
    const sent = values.lines.flatMap((line, index) => {
      const quantity = positive(line.quantity);
      return quantity ? [{ orderLineId: line.orderLineId, quantity, index }] : [];
    });
    const body = {
      orderId: order.id,
      deliveredOn: values.deliveredOn,
      ...(values.notes.trim() ? { notes: values.notes.trim() } : {}),
      lines: sent.map(({ orderLineId, quantity }) => ({ orderLineId, quantity })),
    };
    try {
      await create.mutateAsync(body);
      notifyDone(t('deliveries.recorded'));
      onClose();
    } catch (error) {
      const unmatched: FieldError[] = [];
      for (const fieldError of isApiError(error) ? error.errors : []) {
        const match = /^lines\.(\d+)\.quantity$/.exec(fieldError.path);
        const row = match ? sent[Number(match[1])] : undefined;
        if (row) form.setFieldError(`lines.${row.index}.quantity`, fieldError.message);
        else unmatched.push(fieldError);
      }
      setProblem({ error, unmatched });
    }
  });

  return (
    <form onSubmit={submit} noValidate data-testid="delivery-form">
      <Stack>
        <FormProblem problem={problem} />
        <Table verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('documents.description')}</Table.Th>
              <Table.Th ta="end">{t('orders.ordered')}</Table.Th>
              <Table.Th ta="end">{t('orders.delivered')}</Table.Th>
              <Table.Th ta="end">{t('orders.remaining')}</Table.Th>
              <Table.Th>{t('deliveries.quantityNow')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {open.map((line, index) => (
              <Table.Tr key={line.id} data-testid="delivery-line">
                <Table.Td>
                  <bdi>{line.description}</bdi>
                </Table.Td>
                <Table.Td ta="end">{format.decimal(line.quantity)}</Table.Td>
                <Table.Td ta="end">{format.decimal(line.deliveredQuantity)}</Table.Td>
                <Table.Td ta="end">{format.decimal(remainingToDeliver(line))}</Table.Td>
                <Table.Td>
                  <TextInput
                    aria-label={t('deliveries.quantityFor', { line: line.description })}
                    size="xs"
                    w={110}
                    inputMode="decimal"
                    dir="ltr"
                    rightSection={<Text size="xs" c="dimmed">{line.unit}</Text>}
                    rightSectionWidth={44}
                    {...form.getInputProps(`lines.${index}.quantity`)}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {form.errors.lines && (
          <Text size="sm" c="red">
            {form.errors.lines}
          </Text>
        )}
        <Group grow align="flex-start">
          <TextInput type="date" label={t('deliveries.deliveredOn')} required {...form.getInputProps('deliveredOn')} />
          <Textarea label={t('sales.notes')} autosize minRows={1} {...form.getInputProps('notes')} />
        </Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={form.submitting}>
            {t('deliveries.record')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
