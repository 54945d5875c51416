import { Alert, Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconLock, IconTrophy, IconX } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Opportunity } from '../../../contracts/opportunities';
import { recordQuery } from '../../app/collections';
import { useFormat } from '../../app/i18n/format';
import { useCan } from '../../app/session';
import { CenteredLoader } from '../../ui/centered-loader';
import { QueryError } from '../../ui/query-error';
import { RecordTimeline } from '../audit/record-timeline';
import { useLostReasons, usePipelines } from '../pipelines/pipelines-data';
import { OpportunityGuidance } from '../playbook/opportunity-guidance';
import { OpportunityQuotes } from '../quotes/account-quotes';
import { NewQuoteButton } from '../quotes/new-quote';
import { RecordTasks } from '../tasks/record-tasks';
import { OpportunityActions } from './opportunity-actions';
import { OpportunityDetails } from './opportunity-details';
import { OpportunityStatusBadge, StaleBadge } from './opportunity-labels';
import { StageHistory } from './stage-history';
import { StageProgress } from './stage-progress';

export function OpportunityPage() {
  const { opportunityId } = useParams({ from: '/app/opportunities/$opportunityId' });
  const { t } = useTranslation();
  const deal = useQuery(recordQuery<Opportunity>('opportunities', opportunityId));
  if (deal.isPending) return <CenteredLoader />;
  if (deal.isError) return <QueryError error={deal.error} onRetry={() => void deal.refetch()} />;
  return (
    <Stack gap="lg" maw={1200}>
      <Anchor size="sm" renderRoot={(props) => <Link to="/opportunities" {...props} />}>
        {t('opportunities.backToBoard')}
      </Anchor>
      <OpportunityView deal={deal.data} />
    </Stack>
  );
}

function OpportunityView({ deal }: { deal: Opportunity }) {
  const { t } = useTranslation();
  const pipelines = usePipelines();
  const pipeline = pipelines.data?.find((item) => item.id === deal.pipelineId);
  const can = useCan();
  const canReadQuotes = can('quotes:read');

  return (
    <>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Group gap="sm">
          <Title order={2} data-testid="opportunity-name">
            <bdi>{deal.name}</bdi>
          </Title>
          <OpportunityStatusBadge status={deal.status} />
          {deal.stale && <StaleBadge />}
        </Group>
        <Group gap="xs">
          <NewQuoteButton opportunity={deal} />
          <OpportunityActions deal={deal} pipeline={pipeline} />
        </Group>
      </Group>
      {deal.status !== 'open' && <Outcome deal={deal} />}
      {pipeline && <StageProgress pipeline={pipeline} deal={deal} />}
      {can('tasks:read') && pipeline && pipeline.playbook.length > 0 && <OpportunityGuidance deal={deal} pipeline={pipeline} />}
      <Paper withBorder p="lg">
        <OpportunityDetails deal={deal} pipeline={pipeline} />
      </Paper>
      {can('tasks:read') && (
        <Paper withBorder p="lg">
          <Title order={4} mb="md">
            {t('tasks.title')}
          </Title>
          <RecordTasks related={{ type: 'opportunity', id: deal.id }} />
        </Paper>
      )}
      {canReadQuotes && (
        <Paper withBorder p="lg">
          <Title order={4} mb="md">
            {t('opportunities.quotes')}
          </Title>
          <OpportunityQuotes opportunityId={deal.id} />
        </Paper>
      )}
      <Paper withBorder p="lg">
        <Title order={4} mb="md">
          {t('opportunities.stageHistory')}
        </Title>
        <StageHistory deal={deal} />
      </Paper>
      <Paper withBorder p="lg">
        <Title order={4} mb="md">
          {t('common.history')}
        </Title>
        <RecordTimeline resource="opportunities" id={deal.id} />
      </Paper>
    </>
  );
}

/** A closed deal says how it ended and that it can no longer change. */
function Outcome({ deal }: { deal: Opportunity }) {
  const { t } = useTranslation();
  const format = useFormat();
  const reasons = useLostReasons();
  const closed = deal.closedAt ? format.dateTime(deal.closedAt) : t('common.none');
  if (deal.status === 'won') {
    return (
      <Alert color="teal" icon={<IconTrophy size={18} />} title={t('opportunities.wonOn', { date: closed })} data-testid="opportunity-outcome">
        <Group gap={6}>
          <IconLock size={14} aria-hidden />
          <Text size="sm">{t('opportunities.closedReadOnly')}</Text>
        </Group>
      </Alert>
    );
  }
  const reason = reasons.data?.find((item) => item.id === deal.lostReasonId)?.name ?? t('common.none');
  return (
    <Alert color="red" icon={<IconX size={18} />} title={t('opportunities.lostOn', { date: closed })} data-testid="opportunity-outcome">
      <Stack gap={4}>
        <Text size="sm">{t('opportunities.lostBecause', { reason })}</Text>
        {deal.lostNote && <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{deal.lostNote}</Text>}
        <Group gap={6}>
          <IconLock size={14} aria-hidden />
          <Text size="sm">{t('opportunities.closedReadOnly')}</Text>
        </Group>
      </Stack>
    </Alert>
  );
}
