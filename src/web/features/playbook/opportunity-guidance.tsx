import { Anchor, Badge, Button, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconAlertCircle, IconCircleCheck, IconCircleDashed, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { Opportunity, opportunityGuidance, Pipeline } from '../../../contracts/opportunities';
import type { TaskType } from '../../../contracts/tasks';
import { api } from '../../app/api-client';
import { useFormat } from '../../app/i18n/format';
import { useCan } from '../../app/session';
import { CenteredLoader } from '../../ui/centered-loader';
import { QueryError } from '../../ui/query-error';
import { RecordDrawer } from '../../ui/record-drawer';
import { TaskForm } from '../tasks/task-form';
import { TaskKindLabel, TaskStatusBadge } from '../tasks/task-labels';
import { useTaskTypes } from '../tasks/tasks-data';

type Guidance = z.infer<typeof opportunityGuidance>;
type Step = Guidance['steps'][number];

/** Under "tasks": completing or creating a task refreshes it; the stage in the key refetches it after a move. */
function guidanceQuery(deal: Opportunity) {
  return {
    queryKey: ['tasks', 'guidance', deal.id, deal.stageId],
    queryFn: ({ signal }: { signal: AbortSignal }) => api.get<Guidance>(`/opportunities/${deal.id}/playbook`, undefined, signal),
  };
}

/** What the playbook asks of the deal in its current stage: each step, its task and whether it is done. */
export function OpportunityGuidance({ deal, pipeline }: { deal: Opportunity; pipeline: Pipeline | undefined }) {
  const { t } = useTranslation();
  const format = useFormat();
  const guidance = useQuery(guidanceQuery(deal));
  const types = useTaskTypes();
  const [creating, setCreating] = useState<TaskType | null>(null);
  const stage = pipeline?.stages.find((item) => item.id === deal.stageId);
  const steps = guidance.data?.steps ?? [];
  const done = steps.filter((step) => step.done).length;
  const missing = steps.filter((step) => step.required && !step.done).length;

  return (
    <Paper withBorder p="lg" data-testid="opportunity-guidance">
      <Group justify="space-between" mb="sm" wrap="wrap">
        <Title order={4}>{t('playbook.guidanceTitle', { stage: stage?.name ?? '' })}</Title>
        {steps.length > 0 && (
          <Text size="sm" c="dimmed" data-testid="guidance-progress">
            {t('playbook.progress', { done: format.number(done), total: format.number(steps.length) })}
          </Text>
        )}
      </Group>
      {guidance.isPending ? (
        <CenteredLoader />
      ) : guidance.isError ? (
        <QueryError error={guidance.error} onRetry={() => void guidance.refetch()} />
      ) : steps.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('playbook.noGuidance')}
        </Text>
      ) : (
        <Stack gap="xs">
          {deal.status === 'open' && missing > 0 && (
            <Text size="sm" c="orange.8" fw={500} data-testid="guidance-missing">
              {missing === 1 ? t('playbook.oneRequiredLeft') : t('playbook.requiredLeft', { number: format.number(missing) })}
            </Text>
          )}
          {steps.map((step) => (
            <StepRow
              key={step.id}
              step={step}
              open={deal.status === 'open'}
              onCreate={() => setCreating(types.data?.find((type) => type.id === step.taskTypeId) ?? null)}
            />
          ))}
        </Stack>
      )}
      <RecordDrawer opened={creating !== null} title={t('tasks.createTitle')} onClose={() => setCreating(null)}>
        {creating && <TaskForm related={{ type: 'opportunity', id: deal.id }} initialType={creating} onDone={() => setCreating(null)} />}
      </RecordDrawer>
    </Paper>
  );
}

function StepRow({ step, open, onCreate }: { step: Step; open: boolean; onCreate: () => void }) {
  const { t } = useTranslation();
  const canWrite = useCan()('tasks:write');
  const state = step.done ? 'done' : step.required ? 'required' : 'todo';
  const icon = { done: <IconCircleCheck size={18} />, required: <IconAlertCircle size={18} />, todo: <IconCircleDashed size={18} /> }[state];
  const color = { done: 'teal', required: 'orange', todo: 'gray' }[state];
  return (
    <Group justify="space-between" wrap="wrap" gap="xs" data-testid="guidance-step" data-done={step.done} data-required={step.required}>
      <Group gap="sm" wrap="nowrap">
        <ThemeIcon variant="light" color={color} radius="xl" size="md" aria-label={step.done ? t('playbook.stepDone') : t('playbook.stepNotDone')}>
          {icon}
        </ThemeIcon>
        <Stack gap={0}>
          <Group gap={6}>
            <Text size="sm" fw={500}>
              <bdi>{step.name}</bdi>
            </Text>
            {step.required && (
              <Badge size="xs" color="orange" variant="light">
                {t('playbook.required')}
              </Badge>
            )}
          </Group>
          <TaskKindLabel kind={step.kind} size="xs" />
        </Stack>
      </Group>
      {step.taskId ? (
        <Group gap="xs" wrap="nowrap">
          {step.taskStatus && <TaskStatusBadge status={step.taskStatus} />}
          <Anchor size="sm" renderRoot={(props) => <Link to="/tasks/$taskId" params={{ taskId: step.taskId ?? '' }} {...props} />}>
            {t('playbook.openTask')}
          </Anchor>
        </Group>
      ) : (
        open &&
        canWrite && (
          <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={onCreate}>
            {t('playbook.createTask')}
          </Button>
        )
      )}
    </Group>
  );
}
