import { Anchor, Group, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Opportunity } from '../../../contracts/opportunities';
import type { User } from '../../../contracts/users';
import { useRecordsById, type CursorPages } from '../../app/collections';
import { useFormat } from '../../app/i18n/format';
import { RecordTable, type Column } from '../../ui/record-table';
import type { Sort } from '../../ui/sort-header';
import { AccountLink } from '../accounts/account-name';
import { findStage, usePipelines } from '../pipelines/pipelines-data';
import { OpportunityStatusBadge, StaleBadge } from './opportunity-labels';

export type OpportunitySortField = 'name' | 'amount' | 'createdAt' | 'updatedAt' | 'stageEnteredAt';

type Props = {
  opportunities: CursorPages<Opportunity>;
  sort: Sort<OpportunitySortField>;
  onSort: (sort: Sort<OpportunitySortField>) => void;
  hideAccount?: boolean;
};

export function OpportunitiesTable({ opportunities, sort, onSort, hideAccount }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const pipelines = usePipelines();
  const owners = useRecordsById<User>('users', opportunities.items.map((item) => item.ownerId));
  const columns: Column<Opportunity, OpportunitySortField>[] = [
    {
      key: 'name',
      label: t('opportunities.name'),
      sortField: 'name',
      cell: (deal) => (
        <Anchor fw={500} renderRoot={(props) => <Link to="/opportunities/$opportunityId" params={{ opportunityId: deal.id }} {...props} />}>
          <bdi>{deal.name}</bdi>
        </Anchor>
      ),
    },
    { key: 'account', label: t('opportunities.account'), hidden: hideAccount, cell: (deal) => <AccountLink id={deal.accountId} size="sm" /> },
    {
      key: 'stage',
      label: t('opportunities.stage'),
      cell: (deal) => (
        <Group gap={6} wrap="nowrap">
          <Text size="sm">{findStage(pipelines.data, deal.stageId)?.stage.name ?? t('common.none')}</Text>
          {deal.stale && <StaleBadge size="xs" />}
        </Group>
      ),
    },
    { key: 'amount', label: t('opportunities.amount'), sortField: 'amount', nowrap: true, cell: (deal) => format.money(deal.amount) },
    { key: 'probability', label: t('opportunities.probability'), cell: (deal) => format.percent(deal.probability) },
    {
      key: 'expectedClose',
      label: t('opportunities.expectedClose'),
      nowrap: true,
      cell: (deal) => (deal.expectedCloseDate ? format.day(deal.expectedCloseDate) : t('common.none')),
    },
    { key: 'owner', label: t('sales.owner'), cell: (deal) => owners.get(deal.ownerId)?.name ?? t('common.none') },
    { key: 'status', label: t('opportunities.status'), cell: (deal) => <OpportunityStatusBadge status={deal.status} /> },
    { key: 'updated', label: t('sales.updated'), sortField: 'updatedAt', nowrap: true, cell: (deal) => format.dateTime(deal.updatedAt) },
  ];
  return (
    <RecordTable rows={opportunities} columns={columns} minWidth={1100} testId="opportunities-table" sort={sort} onSort={onSort} />
  );
}
