import { Anchor, Paper, Table, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Lead } from '../../../contracts/leads';
import type { User } from '../../../contracts/users';
import { useRecordsById, type useCollection } from '../../app/collections';
import { useFormat } from '../../app/i18n/format';
import { CenteredLoader } from '../../ui/centered-loader';
import { EmptyRow } from '../../ui/empty-row';
import { LoadMore } from '../../ui/load-more';
import { QueryError } from '../../ui/query-error';
import { leadName, LeadStatusBadge } from './lead-labels';

export function LeadsTable({ leads }: { leads: ReturnType<typeof useCollection<Lead>> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const owners = useRecordsById<User>('users', leads.items.map((lead) => lead.ownerId));

  if (leads.isPending) return <CenteredLoader />;
  if (leads.isError) return <QueryError error={leads.error} onRetry={() => void leads.refetch()} />;

  return (
    <>
      <Paper withBorder>
        <Table.ScrollContainer minWidth={900}>
          <Table striped highlightOnHover verticalSpacing="sm" data-testid="leads-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('leads.name')}</Table.Th>
                <Table.Th>{t('leads.company')}</Table.Th>
                <Table.Th>{t('leads.email')}</Table.Th>
                <Table.Th>{t('leads.source')}</Table.Th>
                <Table.Th>{t('leads.status')}</Table.Th>
                <Table.Th>{t('sales.owner')}</Table.Th>
                <Table.Th>{t('sales.created')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {leads.items.length === 0 && <EmptyRow colSpan={7} />}
              {leads.items.map((lead) => (
                <Table.Tr key={lead.id}>
                  <Table.Td>
                    <Anchor fw={500} renderRoot={(props) => <Link to="/leads/$leadId" params={{ leadId: lead.id }} {...props} />}>
                      <bdi>{leadName(lead)}</bdi>
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <bdi>{lead.company || t('common.none')}</bdi>
                  </Table.Td>
                  <Table.Td>
                    <Text span size="sm" className="ltr-text">
                      {lead.email || t('common.none')}
                    </Text>
                  </Table.Td>
                  <Table.Td>{t(`leadSource.${lead.source}`)}</Table.Td>
                  <Table.Td>
                    <LeadStatusBadge lead={lead} />
                  </Table.Td>
                  <Table.Td>{owners.get(lead.ownerId)?.name ?? t('common.none')}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.dateTime(lead.createdAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      <LoadMore hasMore={leads.hasNextPage} loading={leads.isFetchingNextPage} onLoadMore={() => void leads.fetchNextPage()} />
    </>
  );
}
