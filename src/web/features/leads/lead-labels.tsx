import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Lead, LeadStatus } from '../../../contracts/leads';

const statusColors: Record<LeadStatus, string> = { new: 'blue', working: 'yellow', qualified: 'teal', disqualified: 'gray' };

export function leadName(lead: Pick<Lead, 'firstName' | 'lastName'>): string {
  return [lead.firstName, lead.lastName].filter(Boolean).join(' ');
}

/** The lead's status; a converted lead says so instead. */
export function LeadStatusBadge({ lead }: { lead: Pick<Lead, 'status' | 'convertedAt'> }) {
  const { t } = useTranslation();
  if (lead.convertedAt) {
    return (
      <Badge variant="filled" color="teal">
        {t('leads.converted')}
      </Badge>
    );
  }
  return (
    <Badge variant="light" color={statusColors[lead.status]}>
      {t(`leadStatus.${lead.status}`)}
    </Badge>
  );
}
