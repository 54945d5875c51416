import { Button, Group, Modal, NumberInput, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { createTimeEntryBody, type TimeEntry } from '../../../contracts/time-entries';
import { api } from '../../app/api-client';
import { useInvalidate } from '../../app/collections';
import { useFormat } from '../../app/i18n/format';
import { useMe } from '../../app/session';
import { FormProblem } from '../../ui/forms/form-problem';
import { useRecordSubmit } from '../../ui/forms/use-record-submit';
import { zodValidate } from '../../ui/forms/zod-validate';
import { UserSelect } from '../users/user-select';
import { formatMinutes, isoDay } from './time-format';

type Values = { date: string; minutes: number | string; comment: string; userId: string | null };
type Props = { taskId: string; opened: boolean; onClose: () => void };

/** Records time spent on a task: yours, or (for a manager or an admin) someone else's. */
export function LogTimeModal({ taskId, opened, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('time.logTitle')} centered>
      {opened && <LogTimeForm taskId={taskId} onClose={onClose} />}
    </Modal>
  );
}

function LogTimeForm({ taskId, onClose }: { taskId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe();
  const forOthers = me.user.role === 'admin' || me.user.role === 'sales_manager';
  const invalidate = useInvalidate();
  const toBody = (values: Values) => ({
    taskId,
    date: values.date,
    minutes: values.minutes === '' ? undefined : Number(values.minutes),
    comment: values.comment.trim(),
    ...(values.userId ? { userId: values.userId } : {}),
  });
  const form = useForm<Values>({ initialValues: { date: isoDay(new Date()), minutes: '', comment: '', userId: null }, validate: zodValidate(createTimeEntryBody, toBody) });
  const { onSubmit, problem } = useRecordSubmit(form, toBody, {
    save: async (body) => {
      const saved = await api.post<TimeEntry>('/time-entries', body);
      await invalidate('time-entries', 'tasks');
      return saved;
    },
    successMessage: t('time.logged'),
    onSaved: onClose,
  });
  const minutes = Number(form.values.minutes);
  return (
    <form onSubmit={onSubmit} noValidate data-testid="log-time-form">
      <Stack>
        <FormProblem problem={problem} />
        <SimpleGrid cols={2}>
          <TextInput type="date" label={t('time.date')} required {...form.getInputProps('date')} />
          <NumberInput
            label={t('time.minutes')}
            required
            min={1}
            max={1440}
            allowDecimal={false}
            allowNegative={false}
            data-autofocus
            description={minutes > 0 ? formatMinutes(minutes, format.locale) : t('time.minutesHint')}
            {...form.getInputProps('minutes')}
          />
        </SimpleGrid>
        {forOthers && <UserSelect label={t('time.person')} placeholder={t('tasks.me')} {...form.getInputProps('userId')} />}
        <Textarea label={t('time.comment')} autosize minRows={2} {...form.getInputProps('comment')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={form.submitting}>
            {t('time.log')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
