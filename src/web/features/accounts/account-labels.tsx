import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { accountLifecycles } from '../../../contracts/accounts';

type Lifecycle = (typeof accountLifecycles)[number];

const lifecycleColors: Record<Lifecycle, string> = { prospect: 'blue', customer: 'teal', inactive: 'gray' };

export function LifecycleBadge({ lifecycle }: { lifecycle: Lifecycle }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={lifecycleColors[lifecycle]} data-testid="lifecycle-badge">
      {t(`lifecycle.${lifecycle}`)}
    </Badge>
  );
}
