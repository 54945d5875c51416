import type { Account, accountLifecycles, paymentTerms } from '../../../contracts/accounts';
import type { Locale } from '../../../contracts/common';
import { decimalForInput, parseDecimalText } from '../../ui/forms/decimal-text';

export type AccountValues = {
  name: string;
  legalName: string;
  taxId: string;
  email: string;
  phone: string;
  website: string;
  industry: string;
  address: { street: string; city: string; region: string; postalCode: string; country: string | null };
  territoryId: string | null;
  ownerId: string | null;
  lifecycle: (typeof accountLifecycles)[number];
  paymentTerms: (typeof paymentTerms)[number];
  currency: string | null;
  creditLimit: { amount: string };
  notes: string;
};

export function accountInitialValues(account: Account | undefined, baseCurrency: string, locale: Locale): AccountValues {
  return {
    name: account?.name ?? '',
    legalName: account?.legalName ?? '',
    taxId: account?.taxId ?? '',
    email: account?.email ?? '',
    phone: account?.phone ?? '',
    website: account?.website ?? '',
    industry: account?.industry ?? '',
    address: {
      street: account?.address.street ?? '',
      city: account?.address.city ?? '',
      region: account?.address.region ?? '',
      postalCode: account?.address.postalCode ?? '',
      country: account?.address.country ?? null,
    },
    territoryId: account?.territoryId ?? null,
    ownerId: account?.ownerId ?? null,
    lifecycle: account?.lifecycle ?? 'prospect',
    paymentTerms: account?.paymentTerms ?? 'net_30',
    currency: account?.currency ?? baseCurrency,
    creditLimit: { amount: account?.creditLimit ? decimalForInput(account.creditLimit.amount, locale) : '' },
    notes: account?.notes ?? '',
  };
}

/** The request body; the credit limit is in the account's currency, and no owner means "me". */
export function accountBody(values: AccountValues, locale: Locale) {
  const limit = values.creditLimit.amount.trim();
  return {
    name: values.name.trim(),
    legalName: values.legalName.trim(),
    taxId: values.taxId.trim(),
    email: values.email.trim(),
    phone: values.phone.trim(),
    website: values.website.trim(),
    industry: values.industry.trim(),
    address: {
      street: values.address.street.trim(),
      city: values.address.city.trim(),
      region: values.address.region.trim(),
      postalCode: values.address.postalCode.trim(),
      country: values.address.country,
    },
    territoryId: values.territoryId,
    lifecycle: values.lifecycle,
    paymentTerms: values.paymentTerms,
    notes: values.notes.trim(),
    ...(values.currency ? { currency: values.currency } : {}),
    creditLimit: limit && values.currency ? { amount: parseDecimalText(limit, locale), currency: values.currency } : null,
    ...(values.ownerId ? { ownerId: values.ownerId } : {}),
  };
}
