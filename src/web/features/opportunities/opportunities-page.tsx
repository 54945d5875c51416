import { Button, SegmentedControl } from '@mantine/core';
import { IconLayoutKanban, IconPlus, IconTable } from '@tabler/icons-react';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpportunitiesView } from '../../app/router';
import { useCan } from '../../app/session';
import { PageHeader } from '../../ui/page-header';
import { RecordDrawer } from '../../ui/record-drawer';
import { OpportunitiesTableView } from './opportunities-table-view';
import { OpportunityForm } from './opportunity-form';
import { PipelineBoard } from './pipeline-board';

export function OpportunitiesPage() {
  const { t } = useTranslation();
  const canWrite = useCan()('opportunities:write');
  const navigate = useNavigate({ from: '/opportunities' });
  const { view = 'board' } = useSearch({ from: '/app/opportunities' });
  const [pipelineId, setPipelineId] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const setView = (value: string) => void navigate({ search: value === 'table' ? { view: 'table' satisfies OpportunitiesView } : {} });

  return (
    <>
      <PageHeader title={t('opportunities.title')}>
        <SegmentedControl
          value={view}
          onChange={setView}
          aria-label={t('opportunities.view')}
          data={[
            { value: 'board', label: <ViewLabel icon="board" text={t('opportunities.boardView')} /> },
            { value: 'table', label: <ViewLabel icon="table" text={t('opportunities.tableView')} /> },
          ]}
        />
        {canWrite && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
            {t('opportunities.create')}
          </Button>
        )}
      </PageHeader>
      {view === 'board' ? <PipelineBoard pipelineId={pipelineId} onPipelineChange={setPipelineId} /> : <OpportunitiesTableView />}
      <RecordDrawer opened={creating} title={t('opportunities.createTitle')} onClose={() => setCreating(false)}>
        {creating && <OpportunityForm pipelineId={pipelineId ?? undefined} onDone={() => setCreating(false)} />}
      </RecordDrawer>
    </>
  );
}

function ViewLabel({ icon, text }: { icon: 'board' | 'table'; text: string }) {
  const Icon = icon === 'board' ? IconLayoutKanban : IconTable;
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}>
      <Icon size={16} aria-hidden />
      {text}
    </span>
  );
}
