import { Anchor, Group, Paper, Table, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Opportunity } from '../../../contracts/opportunities';
import type { User } from '../../../contracts/users';
import { useRecordsById, type useCollection } from '../../app/collections';
import { useFormat } from '../../app/i18n/format';
import { CenteredLoader } from '../../ui/centered-loader';
import { EmptyRow } from '../../ui/empty-row';
import { LoadMore } from '../../ui/load-more';
import { QueryError } from '../../ui/query-error';
import { SortHeader, type Sort } from '../../ui/sort-header';
import { AccountLink } from '../accounts/account-name';
import { findStage, usePipelines } from '../pipelines/pipelines-data';
import { OpportunityStatusBadge, StaleBadge } from './opportunity-labels';

export type OpportunitySortField = 'name' | 'amount' | 'createdAt' | 'updatedAt' | 'stageEnteredAt';

type Props = {
  opportunities: ReturnType<typeof useCollection<Opportunity>>;
  sort: Sort<OpportunitySortField>;
  onSort: (sort: Sort<OpportunitySortField>) => void;
  hideAccount?: boolean;
};

export function OpportunitiesTable({ opportunities, sort, onSort, hideAccount }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const pipelines = usePipelines();
  const owners = useRecordsById<User>('users', opportunities.items.map((item) => item.ownerId));
  const columns = hideAccount ? 8 : 9;

  if (opportunities.isPending) return <CenteredLoader />;
  if (opportunities.isError) return <QueryError error={opportunities.error} onRetry={() => void opportunities.refetch()} />;

  return (
    <>
      <Paper withBorder>
        <Table.ScrollContainer minWidth={1100}>
          <Table striped highlightOnHover verticalSpacing="sm" data-testid="opportunities-table">
            <Table.Thead>
              <Table.Tr>
                <SortHeader field="name" sort={sort} onSort={onSort}>
                  {t('opportunities.name')}
                </SortHeader>
                {!hideAccount && <Table.Th>{t('opportunities.account')}</Table.Th>}
                <Table.Th>{t('opportunities.stage')}</Table.Th>
                <SortHeader field="amount" sort={sort} onSort={onSort}>
                  {t('opportunities.amount')}
                </SortHeader>
                <Table.Th>{t('opportunities.probability')}</Table.Th>
                <Table.Th>{t('opportunities.expectedClose')}</Table.Th>
                <Table.Th>{t('sales.owner')}</Table.Th>
                <Table.Th>{t('opportunities.status')}</Table.Th>
                <SortHeader field="updatedAt" sort={sort} onSort={onSort}>
                  {t('sales.updated')}
                </SortHeader>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {opportunities.items.length === 0 && <EmptyRow colSpan={columns} />}
              {opportunities.items.map((deal) => (
                <Table.Tr key={deal.id}>
                  <Table.Td>
                    <Anchor
                      fw={500}
                      renderRoot={(props) => <Link to="/opportunities/$opportunityId" params={{ opportunityId: deal.id }} {...props} />}
                    >
                      <bdi>{deal.name}</bdi>
                    </Anchor>
                  </Table.Td>
                  {!hideAccount && (
                    <Table.Td>
                      <AccountLink id={deal.accountId} size="sm" />
                    </Table.Td>
                  )}
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <Text size="sm">{findStage(pipelines.data, deal.stageId)?.stage.name ?? t('common.none')}</Text>
                      {deal.stale && <StaleBadge size="xs" />}
                    </Group>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.money(deal.amount)}</Table.Td>
                  <Table.Td>{format.percent(deal.probability)}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{deal.expectedCloseDate ? format.day(deal.expectedCloseDate) : t('common.none')}</Table.Td>
                  <Table.Td>{owners.get(deal.ownerId)?.name ?? t('common.none')}</Table.Td>
                  <Table.Td>
                    <OpportunityStatusBadge status={deal.status} />
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.dateTime(deal.updatedAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      <LoadMore hasMore={opportunities.hasNextPage} loading={opportunities.isFetchingNextPage} onLoadMore={() => void opportunities.fetchNextPage()} />
    </>
  );
}
