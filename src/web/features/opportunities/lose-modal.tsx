import { Button, Group, Modal, Select, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { loseOpportunityBody, type Opportunity } from '../../../contracts/opportunities';
import { useRecordAction } from '../../app/record-actions';
import { FormProblem } from '../../ui/forms/form-problem';
import { useRecordSubmit } from '../../ui/forms/use-record-submit';
import { zodValidate } from '../../ui/forms/zod-validate';
import { useLostReasons } from '../pipelines/pipelines-data';

type Values = { lostReasonId: string | null; note: string };
type Props = { deal: Opportunity; opened: boolean; onClose: () => void };

const toBody = (values: Values) => ({ lostReasonId: values.lostReasonId, ...(values.note.trim() ? { note: values.note.trim() } : {}) });

export function LoseModal({ deal, opened, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('opportunities.loseTitle', { name: deal.name })} centered>
      {opened && <LoseForm deal={deal} onClose={onClose} />}
    </Modal>
  );
}

function LoseForm({ deal, onClose }: { deal: Opportunity; onClose: () => void }) {
  const { t } = useTranslation();
  const reasons = useLostReasons();
  const form = useForm<Values>({ initialValues: { lostReasonId: null, note: '' }, validate: zodValidate(loseOpportunityBody, toBody) });
  const action = useRecordAction<Opportunity>('opportunities');
  const { onSubmit, problem } = useRecordSubmit(form, toBody, {
    save: (body) => action.mutateAsync({ target: deal, action: 'lose', body }),
    successMessage: t('opportunities.lostDone'),
    onSaved: onClose,
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <FormProblem problem={problem} />
        <Select
          label={t('opportunities.lostReason')}
          required
          data-autofocus
          data={(reasons.data ?? []).map((reason) => ({ value: reason.id, label: reason.name }))}
          {...form.getInputProps('lostReasonId')}
        />
        <Textarea label={t('opportunities.lostNote')} autosize minRows={3} {...form.getInputProps('note')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color="red" loading={form.submitting}>
            {t('opportunities.lose')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
