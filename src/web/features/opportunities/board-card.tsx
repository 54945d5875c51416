import { useDraggable } from '@dnd-kit/core';
import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import { IconCalendarEvent } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Opportunity } from '../../../contracts/opportunities';
import { useFormat } from '../../app/i18n/format';
import { AccountName } from '../accounts/account-name';
import { OwnerAvatar } from '../users/user-name';
import type { DealData } from './board-dnd';
import { StaleBadge } from './opportunity-labels';

/** What a card shows; also drawn under the pointer while it is dragged. */
export function DealCardContent({ deal, lifted }: { deal: Opportunity; lifted?: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Paper withBorder p="sm" radius="md" shadow={lifted ? 'lg' : 'xs'} style={lifted ? { cursor: 'grabbing', transform: 'rotate(-1.5deg)' } : undefined}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <Anchor
            fw={600}
            size="sm"
            lineClamp={2}
            renderRoot={(props) => <Link to="/opportunities/$opportunityId" params={{ opportunityId: deal.id }} {...props} />}
          >
            <bdi>{deal.name}</bdi>
          </Anchor>
          <OwnerAvatar id={deal.ownerId} size="sm" />
        </Group>
        <Text size="xs" c="dimmed" lineClamp={1}>
          <AccountName id={deal.accountId} />
        </Text>
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Text size="sm" fw={600} data-testid="deal-amount">
            {format.money(deal.amount)}
          </Text>
          {deal.stale && <StaleBadge size="xs" />}
        </Group>
        <Group gap={4} c="dimmed">
          <IconCalendarEvent size={14} aria-hidden />
          <Text size="xs">{deal.expectedCloseDate ? format.day(deal.expectedCloseDate) : t('opportunities.noCloseDate')}</Text>
        </Group>
      </Stack>
    </Paper>
  );
}

/** A deal on the board: dragged with the pointer, or picked up with Space/Enter and moved with the arrows. */
export function DealCard({ deal, disabled }: { deal: Opportunity; disabled: boolean }) {
  const { t } = useTranslation();
  const data: DealData = { deal };
  const { setNodeRef, setActivatorNodeRef, listeners, attributes, isDragging } = useDraggable({
    id: deal.id,
    data,
    disabled,
    attributes: { roleDescription: t('board.draggable') },
  });
  // The pointer-up that ends a drag must not also follow the link it started on.
  const dragged = useRef(false);
  useEffect(() => {
    if (isDragging) {
      dragged.current = true;
      return undefined;
    }
    const reset = setTimeout(() => {
      dragged.current = false;
    }, 0);
    return () => clearTimeout(reset);
  }, [isDragging]);

  return (
    <div
      ref={(node) => {
        setNodeRef(node);
        setActivatorNodeRef(node);
      }}
      {...listeners}
      {...attributes}
      aria-label={t('board.cardLabel', { name: deal.name })}
      data-testid="deal-card"
      data-deal-id={deal.id}
      onClickCapture={(event) => {
        if (dragged.current) {
          event.preventDefault();
          event.stopPropagation();
        }
      }}
      style={{ opacity: isDragging ? 0.35 : 1, cursor: disabled ? 'default' : 'grab', touchAction: 'none', borderRadius: 'var(--mantine-radius-md)' }}
    >
      <DealCardContent deal={deal} />
    </div>
  );
}
