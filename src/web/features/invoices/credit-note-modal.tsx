import { Button, Checkbox, Group, Modal, Radio, Stack, Table, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { creditNoteBody, type Invoice, type InvoiceLine } from '../../../contracts/invoices';
import { useRecordAction } from '../../app/record-actions';
import { parseDecimalText } from '../../ui/forms/decimal-text';
import { FormProblem } from '../../ui/forms/form-problem';
import { useRecordSubmit } from '../../ui/forms/use-record-submit';
import { zodValidate } from '../../ui/forms/zod-validate';
import { compareDecimals, subtractDecimals, useDocumentFormat } from '../quotes/document-format';
import { decimalInput } from '../quotes/quote-form-values';

type LineChoice = { invoiceLineId: string; chosen: boolean; quantity: string };
type Values = { reason: string; scope: 'whole' | 'lines'; lines: LineChoice[] };
type Props = { invoice: Invoice; opened: boolean; onClose: () => void };

export function CreditNoteModal({ invoice, opened, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('invoices.creditNoteTitle')} centered size="xl">
      {opened && <CreditNoteForm invoice={invoice} onClose={onClose} />}
    </Modal>
  );
}

/** Corrects an issued invoice: the whole of it, or chosen lines and quantities. The credit note is issued at once. */
function CreditNoteForm({ invoice, onClose }: { invoice: Invoice; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useDocumentFormat();
  const navigate = useNavigate();
  // Deduction lines (negative, for an earlier down payment) are not credited one by one, nor what is already credited.
  const remaining = (line: InvoiceLine) => subtractDecimals(line.quantity, line.creditedQuantity);
  const creditable = invoice.lines.filter((line) => !line.quantity.startsWith('-') && compareDecimals(remaining(line), '0') > 0);
  const toBody = (values: Values) => {
    const chosen = values.lines.filter((line) => line.chosen);
    return {
      reason: values.reason.trim(),
      ...(values.scope === 'lines'
        ? { lines: chosen.map((line) => ({ invoiceLineId: line.invoiceLineId, quantity: parseDecimalText(line.quantity, format.locale) })) }
        : {}),
    };
  };
  const form = useForm<Values>({
    initialValues: {
      reason: '',
      scope: 'whole',
      lines: creditable.map((line) => ({ invoiceLineId: line.id, chosen: false, quantity: decimalInput(remaining(line), format.locale) })),
    },
    validate: (values) => {
      // The body lists the chosen lines only: put each line error on its row of the form.
      const rows = values.lines.flatMap((line, index) => (line.chosen ? [index] : []));
      const errors = Object.fromEntries(
        Object.entries(zodValidate(creditNoteBody, toBody)(values)).map(([path, message]) => {
          const match = /^lines\.(\d+)\.(.+)$/.exec(path);
          return [match ? `lines.${rows[Number(match[1])]}.${match[2]}` : path, message];
        }),
      );
      if (values.scope === 'lines' && !values.lines.some((line) => line.chosen)) return { ...errors, lines: t('invoices.chooseLines') };
      return errors;
    },
  });
  const action = useRecordAction<Invoice>('invoices', ['orders', 'payments', 'credit']);
  const { onSubmit, problem } = useRecordSubmit(form, toBody, {
    save: (body) => action.mutateAsync({ target: invoice, action: 'credit-note', body }),
    successMessage: t('invoices.credited'),
    onSaved: (note) => {
      onClose();
      if (note.id !== invoice.id) void navigate({ to: '/invoices/$invoiceId', params: { invoiceId: note.id } });
    },
  });

  return (
    <form onSubmit={onSubmit} noValidate data-testid="credit-note-form">
      <Stack>
        <FormProblem problem={problem} />
        <Textarea label={t('invoices.creditReason')} required autosize minRows={2} data-autofocus {...form.getInputProps('reason')} />
        <Radio.Group label={t('invoices.creditScope')} {...form.getInputProps('scope')}>
          <Stack gap="xs" mt="xs">
            <Radio value="whole" label={t('invoices.creditWhole')} />
            <Radio value="lines" label={t('invoices.creditLines')} />
          </Stack>
        </Radio.Group>
        {form.values.scope === 'lines' && (
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={40} />
                <Table.Th>{t('documents.description')}</Table.Th>
                <Table.Th ta="end">{t('invoices.invoiced')}</Table.Th>
                <Table.Th ta="end">{t('invoices.alreadyCredited')}</Table.Th>
                <Table.Th>{t('invoices.quantityToCredit')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {creditable.map((line, index) => (
                <Table.Tr key={line.id}>
                  <Table.Td>
                    <Checkbox aria-label={line.description} {...form.getInputProps(`lines.${index}.chosen`, { type: 'checkbox' })} />
                  </Table.Td>
                  <Table.Td>
                    <bdi>{line.description}</bdi>
                  </Table.Td>
                  <Table.Td ta="end">
                    {format.decimal(line.quantity)} <bdi>{line.unit}</bdi>
                  </Table.Td>
                  <Table.Td ta="end">{format.decimal(line.creditedQuantity)}</Table.Td>
                  <Table.Td>
                    <TextInput
                      aria-label={t('invoices.quantityToCreditFor', { line: line.description })}
                      size="xs"
                      w={110}
                      inputMode="decimal"
                      dir="ltr"
                      disabled={!form.values.lines[index]?.chosen}
                      {...form.getInputProps(`lines.${index}.quantity`)}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {form.errors.lines && (
          <Text size="sm" c="red">
            {form.errors.lines}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color="grape" loading={form.submitting}>
            {t('invoices.creditNote')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
