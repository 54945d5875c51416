import { Button, Group } from '@mantine/core';
import { IconArrowBackUp, IconBan, IconCircleCheck, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../../contracts/projects';
import { useRecordAction } from '../../app/record-actions';
import { useCan } from '../../app/session';
import { ConfirmModal } from '../../ui/confirm-modal';
import { notifyDone, notifyProblem } from '../../ui/notify';
import { RecordDrawer } from '../../ui/record-drawer';
import { RecordSnapshot } from '../../ui/record-snapshot';
import { ProjectForm } from './project-form';

type Dialog = 'complete' | 'cancel' | 'edit' | null;

/** Complete, cancel or edit an active project; reopen a closed one. */
export function ProjectActions({ project }: { project: Project }) {
  const { t } = useTranslation();
  const canWrite = useCan()('projects:write');
  const [dialog, setDialog] = useState<Dialog>(null);
  const run = useRecordAction<Project>('projects');
  if (!canWrite) return null;
  const act = (action: 'complete' | 'cancel' | 'reopen', done: string) =>
    run.mutate({ target: project, action }, { onSuccess: () => notifyDone(done), onError: (error) => notifyProblem(error, t), onSettled: () => setDialog(null) });
  const busy = (action: string) => run.isPending && run.variables.action === action;

  if (project.status !== 'active') {
    return (
      <Button variant="light" leftSection={<IconArrowBackUp size={16} />} loading={busy('reopen')} onClick={() => act('reopen', t('projects.reopened'))}>
        {t('projects.reopen')}
      </Button>
    );
  }
  return (
    <Group gap="xs">
      <Button color="teal" leftSection={<IconCircleCheck size={16} />} onClick={() => setDialog('complete')}>
        {t('projects.complete')}
      </Button>
      <Button color="red" variant="light" leftSection={<IconBan size={16} />} onClick={() => setDialog('cancel')}>
        {t('projects.cancel')}
      </Button>
      <Button variant="default" leftSection={<IconPencil size={16} />} onClick={() => setDialog('edit')}>
        {t('common.edit')}
      </Button>
      <ConfirmModal
        opened={dialog === 'complete'}
        title={t('projects.completeTitle')}
        message={t('projects.completeConfirm', { name: project.name })}
        confirmLabel={t('projects.complete')}
        color="teal"
        loading={busy('complete')}
        onConfirm={() => act('complete', t('projects.completed'))}
        onClose={() => setDialog(null)}
      />
      <ConfirmModal
        opened={dialog === 'cancel'}
        title={t('projects.cancelTitle')}
        message={t('projects.cancelConfirm', { name: project.name })}
        confirmLabel={t('projects.cancel')}
        loading={busy('cancel')}
        onConfirm={() => act('cancel', t('projects.cancelled'))}
        onClose={() => setDialog(null)}
      />
      <RecordDrawer opened={dialog === 'edit'} title={t('projects.editTitle')} onClose={() => setDialog(null)}>
        {dialog === 'edit' && (
          <RecordSnapshot<Project> resource="projects" id={project.id} render={(snapshot, stale) => <ProjectForm project={snapshot} onDone={() => setDialog(null)} stale={stale} />} />
        )}
      </RecordDrawer>
    </Group>
  );
}
