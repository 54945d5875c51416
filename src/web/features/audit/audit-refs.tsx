import { Anchor, Text, Tooltip } from '@mantine/core';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import type { Page } from '../../../contracts/common';
import type { LostReason, Pipeline } from '../../../contracts/opportunities';
import { api } from '../../app/api-client';
import { recordQuery, type Resource } from '../../app/collections';
import type { RefTarget } from './audit-fields';
import { useAuditLookup } from './use-audit-lookup';
import { recordName } from './record-name';

/** An id nobody can name: its first characters, the whole id on hover. */
export function ShortId({ id }: { id: string }) {
  return (
    <Tooltip label={id}>
      <Text span size="sm" ff="monospace" className="ltr-text">
        {id.slice(0, 8)}
      </Text>
    </Tooltip>
  );
}

// The targets the web app can load one by one; the others (lost reasons and stages aside) stay short ids.
const loadable: Partial<Record<RefTarget, Resource>> = {
  users: 'users',
  accounts: 'accounts',
  contacts: 'contacts',
  leads: 'leads',
  opportunities: 'opportunities',
  quotes: 'quotes',
  orders: 'orders',
  invoices: 'invoices',
  deliveries: 'deliveries',
  products: 'products',
  'price-lists': 'price-lists',
  'tax-rates': 'tax-rates',
  teams: 'teams',
  territories: 'territories',
  pipelines: 'pipelines',
  tasks: 'tasks',
  'task-types': 'task-types',
  projects: 'projects',
};

/** The record's page, where it has one. */
function RecordLink({ target, id, children }: { target: RefTarget; id: string; children: ReactNode }) {
  switch (target) {
    case 'accounts':
      return <Anchor size="sm" renderRoot={(props) => <Link to="/accounts/$accountId" params={{ accountId: id }} {...props} />}>{children}</Anchor>;
    case 'contacts':
      return <Anchor size="sm" renderRoot={(props) => <Link to="/contacts" search={{ contact: id }} {...props} />}>{children}</Anchor>;
    case 'leads':
      return <Anchor size="sm" renderRoot={(props) => <Link to="/leads/$leadId" params={{ leadId: id }} {...props} />}>{children}</Anchor>;
    case 'opportunities':
      return <Anchor size="sm" renderRoot={(props) => <Link to="/opportunities/$opportunityId" params={{ opportunityId: id }} {...props} />}>{children}</Anchor>;
    case 'quotes':
      return <Anchor size="sm" renderRoot={(props) => <Link to="/quotes/$quoteId" params={{ quoteId: id }} {...props} />}>{children}</Anchor>;
    case 'orders':
      return <Anchor size="sm" renderRoot={(props) => <Link to="/orders/$orderId" params={{ orderId: id }} {...props} />}>{children}</Anchor>;
    case 'invoices':
      return <Anchor size="sm" renderRoot={(props) => <Link to="/invoices/$invoiceId" params={{ invoiceId: id }} {...props} />}>{children}</Anchor>;
    case 'tasks':
      return <Anchor size="sm" renderRoot={(props) => <Link to="/tasks/$taskId" params={{ taskId: id }} {...props} />}>{children}</Anchor>;
    case 'projects':
      return <Anchor size="sm" renderRoot={(props) => <Link to="/projects/$projectId" params={{ projectId: id }} {...props} />}>{children}</Anchor>;
    default:
      return (
        <Text span size="sm">
          {children}
        </Text>
      );
  }
}

function Named({ target, id, name }: { target: RefTarget; id: string; name: string | null | undefined }) {
  if (!name) return <ShortId id={id} />;
  return (
    <RecordLink target={target} id={id}>
      <bdi>{name}</bdi>
    </RecordLink>
  );
}

function LoadedRecord({ resource, target, id }: { resource: Resource; target: RefTarget; id: string }) {
  const lookup = useAuditLookup();
  const record = useQuery({ ...recordQuery<unknown>(resource, id), staleTime: 60_000 });
  return <Named target={target} id={id} name={record.data ? recordName(record.data, lookup) : null} />;
}

// Stages and lost reasons have no record of their own to load: they come with their lists.
const pipelinesLookup = queryOptions({
  queryKey: ['pipelines', 'list', 'audit-lookup'],
  queryFn: ({ signal }) => api.get<Page<Pipeline>>('/pipelines', { archived: 'include' }, signal),
  staleTime: 60_000,
});
const lostReasonsLookup = queryOptions({
  queryKey: ['lost-reasons', 'list', 'audit-lookup'],
  queryFn: ({ signal }) => api.get<Page<LostReason>>('/lost-reasons', { archived: 'include' }, signal),
  staleTime: 60_000,
});

function StageName({ id }: { id: string }) {
  const pipelines = useQuery(pipelinesLookup);
  const stage = pipelines.data?.data.flatMap((pipeline) => pipeline.stages).find((candidate) => candidate.id === id);
  return <Named target="stages" id={id} name={stage?.name} />;
}

function LostReasonName({ id }: { id: string }) {
  const reasons = useQuery(lostReasonsLookup);
  return <Named target="lost-reasons" id={id} name={reasons.data?.data.find((reason) => reason.id === id)?.name} />;
}

/** A referenced record by name, linked to its page where it has one; a short id while unknown or hidden. */
export function RecordRef({ target, id }: { target: RefTarget; id: string }) {
  if (target === 'stages') return <StageName id={id} />;
  if (target === 'lost-reasons') return <LostReasonName id={id} />;
  const resource = loadable[target];
  return resource ? <LoadedRecord resource={resource} target={target} id={id} /> : <ShortId id={id} />;
}
