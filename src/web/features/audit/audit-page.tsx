import { Badge, Group, Paper, Select, Table, Text, Tooltip } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEvent } from '../../../contracts/audit';
import { useCollection } from '../../app/collections';
import { useFormat } from '../../app/i18n/format';
import { CenteredLoader } from '../../ui/centered-loader';
import { LoadMore } from '../../ui/load-more';
import { PageHeader } from '../../ui/page-header';
import { QueryError } from '../../ui/query-error';
import { AuditChanges } from './audit-changes';
import { actionColor, actionLabel, actorLabel, auditActionFilter, auditEntityTypes, entityTypeLabel } from './audit-labels';

export function AuditPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [entityType, setEntityType] = useState<string | null>(null);
  const [action, setAction] = useState<string | null>(null);
  const events = useCollection<AuditEvent>('audit-events', { 'filter[entityType]': entityType, 'filter[action]': action });

  return (
    <>
      <PageHeader title={t('audit.title')} />
      <Group mb="md" gap="sm" wrap="wrap">
        <Select
          label={t('audit.entityType')}
          placeholder={t('audit.allEntityTypes')}
          clearable
          value={entityType}
          onChange={setEntityType}
          data={auditEntityTypes.map((type) => ({ value: type, label: entityTypeLabel(t, type) }))}
          w={220}
        />
        <Select
          label={t('audit.action')}
          placeholder={t('audit.allActions')}
          clearable
          value={action}
          onChange={setAction}
          data={auditActionFilter.map((value) => ({ value, label: actionLabel(t, value) }))}
          w={220}
        />
      </Group>
      {events.isPending ? (
        <CenteredLoader />
      ) : events.isError ? (
        <QueryError error={events.error} onRetry={() => void events.refetch()} />
      ) : (
        <Paper withBorder>
          <Table.ScrollContainer minWidth={900}>
            <Table striped verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('audit.when')}</Table.Th>
                  <Table.Th>{t('audit.who')}</Table.Th>
                  <Table.Th>{t('audit.entityType')}</Table.Th>
                  <Table.Th>{t('audit.entityId')}</Table.Th>
                  <Table.Th>{t('audit.action')}</Table.Th>
                  <Table.Th>{t('audit.changes')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {events.items.length === 0 && (
                  <Table.Tr>
                    <Table.Td colSpan={6}>
                      <Text c="dimmed" ta="center" py="md">
                        {t('audit.empty')}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                )}
                {events.items.map((event) => (
                  <Table.Tr key={event.id}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.dateTime(event.occurredAt)}</Table.Td>
                    <Table.Td>{actorLabel(t, event)}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{entityTypeLabel(t, event.entityType)}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <Tooltip label={event.entityId}>
                        <Text span ff="monospace" size="sm" className="ltr-text">
                          {event.entityId.slice(0, 8)}
                        </Text>
                      </Tooltip>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <Badge variant="light" color={actionColor(event.action)}>
                        {actionLabel(t, event.action)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <AuditChanges event={event} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      <LoadMore hasMore={events.hasNextPage} loading={events.isFetchingNextPage} onLoadMore={() => void events.fetchNextPage()} />
    </>
  );
}
