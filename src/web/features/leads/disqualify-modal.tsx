import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { disqualifyLeadBody, type Lead } from '../../../contracts/leads';
import { useRecordAction } from '../../app/record-actions';
import { FormProblem } from '../../ui/forms/form-problem';
import { useRecordSubmit } from '../../ui/forms/use-record-submit';
import { zodValidate } from '../../ui/forms/zod-validate';

type Values = { reason: string };
type Props = { lead: Lead; opened: boolean; onClose: () => void };

const toBody = (values: Values) => ({ reason: values.reason.trim() });

export function DisqualifyModal({ lead, opened, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('leads.disqualifyTitle')} centered>
      {opened && <DisqualifyForm lead={lead} onClose={onClose} />}
    </Modal>
  );
}

function DisqualifyForm({ lead, onClose }: { lead: Lead; onClose: () => void }) {
  const { t } = useTranslation();
  const form = useForm<Values>({ initialValues: { reason: '' }, validate: zodValidate(disqualifyLeadBody, toBody) });
  const action = useRecordAction<Lead>('leads');
  const { onSubmit, problem } = useRecordSubmit(form, toBody, {
    save: (body) => action.mutateAsync({ target: lead, action: 'disqualify', body }),
    successMessage: t('leads.disqualified'),
    onSaved: onClose,
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <FormProblem problem={problem} />
        <Textarea label={t('leads.disqualifyReason')} required autosize minRows={3} data-autofocus {...form.getInputProps('reason')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color="red" loading={form.submitting}>
            {t('leads.disqualify')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
