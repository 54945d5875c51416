import { Button, Group, Menu } from '@mantine/core';
import { IconArrowsRightLeft, IconCheck, IconChevronDown, IconPencil, IconThumbDown, IconTrophy } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Opportunity, Pipeline, Stage } from '../../../contracts/opportunities';
import { useRecordAction } from '../../app/record-actions';
import { useCan } from '../../app/session';
import { ConfirmModal } from '../../ui/confirm-modal';
import { notifyDone, notifyProblem } from '../../ui/notify';
import { notifyMoveProblem } from '../playbook/missing-steps';
import { RecordDrawer } from '../../ui/record-drawer';
import { RecordSnapshot } from '../../ui/record-snapshot';
import { LoseModal } from './lose-modal';
import { OpportunityForm } from './opportunity-form';

type Props = { deal: Opportunity; pipeline: Pipeline | undefined };
type Dialog = 'edit' | 'win' | 'lose' | null;

/** Move, win, lose and edit an open deal; a closed one offers nothing. */
export function OpportunityActions({ deal, pipeline }: Props) {
  const { t } = useTranslation();
  const canWrite = useCan()('opportunities:write');
  const [dialog, setDialog] = useState<Dialog>(null);
  // A move creates the new stage's playbook tasks.
  const action = useRecordAction<Opportunity>('opportunities', ['accounts', 'tasks']);
  if (!canWrite || deal.status !== 'open') return null;

  const move = (stage: Stage) =>
    action.mutate(
      { target: deal, action: 'move', body: { stageId: stage.id } },
      { onSuccess: () => notifyDone(t('board.moved', { name: deal.name, stage: stage.name })), onError: (error) => notifyMoveProblem(error, t) },
    );
  const win = () =>
    action.mutate(
      { target: deal, action: 'win' },
      { onSuccess: () => notifyDone(t('opportunities.wonDone')), onError: (error) => notifyProblem(error, t), onSettled: () => setDialog(null) },
    );

  return (
    <Group gap="xs">
      <Menu position="bottom-end" shadow="md" width={240}>
        <Menu.Target>
          <Button
            variant="light"
            leftSection={<IconArrowsRightLeft size={16} />}
            rightSection={<IconChevronDown size={14} />}
            loading={action.isPending && action.variables.action === 'move'}
          >
            {t('opportunities.move')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{t('opportunities.moveTo')}</Menu.Label>
          {(pipeline?.stages ?? []).map((stage) => (
            <Menu.Item
              key={stage.id}
              disabled={stage.id === deal.stageId}
              leftSection={stage.id === deal.stageId ? <IconCheck size={14} /> : <span style={{ width: 14 }} />}
              onClick={() => move(stage)}
            >
              {stage.name}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      <Button color="teal" leftSection={<IconTrophy size={16} />} onClick={() => setDialog('win')}>
        {t('opportunities.win')}
      </Button>
      <Button color="red" variant="light" leftSection={<IconThumbDown size={16} />} onClick={() => setDialog('lose')}>
        {t('opportunities.lose')}
      </Button>
      <Button variant="default" leftSection={<IconPencil size={16} />} onClick={() => setDialog('edit')}>
        {t('common.edit')}
      </Button>
      <ConfirmModal
        opened={dialog === 'win'}
        title={t('opportunities.winTitle')}
        message={t('opportunities.winConfirm', { name: deal.name })}
        confirmLabel={t('opportunities.win')}
        color="teal"
        loading={action.isPending && action.variables.action === 'win'}
        onConfirm={win}
        onClose={() => setDialog(null)}
      />
      <LoseModal deal={deal} opened={dialog === 'lose'} onClose={() => setDialog(null)} />
      <RecordDrawer opened={dialog === 'edit'} title={t('opportunities.editTitle')} onClose={() => setDialog(null)}>
        {dialog === 'edit' && (
          <RecordSnapshot<Opportunity>
            resource="opportunities"
            id={deal.id}
            render={(snapshot, stale) => <OpportunityForm opportunity={snapshot} onDone={() => setDialog(null)} stale={stale} />}
          />
        )}
      </RecordDrawer>
    </Group>
  );
}
