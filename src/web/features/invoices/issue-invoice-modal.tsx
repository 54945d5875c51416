import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { issueInvoiceBody, type Invoice } from '../../../contracts/invoices';
import { useRecordAction } from '../../app/record-actions';
import { FormProblem } from '../../ui/forms/form-problem';
import { useRecordSubmit } from '../../ui/forms/use-record-submit';
import { zodValidate } from '../../ui/forms/zod-validate';
import { todayIso } from '../quotes/document-format';

type Values = { issueDate: string };
type Props = { invoice: Invoice; opened: boolean; onClose: () => void };

const toBody = (values: Values) => (values.issueDate ? { issueDate: values.issueDate } : {});

/** Issuing gives the invoice its gapless number and due date; from then on it changes only by a credit note. */
export function IssueInvoiceModal({ invoice, opened, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('invoices.issueTitle')} centered>
      {opened && <IssueForm invoice={invoice} onClose={onClose} />}
    </Modal>
  );
}

function IssueForm({ invoice, onClose }: { invoice: Invoice; onClose: () => void }) {
  const { t } = useTranslation();
  const form = useForm<Values>({ initialValues: { issueDate: todayIso() }, validate: zodValidate(issueInvoiceBody, toBody) });
  const action = useRecordAction<Invoice>('invoices', ['orders', 'credit']);
  const { onSubmit, problem } = useRecordSubmit(form, toBody, {
    save: (body) => action.mutateAsync({ target: invoice, action: 'issue', body }),
    successMessage: t('invoices.issued'),
    onSaved: onClose,
  });
  return (
    <form onSubmit={onSubmit} noValidate data-testid="issue-invoice-form">
      <Stack>
        <FormProblem problem={problem} />
        <Text size="sm">{t('invoices.issueWarning')}</Text>
        <TextInput type="date" label={t('documents.issueDate')} required data-autofocus {...form.getInputProps('issueDate')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={form.submitting}>
            {t('invoices.issue')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
