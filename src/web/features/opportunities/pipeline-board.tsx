import { DndContext, DragOverlay, type DragEndEvent, type DragStartEvent } from '@dnd-kit/core';
import { Box, Group, Select, Switch, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Opportunity, Pipeline } from '../../../contracts/opportunities';
import { useFormat } from '../../app/i18n/format';
import { useCan } from '../../app/session';
import { CenteredLoader } from '../../ui/centered-loader';
import { QueryError } from '../../ui/query-error';
import { pipelineSummaryQuery, usePipelines } from '../pipelines/pipelines-data';
import { UserSelect } from '../users/user-select';
import { DealCardContent } from './board-card';
import { BoardColumn } from './board-column';
import { boardAnnouncements, boardCollision, boardInstructions, useBoardSensors, type DealData, type StageData } from './board-dnd';
import { useBoardDeals, useMoveDeal } from './use-board';

type Props = { pipelineId: string | null; onPipelineChange: (id: string) => void };

/** The sales pipeline as a Kanban board: one column per stage, open deals as cards to drag forward. */
export function PipelineBoard({ pipelineId, onPipelineChange }: Props) {
  const { t } = useTranslation();
  const pipelines = usePipelines();
  const [ownerId, setOwnerId] = useState<string | null>(null);
  const [onlyStale, setOnlyStale] = useState(false);

  if (pipelines.isPending) return <CenteredLoader />;
  if (pipelines.isError) return <QueryError error={pipelines.error} onRetry={() => void pipelines.refetch()} />;
  const pipeline = pipelines.data.find((item) => item.id === pipelineId) ?? pipelines.data.find((item) => item.isDefault) ?? pipelines.data[0];
  if (!pipeline) return <Text c="dimmed">{t('board.noPipeline')}</Text>;

  return (
    <>
      <Group mb="md" gap="sm" wrap="wrap" align="flex-end">
        <Select
          label={t('opportunities.pipeline')}
          allowDeselect={false}
          value={pipeline.id}
          onChange={(value) => value && onPipelineChange(value)}
          data={pipelines.data.map((item) => ({ value: item.id, label: item.isDefault ? t('pipelines.defaultName', { name: item.name }) : item.name }))}
          w={240}
          data-testid="board-pipeline"
        />
        <UserSelect label={t('sales.owner')} placeholder={t('sales.allOwners')} value={ownerId} onChange={setOwnerId} w={220} />
        <Switch label={t('board.onlyStale')} checked={onlyStale} onChange={(event) => setOnlyStale(event.currentTarget.checked)} mb={8} />
      </Group>
      <Board key={pipeline.id} pipeline={pipeline} ownerId={ownerId} onlyStale={onlyStale} />
    </>
  );
}

function Board({ pipeline, ownerId, onlyStale }: { pipeline: Pipeline; ownerId: string | null; onlyStale: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const canMove = useCan()('opportunities:write');
  const deals = useBoardDeals(pipeline.id, ownerId);
  const summary = useQuery(pipelineSummaryQuery(pipeline.id, ownerId));
  const move = useMoveDeal(pipeline.id, ownerId);
  const sensors = useBoardSensors();
  const [active, setActive] = useState<Opportunity | null>(null);

  if (deals.isPending) return <CenteredLoader />;
  if (deals.isError) return <QueryError error={deals.error} onRetry={() => void deals.refetch()} />;

  const shown = onlyStale ? deals.data.filter((deal) => deal.stale) : deals.data;
  const onDragStart = ({ active: dragged }: DragStartEvent) => setActive((dragged.data.current as DealData | undefined)?.deal ?? null);
  const onDragEnd = ({ active: dragged, over }: DragEndEvent) => {
    setActive(null);
    const deal = (dragged.data.current as DealData | undefined)?.deal;
    const stage = (over?.data.current as StageData | undefined)?.stage;
    if (!deal || !stage || stage.id === deal.stageId) return;
    move.mutate({ deal, stageId: stage.id, stageName: stage.name });
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={boardCollision}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={() => setActive(null)}
      accessibility={{ announcements: boardAnnouncements(t), screenReaderInstructions: boardInstructions(t) }}
    >
      {onlyStale && (
        <Text size="sm" c="dimmed" mb="xs">
          {t('board.staleShown', { shown: format.number(shown.length), total: format.number(deals.data.length) })}
        </Text>
      )}
      <Box style={{ overflowX: 'auto' }} pb="md" data-testid="pipeline-board">
        <Group align="stretch" wrap="nowrap" gap="sm">
          {pipeline.stages.map((stage) => (
            <BoardColumn
              key={stage.id}
              stage={stage}
              deals={shown.filter((deal) => deal.stageId === stage.id)}
              summary={summary.data?.get(stage.id)}
              filtered={onlyStale}
              canMove={canMove && !move.isPending}
            />
          ))}
        </Group>
      </Box>
      <DragOverlay dropAnimation={null}>{active && <DealCardContent deal={active} lifted />}</DragOverlay>
    </DndContext>
  );
}
