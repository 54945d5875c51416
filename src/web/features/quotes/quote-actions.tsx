import { Button, Group, Modal, Stack, Textarea, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy, IconHourglassOff, IconSend, IconTrash, IconX } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { Quote } from '../../../contracts/quotes';
import { api } from '../../app/api-client';
import { useInvalidate } from '../../app/collections';
import { useRecordAction } from '../../app/record-actions';
import { useCan } from '../../app/session';
import { ConfirmModal } from '../../ui/confirm-modal';
import { notifyDone, notifyProblem } from '../../ui/notify';
import { DocumentPdfButton } from './document-pdf-button';

type Dialog = 'accept' | 'reject' | 'expire' | 'delete' | null;
type Props = { quote: Quote; title: string; /** Unsaved edits must be saved (or discarded) before the quote moves on. */ dirty: boolean };

/** What the quote's state allows: send a draft; accept, reject or withdraw a sent one; revise any that is not accepted. */
export function QuoteActions({ quote, title, dirty }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canWrite = useCan()('quotes:write');
  const [dialog, setDialog] = useState<Dialog>(null);
  const [reason, setReason] = useState('');
  const action = useRecordAction<Quote>('quotes', ['orders', 'opportunities', 'credit']);
  const invalidate = useInvalidate();
  const remove = useMutation({ mutationFn: () => api.delete(`/quotes/${quote.id}`), onSuccess: () => invalidate('quotes') });
  const pending = (name: string) => action.isPending && action.variables.action === name;
  const run = (name: string, done: string, body?: unknown, after?: (answer: Quote) => void) =>
    action.mutate(
      { target: quote, action: name, body },
      {
        onSuccess: (answer) => {
          notifyDone(done);
          after?.(answer);
        },
        onError: (error) => notifyProblem(error, t),
        onSettled: () => setDialog(null),
      },
    );
  const revise = () =>
    run('revise', t('quotes.revised'), {}, (answer) => void navigate({ to: '/quotes/$quoteId', params: { quoteId: answer.id } }));
  const revisable = quote.status === 'sent' || quote.status === 'rejected' || quote.status === 'expired';
  const saveFirst = (button: ReactElement) => (dirty ? <Tooltip label={t('quotes.saveFirst')}>{button}</Tooltip> : button);

  return (
    <Group gap="xs" wrap="wrap">
      {canWrite && quote.status === 'draft' &&
        saveFirst(
          <Button leftSection={<IconSend size={16} />} disabled={dirty || quote.lines.length === 0} loading={pending('send')} onClick={() => run('send', t('quotes.sent'))}>
            {t('quotes.send')}
          </Button>,
        )}
      {canWrite && quote.status === 'sent' && (
        <>
          <Button color="teal" leftSection={<IconCheck size={16} />} onClick={() => setDialog('accept')}>
            {t('quotes.accept')}
          </Button>
          <Button color="red" variant="light" leftSection={<IconX size={16} />} onClick={() => setDialog('reject')}>
            {t('quotes.reject')}
          </Button>
        </>
      )}
      {canWrite && revisable && (
        <Button variant="light" leftSection={<IconCopy size={16} />} loading={pending('revise')} onClick={revise}>
          {t('quotes.revise')}
        </Button>
      )}
      {canWrite && quote.status === 'sent' && (
        <Button variant="subtle" color="gray" leftSection={<IconHourglassOff size={16} />} onClick={() => setDialog('expire')}>
          {t('quotes.expire')}
        </Button>
      )}
      <DocumentPdfButton resource="quotes" id={quote.id} />
      {canWrite && quote.status === 'draft' && quote.revision === 1 && (
        <Button variant="subtle" color="red" leftSection={<IconTrash size={16} />} onClick={() => setDialog('delete')}>
          {t('quotes.delete')}
        </Button>
      )}
      <ConfirmModal
        opened={dialog === 'accept'}
        title={t('quotes.acceptTitle')}
        message={t('quotes.acceptConfirm', { title })}
        confirmLabel={t('quotes.accept')}
        color="teal"
        loading={pending('accept')}
        onConfirm={() => run('accept', t('quotes.accepted'))}
        onClose={() => setDialog(null)}
      />
      <ConfirmModal
        opened={dialog === 'expire'}
        title={t('quotes.expireTitle')}
        message={t('quotes.expireConfirm', { title })}
        confirmLabel={t('quotes.expire')}
        color="orange"
        loading={pending('expire')}
        onConfirm={() => run('expire', t('quotes.expired'))}
        onClose={() => setDialog(null)}
      />
      <ConfirmModal
        opened={dialog === 'delete'}
        title={t('quotes.deleteTitle')}
        message={t('quotes.deleteConfirm', { title })}
        confirmLabel={t('quotes.delete')}
        loading={remove.isPending}
        onConfirm={() =>
          remove.mutate(undefined, {
            onSuccess: () => {
              notifyDone(t('quotes.deleted'));
              void navigate({ to: '/quotes' });
            },
            onError: (error) => notifyProblem(error, t),
            onSettled: () => setDialog(null),
          })
        }
        onClose={() => setDialog(null)}
      />
      <Modal opened={dialog === 'reject'} onClose={() => setDialog(null)} title={t('quotes.rejectTitle')} centered>
        <Stack>
          <Textarea label={t('quotes.rejectReason')} autosize minRows={3} data-autofocus value={reason} onChange={(event) => setReason(event.currentTarget.value)} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setDialog(null)}>
              {t('common.cancel')}
            </Button>
            <Button color="red" loading={pending('reject')} onClick={() => run('reject', t('quotes.rejected'), reason.trim() ? { reason: reason.trim() } : {})}>
              {t('quotes.reject')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Group>
  );
}
