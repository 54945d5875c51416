import { useDroppable } from '@dnd-kit/core';
import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Opportunity, Stage } from '../../../contracts/opportunities';
import { useFormat } from '../../app/i18n/format';
import type { StageSummary } from '../pipelines/pipelines-data';
import { DealCard } from './board-card';
import type { StageData } from './board-dnd';

type Props = {
  stage: Stage;
  deals: Opportunity[];
  summary: StageSummary | undefined;
  /** Owner or "only stale" narrows the cards; the count and totals stay those of the whole stage. */
  filtered: boolean;
  canMove: boolean;
};

/** One stage: its count and totals per currency (from the server's summary), and its open deals. */
export function BoardColumn({ stage, deals, summary, filtered, canMove }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const data: StageData = { stage };
  const { setNodeRef, isOver } = useDroppable({ id: stage.id, data });
  const totals = summary?.totals ?? [];

  return (
    <Paper
      ref={setNodeRef}
      component="section"
      aria-label={stage.name}
      data-testid="board-column"
      data-stage-id={stage.id}
      withBorder
      radius="md"
      p="sm"
      bg={isOver ? 'teal.0' : 'gray.0'}
      style={{ flex: '1 0 250px', maxWidth: 340, minHeight: 420, outline: isOver ? '2px dashed var(--mantine-color-teal-5)' : undefined }}
    >
      <Stack gap={4} mb="sm">
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Text fw={700} size="sm" lineClamp={1}>
            <bdi>{stage.name}</bdi>
          </Text>
          <Badge variant="white" color="gray" aria-label={t('board.count', { number: format.number(summary?.count ?? deals.length) })} data-testid="column-count">
            {format.number(summary?.count ?? deals.length)}
          </Badge>
        </Group>
        <Text size="xs" c="dimmed">
          {t('board.probability', { value: format.percent(stage.probability) })}
        </Text>
        {totals.length === 0 ? (
          <Text size="xs" c="dimmed">
            {t('board.noTotal')}
          </Text>
        ) : (
          totals.map((total) => (
            <Text key={total.currency} size="xs" data-testid="column-total">
              <Text span fw={700} size="xs">
                {format.money({ amount: total.amount, currency: total.currency })}
              </Text>{' '}
              <Text span c="dimmed" size="xs">
                {t('board.weighted', { amount: format.money({ amount: total.weighted, currency: total.currency }) })}
              </Text>
            </Text>
          ))
        )}
        {filtered && (
          <Text size="xs" c="teal.8" fw={500} data-testid="column-shown">
            {t('board.shownInColumn', { number: format.number(deals.length) })}
          </Text>
        )}
      </Stack>
      <Stack gap="xs">
        {deals.map((deal) => (
          <DealCard key={deal.id} deal={deal} disabled={!canMove} />
        ))}
        {deals.length === 0 && (
          <Text size="xs" c="dimmed" ta="center" py="lg">
            {t('board.emptyColumn')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
