import { Anchor, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../contracts/accounts';
import type { Opportunity } from '../../../contracts/opportunities';
import type { Quote } from '../../../contracts/quotes';
import { recordQuery } from '../../app/collections';
import { DetailGrid, type Detail } from '../../ui/detail-grid';
import { AccountLink } from '../accounts/account-name';
import { usePriceListOptions } from '../catalog/catalog-data';
import { contactName } from '../contacts/contact-labels';
import { UserName } from '../users/user-name';
import { isZero, useDocumentFormat } from './document-format';

export function OpportunityLink({ id }: { id: string }) {
  const { t } = useTranslation();
  const deal = useQuery({ ...recordQuery<Opportunity>('opportunities', id), staleTime: 60_000 });
  return (
    <Anchor renderRoot={(props) => <Link to="/opportunities/$opportunityId" params={{ opportunityId: id }} {...props} />}>
      <bdi>{deal.data?.name ?? t('common.none')}</bdi>
    </Anchor>
  );
}

export function ContactLink({ id }: { id: string | null }) {
  const contact = useQuery({ ...recordQuery<Contact>('contacts', id ?? ''), enabled: Boolean(id), staleTime: 60_000 });
  if (!id || !contact.data) return null;
  return (
    <Anchor renderRoot={(props) => <Link to="/contacts" search={{ contact: id }} {...props} />}>
      <bdi>{contactName(contact.data)}</bdi>
    </Anchor>
  );
}

/** Who and what the quote is for; in a draft the editor shows the editable fields instead. */
export function QuoteParties({ quote }: { quote: Quote }) {
  const { t } = useTranslation();
  const format = useDocumentFormat();
  const details: Detail[] = [
    { label: t('documents.account'), value: <AccountLink id={quote.accountId} /> },
    { label: t('quotes.opportunity'), value: <OpportunityLink id={quote.opportunityId} /> },
    { label: t('sales.owner'), value: <Text><UserName id={quote.ownerId} /></Text> },
    { label: t('documents.issueDate'), value: format.day(quote.issueDate) },
  ];
  return <DetailGrid cols={4} details={details} />;
}

/** The terms of a quote that can no longer be edited. */
export function QuoteTerms({ quote }: { quote: Quote }) {
  const { t } = useTranslation();
  const format = useDocumentFormat();
  const lists = usePriceListOptions();
  const list = lists.data?.find((item) => item.id === quote.priceListId);
  return (
    <DetailGrid
      cols={4}
      details={[
        { label: t('documents.contact'), value: <ContactLink id={quote.contactId} /> },
        { label: t('documents.currency'), value: `${quote.currency} · ${format.currencyName(quote.currency)}` },
        { label: t('quotes.priceList'), value: list ? `${list.name} · ${list.currency}` : '' },
        { label: t('quotes.validUntil'), value: format.day(quote.validUntil) },
        { label: t('documents.paymentTerms'), value: t(`paymentTerms.${quote.paymentTerms}`) },
        { label: t('documents.documentDiscount'), value: isZero(quote.discountPercent) ? '' : format.percent(quote.discountPercent) },
        { label: t('quotes.sentAt'), value: quote.sentAt ? format.dateTime(quote.sentAt) : '' },
        { label: t('quotes.decidedAt'), value: quote.decidedAt ? format.dateTime(quote.decidedAt) : '' },
        { label: t('documents.deliveryTerms'), value: quote.deliveryTerms, wide: true },
        { label: t('sales.notes'), value: quote.notes, wide: true },
      ]}
    />
  );
}
