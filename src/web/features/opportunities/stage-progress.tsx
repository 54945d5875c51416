import { Paper, Stepper, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Opportunity, Pipeline } from '../../../contracts/opportunities';
import { useFormat } from '../../app/i18n/format';

/** Where the deal is on its pipeline's path; a won deal has passed every stage. */
export function StageProgress({ pipeline, deal }: { pipeline: Pipeline; deal: Opportunity }) {
  const { t } = useTranslation();
  const format = useFormat();
  const current = pipeline.stages.findIndex((stage) => stage.id === deal.stageId);
  const active = deal.status === 'won' ? pipeline.stages.length : Math.max(current, 0);
  return (
    <Paper withBorder p="md" style={{ overflowX: 'auto' }}>
      <Stepper active={active} size="sm" color={deal.status === 'lost' ? 'red' : 'teal'} allowNextStepsSelect={false} miw={560}>
        {pipeline.stages.map((stage, index) => (
          <Stepper.Step key={stage.id} icon={format.number(index + 1)} label={stage.name} description={format.percent(stage.probability)} />
        ))}
      </Stepper>
      <VisuallyHidden>{t('opportunities.stageOf', { stage: pipeline.stages[current]?.name ?? '', pipeline: pipeline.name })}</VisuallyHidden>
    </Paper>
  );
}
