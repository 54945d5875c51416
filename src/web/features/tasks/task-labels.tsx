import { Badge, Group, Text, ThemeIcon, Tooltip, VisuallyHidden } from '@mantine/core';
import {
  IconAlertTriangle,
  IconChartBar,
  IconChecklist,
  IconCompass,
  IconDeviceDesktop,
  IconMail,
  IconMapPin,
  IconPhone,
  IconPresentation,
  IconUsers,
  type Icon,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Task, TaskKind, TaskPriority, TaskStatus } from '../../../contracts/tasks';
import { useFormat } from '../../app/i18n/format';

export const kindIcons: Record<TaskKind, Icon> = {
  call: IconPhone,
  meeting: IconUsers,
  visit: IconMapPin,
  email: IconMail,
  presentation: IconPresentation,
  demo: IconDeviceDesktop,
  todo: IconChecklist,
  usage_review: IconChartBar,
  advisory_visit: IconCompass,
};

const priorityColors: Record<TaskPriority, string> = { low: 'gray', normal: 'blue', high: 'orange', urgent: 'red' };
const statusColors: Record<TaskStatus, string> = { pending: 'gray', in_progress: 'blue', done: 'teal', cancelled: 'dark' };
// Badges keep their whole words in narrow table cells: a clipped label would let the column shrink below them.
const noShrink = { flexShrink: 0 } as const;
const wholeLabel = { label: { overflow: 'visible' } } as const;

/** The kind's icon and name ("📞 Call"). */
export function TaskKindLabel({ kind, size = 'sm' }: { kind: TaskKind; size?: 'xs' | 'sm' }) {
  const { t } = useTranslation();
  const KindIcon = kindIcons[kind];
  return (
    <Group gap={6} wrap="nowrap">
      <KindIcon size={16} aria-hidden style={{ flexShrink: 0 }} />
      <Text span size={size}>
        {t(`taskKind.${kind}`)}
      </Text>
    </Group>
  );
}

/** The kind as an icon, named on hover and for screen readers: for narrow table columns. */
export function TaskKindIcon({ kind }: { kind: TaskKind }) {
  const { t } = useTranslation();
  const KindIcon = kindIcons[kind];
  return (
    <Tooltip label={t(`taskKind.${kind}`)}>
      <ThemeIcon variant="light" color="gray" size="md" radius="xl" aria-label={t(`taskKind.${kind}`)} role="img">
        <KindIcon size={16} />
      </ThemeIcon>
    </Tooltip>
  );
}

export function PriorityBadge({ priority }: { priority: TaskPriority }) {
  const { t } = useTranslation();
  return (
    <Badge variant={priority === 'urgent' ? 'filled' : 'light'} color={priorityColors[priority]} style={noShrink} styles={wholeLabel} data-testid="task-priority">
      {t(`taskPriority.${priority}`)}
    </Badge>
  );
}

export function TaskStatusBadge({ status, testId }: { status: TaskStatus; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Badge variant={status === 'cancelled' ? 'outline' : 'light'} color={statusColors[status]} style={noShrink} styles={wholeLabel} data-testid={testId}>
      {t(`taskStatus.${status}`)}
    </Badge>
  );
}

/** The due date, red with a warning when the task is open and past it. */
export function DueDate({ task }: { task: Pick<Task, 'dueDate' | 'overdue'> }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!task.dueDate) return <Text span c="dimmed" size="sm">{t('common.none')}</Text>;
  if (!task.overdue) return <Text span size="sm">{format.day(task.dueDate)}</Text>;
  return (
    <Tooltip label={t('tasks.overdueHint')}>
      <Group gap={4} wrap="nowrap" c="red" data-testid="task-overdue">
        <IconAlertTriangle size={14} aria-hidden />
        <Text span size="sm" fw={600}>
          {format.day(task.dueDate)}
        </Text>
        <VisuallyHidden>{t('tasks.overdue')}</VisuallyHidden>
      </Group>
    </Tooltip>
  );
}
