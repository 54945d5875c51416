import { Anchor, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../contracts/accounts';
import type { Territory } from '../../../contracts/territories';
import { recordQuery } from '../../app/collections';
import { intlTag, useFormat } from '../../app/i18n/format';
import { DetailGrid } from '../../ui/detail-grid';
import { UserName } from '../users/user-name';

function websiteHref(website: string): string {
  return /^https?:\/\//i.test(website) ? website : `https://${website}`;
}

export function AccountDetails({ account }: { account: Account }) {
  const { t } = useTranslation();
  const format = useFormat();
  const territory = useQuery({ ...recordQuery<Territory>('territories', account.territoryId ?? ''), enabled: Boolean(account.territoryId) });
  const { street, postalCode, city, region, country } = account.address;
  const countryName = country ? (new Intl.DisplayNames(intlTag(format.locale), { type: 'region' }).of(country) ?? country) : '';
  // One isolated line each, so "46000 Valencia" keeps its order inside right-to-left text.
  const addressLines = [street, [postalCode, city].filter(Boolean).join(' '), region, countryName].filter(Boolean);
  const address =
    addressLines.length > 0 ? (
      <Stack gap={0}>
        {addressLines.map((line) => (
          <Text key={line}>
            <bdi>{line}</bdi>
          </Text>
        ))}
      </Stack>
    ) : '';

  return (
    <DetailGrid
      details={[
        { label: t('accounts.legalName'), value: account.legalName },
        { label: t('accounts.taxId'), value: account.taxId && <Text className="ltr-text">{account.taxId}</Text> },
        { label: t('accounts.industry'), value: account.industry },
        { label: t('accounts.email'), value: account.email && <Anchor href={`mailto:${account.email}`} className="ltr-text">{account.email}</Anchor> },
        { label: t('accounts.phone'), value: account.phone && <Text className="ltr-text">{account.phone}</Text> },
        {
          label: t('accounts.website'),
          value: account.website && (
            <Anchor href={websiteHref(account.website)} target="_blank" rel="noreferrer" className="ltr-text">
              {account.website}
            </Anchor>
          ),
        },
        { label: t('accounts.address'), value: address },
        { label: t('accounts.territory'), value: territory.data?.name ?? '' },
        { label: t('sales.owner'), value: <Text><UserName id={account.ownerId} /></Text> },
        { label: t('accounts.paymentTerms'), value: t(`paymentTerms.${account.paymentTerms}`) },
        { label: t('accounts.currency'), value: `${account.currency} · ${format.currencyName(account.currency)}` },
        { label: t('accounts.creditLimit'), value: account.creditLimit ? format.money(account.creditLimit) : '' },
        { label: t('sales.created'), value: format.dateTime(account.createdAt) },
        { label: t('sales.updated'), value: format.dateTime(account.updatedAt) },
        { label: t('sales.notes'), value: account.notes, wide: true },
      ]}
    />
  );
}
