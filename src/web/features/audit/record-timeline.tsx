import { Badge, Group, Text, Timeline } from '@mantine/core';
import { IconPoint } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { AuditEvent } from '../../../contracts/audit';
import { recordQuery, useCursorPages, type Resource } from '../../app/collections';
import { useFormat } from '../../app/i18n/format';
import { CenteredLoader } from '../../ui/centered-loader';
import { LoadMore } from '../../ui/load-more';
import { QueryError } from '../../ui/query-error';
import { AuditChanges } from './audit-changes';
import { actionColor, actionLabel, actorLabel, recordCurrency } from './audit-labels';

/** The audit trail of one record, newest first. */
export function RecordTimeline({ resource, id }: { resource: Resource; id: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const events = useCursorPages<AuditEvent>([resource, 'timeline', id], `/${resource}/${id}/timeline`);
  const cached = useQueryClient().getQueryData(recordQuery<unknown>(resource, id).queryKey);
  const currency = recordCurrency(cached, events.items);

  if (events.isPending) return <CenteredLoader />;
  if (events.isError) return <QueryError error={events.error} onRetry={() => void events.refetch()} />;
  if (events.items.length === 0) return <Text c="dimmed">{t('audit.noHistory')}</Text>;

  return (
    <>
      <Timeline bulletSize={22} lineWidth={2} data-testid="record-timeline">
        {events.items.map((event) => (
          <Timeline.Item
            key={event.id}
            bullet={<IconPoint size={14} />}
            color={actionColor(event.action)}
            title={
              <Group gap="xs" wrap="wrap">
                <Badge variant="light" color={actionColor(event.action)}>
                  {actionLabel(t, event.action)}
                </Badge>
                <Text size="sm" fw={500}>
                  {actorLabel(t, event)}
                </Text>
              </Group>
            }
          >
            <Text size="xs" c="dimmed" mb={6}>
              {format.dateTime(event.occurredAt)}
            </Text>
            <AuditChanges event={event} currency={currency} />
          </Timeline.Item>
        ))}
      </Timeline>
      <LoadMore hasMore={events.hasNextPage} loading={events.isFetchingNextPage} onLoadMore={() => void events.fetchNextPage()} />
    </>
  );
}
