import { Button } from '@mantine/core';
import { IconCircleCheck, IconCircleX, IconPlayerPlay, IconTransform } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lead } from '../../../contracts/leads';
import { useRecordAction } from '../../app/record-actions';
import { notifyDone, notifyProblem } from '../../ui/notify';
import { ConvertLeadModal } from './convert-lead-modal';
import { DisqualifyModal } from './disqualify-modal';

type Modal = 'disqualify' | 'convert' | null;

/** The next steps an open lead allows: start, qualify, disqualify (with a reason) and convert. */
export function LeadActions({ lead }: { lead: Lead }) {
  const { t } = useTranslation();
  const [modal, setModal] = useState<Modal>(null);
  const action = useRecordAction<Lead>('leads');
  const run = (name: 'start' | 'qualify', done: string) =>
    action.mutate({ target: lead, action: name }, { onSuccess: () => notifyDone(done), onError: (error) => notifyProblem(error, t) });
  const pending = (name: string) => action.isPending && action.variables.action === name;

  return (
    <>
      {lead.status === 'new' && (
        <Button variant="light" leftSection={<IconPlayerPlay size={16} />} loading={pending('start')} onClick={() => run('start', t('leads.started'))}>
          {t('leads.start')}
        </Button>
      )}
      {(lead.status === 'new' || lead.status === 'working') && (
        <Button variant="light" leftSection={<IconCircleCheck size={16} />} loading={pending('qualify')} onClick={() => run('qualify', t('leads.qualified'))}>
          {t('leads.qualify')}
        </Button>
      )}
      <Button variant="light" color="gray" leftSection={<IconCircleX size={16} />} onClick={() => setModal('disqualify')}>
        {t('leads.disqualify')}
      </Button>
      <Button leftSection={<IconTransform size={16} />} onClick={() => setModal('convert')}>
        {t('leads.convert')}
      </Button>
      <DisqualifyModal lead={lead} opened={modal === 'disqualify'} onClose={() => setModal(null)} />
      <ConvertLeadModal lead={lead} opened={modal === 'convert'} onClose={() => setModal(null)} />
    </>
  );
}
