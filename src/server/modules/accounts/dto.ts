import type { Account, Contact } from '../../../contracts/accounts.js';
import { formatAmount } from '../../kernel/money.js';
import { recordMetaDto } from '../../platform/db/rows.js';
import type { AccountRow, ContactRow } from './accounts.repository.js';

export const accountDto = (r: AccountRow): Account => ({
  ...recordMetaDto(r),
  name: r.name,
  legalName: r.legalName,
  taxId: r.taxId,
  email: r.email,
  phone: r.phone,
  website: r.website,
  industry: r.industry,
  address: { street: r.street, city: r.city, region: r.region, postalCode: r.postalCode, country: r.country },
  territoryId: r.territoryId,
  ownerId: r.ownerId,
  lifecycle: r.lifecycle,
  paymentTerms: r.paymentTerms,
  currency: r.currency,
  creditLimit: r.creditLimit === null ? null : { amount: formatAmount(r.creditLimit, r.currency), currency: r.currency },
  notes: r.notes,
});

export const contactDto = (r: ContactRow): Contact => ({
  ...recordMetaDto(r),
  accountId: r.accountId,
  firstName: r.firstName,
  lastName: r.lastName,
  email: r.email,
  phone: r.phone,
  mobile: r.mobile,
  jobTitle: r.jobTitle,
  isPrimary: r.isPrimary,
  ownerId: r.ownerId,
  notes: r.notes,
});

/** What the audit trail compares: the stored row, with the credit limit as the API shows it ("5000.00", not "5000.0000"). */
export function auditableAccount(r: AccountRow): Record<string, unknown> {
  return { ...r, creditLimit: r.creditLimit === null ? null : formatAmount(r.creditLimit, r.currency) };
}

export const auditableContact = (r: ContactRow): Record<string, unknown> => ({ ...r });
