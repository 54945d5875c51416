import { Anchor, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Lead } from '../../../contracts/leads';
import type { User } from '../../../contracts/users';
import { useRecordsById, type CursorPages } from '../../app/collections';
import { useFormat } from '../../app/i18n/format';
import { RecordTable, type Column } from '../../ui/record-table';
import { leadName, LeadStatusBadge } from './lead-labels';

export function LeadsTable({ leads }: { leads: CursorPages<Lead> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const owners = useRecordsById<User>('users', leads.items.map((lead) => lead.ownerId));
  const columns: Column<Lead>[] = [
    {
      key: 'name',
      label: t('leads.name'),
      cell: (lead) => (
        <Anchor fw={500} renderRoot={(props) => <Link to="/leads/$leadId" params={{ leadId: lead.id }} {...props} />}>
          <bdi>{leadName(lead)}</bdi>
        </Anchor>
      ),
    },
    { key: 'company', label: t('leads.company'), cell: (lead) => <bdi>{lead.company || t('common.none')}</bdi> },
    {
      key: 'email',
      label: t('leads.email'),
      cell: (lead) => (
        <Text span size="sm" className="ltr-text">
          {lead.email || t('common.none')}
        </Text>
      ),
    },
    { key: 'source', label: t('leads.source'), cell: (lead) => t(`leadSource.${lead.source}`) },
    { key: 'status', label: t('leads.status'), cell: (lead) => <LeadStatusBadge lead={lead} /> },
    { key: 'owner', label: t('sales.owner'), cell: (lead) => owners.get(lead.ownerId)?.name ?? t('common.none') },
    { key: 'created', label: t('sales.created'), nowrap: true, cell: (lead) => format.dateTime(lead.createdAt) },
  ];
  return <RecordTable rows={leads} columns={columns} minWidth={900} testId="leads-table" />;
}
