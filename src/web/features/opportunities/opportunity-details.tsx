import { Anchor, Badge, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../contracts/accounts';
import type { Opportunity, Pipeline } from '../../../contracts/opportunities';
import { recordQuery } from '../../app/collections';
import { useFormat } from '../../app/i18n/format';
import { DetailGrid } from '../../ui/detail-grid';
import { AccountLink } from '../accounts/account-name';
import { contactName } from '../contacts/contact-labels';
import { UserName } from '../users/user-name';

/** The deal's amount and its weighted value are shown as the server computes them: no float arithmetic here. */
export function OpportunityDetails({ deal, pipeline }: { deal: Opportunity; pipeline: Pipeline | undefined }) {
  const { t } = useTranslation();
  const format = useFormat();
  const contact = useQuery({ ...recordQuery<Contact>('contacts', deal.contactId ?? ''), enabled: Boolean(deal.contactId) });
  const stage = pipeline?.stages.find((item) => item.id === deal.stageId);

  return (
    <DetailGrid
      cols={4}
      details={[
        { label: t('opportunities.account'), value: <AccountLink id={deal.accountId} /> },
        {
          label: t('opportunities.contact'),
          value: deal.contactId && contact.data && (
            <Anchor renderRoot={(props) => <Link to="/contacts" search={{ contact: deal.contactId ?? undefined }} {...props} />}>
              {contactName(contact.data)}
            </Anchor>
          ),
        },
        { label: t('opportunities.amount'), value: <Text fw={700} data-testid="opportunity-amount">{format.money(deal.amount)}</Text> },
        { label: t('opportunities.probability'), value: format.percent(deal.probability) },
        { label: t('opportunities.pipeline'), value: pipeline?.name ?? '' },
        { label: t('opportunities.stage'), value: <Text data-testid="opportunity-stage">{stage?.name ?? t('common.none')}</Text> },
        { label: t('opportunities.inStageSince'), value: format.dateTime(deal.stageEnteredAt) },
        { label: t('opportunities.lastActivity'), value: format.dateTime(deal.lastActivityAt) },
        { label: t('opportunities.expectedClose'), value: deal.expectedCloseDate ? format.day(deal.expectedCloseDate) : '' },
        { label: t('opportunities.forecastCategory'), value: <Badge variant="outline">{t(`forecastCategory.${deal.forecastCategory}`)}</Badge> },
        { label: t('sales.owner'), value: <Text><UserName id={deal.ownerId} /></Text> },
        {
          label: t('opportunities.sourceLead'),
          value: deal.sourceLeadId && (
            <Anchor renderRoot={(props) => <Link to="/leads/$leadId" params={{ leadId: deal.sourceLeadId ?? '' }} {...props} />}>
              {t('opportunities.openLead')}
            </Anchor>
          ),
        },
      ]}
    />
  );
}
