import { List, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import { isApiError } from '../../app/api-client';
import { notifyProblem } from '../../ui/notify';

export type MissingStep = { taskTypeId: string; name: string };

function isStep(value: unknown): value is MissingStep {
  return typeof value === 'object' && value !== null && typeof (value as MissingStep).name === 'string';
}

/** The required playbook steps a refused move names (409 with `missingSteps`), or null for any other failure. */
export function missingStepsOf(error: unknown): MissingStep[] | null {
  if (!isApiError(error, 409)) return null;
  const steps = (error.problem as { missingSteps?: unknown }).missingSteps;
  return Array.isArray(steps) && steps.length > 0 ? steps.filter(isStep) : null;
}

/** Says why a move failed: the required steps still to do, each by name, or the usual problem. */
export function notifyMoveProblem(error: unknown, t: TFunction): void {
  const missing = missingStepsOf(error);
  if (!missing) {
    notifyProblem(error, t);
    return;
  }
  notifications.show({
    color: 'orange',
    title: t('playbook.missingTitle'),
    autoClose: 15_000,
    message: (
      <Stack gap={4} data-testid="missing-steps">
        <Text size="sm">{t('playbook.missingIntro')}</Text>
        <List size="sm">
          {missing.map((step) => (
            <List.Item key={step.taskTypeId}>
              <bdi>{step.name}</bdi>
            </List.Item>
          ))}
        </List>
      </Stack>
    ),
  });
}
