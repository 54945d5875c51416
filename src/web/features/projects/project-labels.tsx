import { Badge, Group, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProjectStatus, TaskCounts } from '../../../contracts/projects';
import { useFormat } from '../../app/i18n/format';

const statusColors: Record<ProjectStatus, string> = { active: 'blue', completed: 'teal', cancelled: 'gray' };

export function ProjectStatusBadge({ status, testId }: { status: ProjectStatus; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Badge variant={status === 'cancelled' ? 'outline' : 'light'} color={statusColors[status]} style={{ flexShrink: 0 }} styles={{ label: { overflow: 'visible' } }} data-testid={testId}>
      {t(`projectStatus.${status}`)}
    </Badge>
  );
}

/** The project's tasks by status, as the API counts them: pending, in progress, done. */
export function TaskCountBadges({ counts, testId }: { counts: TaskCounts; testId?: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const items = [
    { key: 'pending', label: t('taskStatus.pending'), value: counts.pending, color: 'gray' },
    { key: 'inProgress', label: t('taskStatus.in_progress'), value: counts.inProgress, color: 'blue' },
    { key: 'done', label: t('taskStatus.done'), value: counts.done, color: 'teal' },
  ];
  return (
    <Group gap={6} wrap="nowrap" data-testid={testId}>
      {items.map((item) => (
        <Tooltip key={item.key} label={item.label}>
          <Badge variant="light" color={item.color} tt="none" styles={{ label: { overflow: 'visible' } }} data-testid={`count-${item.key}`} aria-label={`${item.label}: ${format.number(item.value)}`}>
            {`${item.label} ${format.number(item.value)}`}
          </Badge>
        </Tooltip>
      ))}
    </Group>
  );
}
