import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArchive, IconPencil, IconTransform } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lead } from '../../../contracts/leads';
import { recordQuery } from '../../app/collections';
import { useFormat } from '../../app/i18n/format';
import { useCan } from '../../app/session';
import { CenteredLoader } from '../../ui/centered-loader';
import { DetailGrid } from '../../ui/detail-grid';
import { QueryError } from '../../ui/query-error';
import { RecordDrawer } from '../../ui/record-drawer';
import { RecordSnapshot } from '../../ui/record-snapshot';
import { useArchiveConfirm } from '../../ui/use-archive-confirm';
import { RecordTimeline } from '../audit/record-timeline';
import { RecordTasks } from '../tasks/record-tasks';
import { UserName } from '../users/user-name';
import { LeadActions } from './lead-actions';
import { LeadForm } from './lead-form';
import { leadName, LeadStatusBadge } from './lead-labels';

export function LeadPage() {
  const { leadId } = useParams({ from: '/app/leads/$leadId' });
  const { t } = useTranslation();
  const lead = useQuery(recordQuery<Lead>('leads', leadId));
  if (lead.isPending) return <CenteredLoader />;
  if (lead.isError) return <QueryError error={lead.error} onRetry={() => void lead.refetch()} />;
  return (
    <Stack gap="lg" maw={1100}>
      <Anchor size="sm" renderRoot={(props) => <Link to="/leads" {...props} />}>
        {t('leads.backToList')}
      </Anchor>
      <LeadView lead={lead.data} />
    </Stack>
  );
}

function LeadView({ lead }: { lead: Lead }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const can = useCan();
  const canWrite = can('leads:write');
  const canReadTasks = can('tasks:read');
  const [editing, setEditing] = useState(false);
  const name = leadName(lead);
  const archive = useArchiveConfirm<{ id: string; name: string }>('leads', {
    title: t('leads.archiveTitle'),
    message: (target) => t('leads.archiveConfirm', { name: target }),
    done: t('leads.archivedDone'),
  }, [], () => void navigate({ to: '/leads' }));
  // A converted lead became an account and a contact: those are what changes from then on.
  const open = !lead.convertedAt && lead.status !== 'disqualified';

  return (
    <>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={4}>
          <Group gap="sm">
            <Title order={2}>
              <bdi>{name}</bdi>
            </Title>
            <LeadStatusBadge lead={lead} />
          </Group>
          {lead.company && (
            <Text c="dimmed">
              <bdi>{lead.company}</bdi>
            </Text>
          )}
        </Stack>
        {canWrite && (
          <Group gap="xs">
            {open && <LeadActions lead={lead} />}
            {!lead.convertedAt && (
              <Button variant="default" leftSection={<IconPencil size={16} />} onClick={() => setEditing(true)}>
                {t('common.edit')}
              </Button>
            )}
            <Button variant="subtle" color="red" leftSection={<IconArchive size={16} />} onClick={() => archive.ask({ id: lead.id, name })}>
              {t('common.archive')}
            </Button>
          </Group>
        )}
      </Group>
      {lead.convertedAt && <ConvertedAlert lead={lead} />}
      {lead.status === 'disqualified' && (
        <Alert color="gray" title={t('leads.disqualifiedTitle')}>
          {lead.disqualifyReason ?? t('common.none')}
        </Alert>
      )}
      <Paper withBorder p="lg">
        <DetailGrid
          details={[
            { label: t('leads.company'), value: lead.company },
            { label: t('leads.email'), value: lead.email && <Anchor href={`mailto:${lead.email}`} className="ltr-text">{lead.email}</Anchor> },
            { label: t('leads.phone'), value: lead.phone && <Text className="ltr-text">{lead.phone}</Text> },
            { label: t('leads.source'), value: <Badge variant="outline">{t(`leadSource.${lead.source}`)}</Badge> },
            { label: t('sales.owner'), value: <Text><UserName id={lead.ownerId} /></Text> },
            { label: t('sales.created'), value: format.dateTime(lead.createdAt) },
            { label: t('sales.notes'), value: lead.notes, wide: true },
          ]}
        />
      </Paper>
      {canReadTasks && (
        <Paper withBorder p="lg">
          <Title order={4} mb="md">
            {t('tasks.title')}
          </Title>
          <RecordTasks related={{ type: 'lead', id: lead.id }} />
        </Paper>
      )}
      <Paper withBorder p="lg">
        <Title order={4} mb="md">
          {t('common.history')}
        </Title>
        <RecordTimeline resource="leads" id={lead.id} />
      </Paper>
      <RecordDrawer opened={editing} title={t('leads.editTitle')} onClose={() => setEditing(false)}>
        {editing && (
          <RecordSnapshot<Lead>
            resource="leads"
            id={lead.id}
            render={(snapshot, stale) => <LeadForm lead={snapshot} onDone={() => setEditing(false)} stale={stale} />}
          />
        )}
      </RecordDrawer>
      {archive.modal}
    </>
  );
}

function ConvertedAlert({ lead }: { lead: Lead }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Alert color="teal" icon={<IconTransform size={18} />} title={t('leads.convertedOn', { date: format.dateTime(lead.convertedAt ?? '') })} data-testid="lead-converted">
      <Group gap="lg" wrap="wrap">
        {lead.convertedAccountId && (
          <Anchor renderRoot={(props) => <Link to="/accounts/$accountId" params={{ accountId: lead.convertedAccountId ?? '' }} {...props} />}>
            {t('leads.openAccount')}
          </Anchor>
        )}
        {lead.convertedContactId && (
          <Anchor renderRoot={(props) => <Link to="/contacts" search={{ contact: lead.convertedContactId ?? undefined }} {...props} />}>
            {t('leads.openContact')}
          </Anchor>
        )}
        {lead.convertedOpportunityId && (
          <Anchor
            renderRoot={(props) => (
              <Link to="/opportunities/$opportunityId" params={{ opportunityId: lead.convertedOpportunityId ?? '' }} {...props} />
            )}
          >
            {t('leads.openOpportunity')}
          </Anchor>
        )}
      </Group>
    </Alert>
  );
}
