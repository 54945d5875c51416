import { Badge, Tooltip } from '@mantine/core';
import { IconClockExclamation } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Opportunity } from '../../../contracts/opportunities';

const statusColors: Record<Opportunity['status'], string> = { open: 'blue', won: 'teal', lost: 'red' };

export function OpportunityStatusBadge({ status }: { status: Opportunity['status'] }) {
  const { t } = useTranslation();
  return (
    <Badge
      variant={status === 'open' ? 'light' : 'filled'}
      color={statusColors[status]}
      style={{ minWidth: 'fit-content', flexShrink: 0 }}
      data-testid="opportunity-status"
    >
      {t(`opportunityStatus.${status}`)}
    </Badge>
  );
}

/** Shown on open deals without activity for longer than their stage allows. */
export function StaleBadge({ size = 'sm' }: { size?: 'xs' | 'sm' }) {
  const { t } = useTranslation();
  return (
    <Tooltip label={t('opportunities.staleHint')}>
      <Badge
        size={size}
        color="orange"
        variant="light"
        leftSection={<IconClockExclamation size={12} />}
        style={{ minWidth: 'fit-content', flexShrink: 0 }}
        data-testid="stale-badge"
      >
        {t('opportunities.stale')}
      </Badge>
    </Tooltip>
  );
}
