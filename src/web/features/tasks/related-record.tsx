import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account, Contact } from '../../../contracts/accounts';
import type { Lead } from '../../../contracts/leads';
import type { Opportunity } from '../../../contracts/opportunities';
import type { Order } from '../../../contracts/orders';
import type { Project } from '../../../contracts/projects';
import type { Quote } from '../../../contracts/quotes';
import type { RelatedTo, RelatedType } from '../../../contracts/tasks';
import { recordQuery, type Resource } from '../../app/collections';
import type { Permission } from '../../app/session';
import { contactName } from '../contacts/contact-labels';
import { leadName } from '../leads/lead-labels';
import { useQuoteTitle } from '../quotes/quote-labels';

export const relatedResources: Record<RelatedType, Resource> = {
  account: 'accounts',
  contact: 'contacts',
  lead: 'leads',
  opportunity: 'opportunities',
  quote: 'quotes',
  order: 'orders',
  project: 'projects',
};

/** Who may pick a record of each type for a task. */
export const relatedPermissions: Record<RelatedType, Permission> = {
  account: 'accounts:read',
  contact: 'accounts:read',
  lead: 'leads:read',
  opportunity: 'opportunities:read',
  quote: 'quotes:read',
  order: 'orders:read',
  project: 'projects:read',
};

export type AnyRecord = Account | Contact | Lead | Opportunity | Quote | Order | Project;

/** How a record of each type is named in lists and pickers. */
export function useRelatedLabel(): (type: RelatedType, record: AnyRecord) => string {
  const quoteTitle = useQuoteTitle();
  return (type, record) => {
    switch (type) {
      case 'contact':
        return contactName(record as Contact);
      case 'lead': {
        const lead = record as Lead;
        return lead.company ? `${leadName(lead)} · ${lead.company}` : leadName(lead);
      }
      case 'quote':
        return quoteTitle(record as Quote);
      case 'order':
        return (record as Order).number;
      default:
        return (record as Account | Opportunity | Project).name;
    }
  };
}

/** The record's name, loaded by id (cached); null while unknown, or when the caller may not see it. */
export function useRelatedName(related: RelatedTo | null): string | null {
  const label = useRelatedLabel();
  const record = useQuery({
    ...recordQuery<AnyRecord>(relatedResources[related?.type ?? 'account'], related?.id ?? ''),
    enabled: Boolean(related?.id),
    staleTime: 60_000,
    retry: false,
  });
  return related && record.data ? label(related.type, record.data) : null;
}

type RenderRoot = (props: Record<string, unknown>) => ReactNode;

function RelatedAnchor({ related, children }: { related: RelatedTo; children: ReactNode }) {
  const { id } = related;
  const anchor = (renderRoot: RenderRoot) => (
    <Anchor size="sm" renderRoot={renderRoot}>
      {children}
    </Anchor>
  );
  switch (related.type) {
    case 'account':
      return anchor((props) => <Link to="/accounts/$accountId" params={{ accountId: id }} {...props} />);
    case 'contact':
      return anchor((props) => <Link to="/contacts" search={{ contact: id }} {...props} />);
    case 'lead':
      return anchor((props) => <Link to="/leads/$leadId" params={{ leadId: id }} {...props} />);
    case 'opportunity':
      return anchor((props) => <Link to="/opportunities/$opportunityId" params={{ opportunityId: id }} {...props} />);
    case 'quote':
      return anchor((props) => <Link to="/quotes/$quoteId" params={{ quoteId: id }} {...props} />);
    case 'order':
      return anchor((props) => <Link to="/orders/$orderId" params={{ orderId: id }} {...props} />);
    case 'project':
      return anchor((props) => <Link to="/projects/$projectId" params={{ projectId: id }} {...props} />);
  }
}

/** "Opportunity · Vigas 2027" with the name linking to the record's page; stacked, the type sits small above the name. */
export function RelatedLink({ related, hideType, stacked }: { related: RelatedTo; hideType?: boolean; stacked?: boolean }) {
  const { t } = useTranslation();
  const name = useRelatedName(related);
  const link =
    name === null ? (
      <Text span size="sm" c="dimmed">
        …
      </Text>
    ) : (
      <RelatedAnchor related={related}>
        <bdi>{name}</bdi>
      </RelatedAnchor>
    );
  if (stacked) {
    return (
      <Stack gap={0}>
        <Text size="xs" c="dimmed">
          {t(`relatedType.${related.type}`)}
        </Text>
        {link}
      </Stack>
    );
  }
  return (
    <Group gap={6} wrap="nowrap">
      {!hideType && (
        <Badge variant="outline" color="gray" size="sm" tt="none" style={{ flexShrink: 0 }}>
          {t(`relatedType.${related.type}`)}
        </Badge>
      )}
      {link}
    </Group>
  );
}
