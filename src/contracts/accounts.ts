import { z } from 'zod';
import { currencyCode, money, nameText, recordMeta, uuid } from './common.js';

export const accountLifecycles = ['prospect', 'customer', 'inactive'] as const;
export const paymentTerms = ['prepayment', 'on_delivery', 'net_15', 'net_30', 'net_45', 'net_60', 'net_90'] as const;
export const paymentTermsSchema = z.enum(paymentTerms);
export type PaymentTerms = z.infer<typeof paymentTermsSchema>;

const text = (max: number) => z.string().trim().max(max);

export const address = z.object({
  street: text(300),
  city: text(120),
  region: text(120),
  postalCode: text(20),
  country: z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166 country code such as ES').nullable(),
});
export type Address = z.infer<typeof address>;

export const account = z.object({
  ...recordMeta,
  name: z.string(),
  legalName: z.string(),
  taxId: z.string(),
  email: z.string(),
  phone: z.string(),
  website: z.string(),
  industry: z.string(),
  address,
  territoryId: uuid.nullable(),
  ownerId: uuid,
  lifecycle: z.enum(accountLifecycles),
  paymentTerms: paymentTermsSchema,
  currency: currencyCode,
  creditLimit: money.nullable(),
  notes: z.string(),
});
export type Account = z.infer<typeof account>;

const accountFields = z.object({
  name: nameText(),
  legalName: text(200),
  taxId: text(40),
  email: z.union([z.email().max(320), z.literal('')]),
  phone: text(40),
  website: text(300),
  industry: text(100),
  address: address.partial().strict(),
  territoryId: uuid.nullable(),
  ownerId: uuid,
  lifecycle: z.enum(accountLifecycles),
  paymentTerms: paymentTermsSchema,
  currency: currencyCode,
  creditLimit: money.nullable(),
  notes: text(10_000),
});

/** Only name is required; the owner defaults to the caller and the currency to the organisation's. */
export const createAccountBody = accountFields.partial().required({ name: true }).strict();
export type CreateAccountBody = z.infer<typeof createAccountBody>;
export const updateAccountBody = accountFields.partial().strict();
export type UpdateAccountBody = z.infer<typeof updateAccountBody>;

export const contact = z.object({
  ...recordMeta,
  accountId: uuid,
  firstName: z.string(),
  lastName: z.string(),
  email: z.string(),
  phone: z.string(),
  mobile: z.string(),
  jobTitle: z.string(),
  isPrimary: z.boolean(),
  ownerId: uuid,
  notes: z.string(),
});
export type Contact = z.infer<typeof contact>;

const contactFields = z.object({
  accountId: uuid,
  firstName: nameText(100),
  lastName: text(100),
  email: z.union([z.email().max(320), z.literal('')]),
  phone: text(40),
  mobile: text(40),
  jobTitle: text(100),
  isPrimary: z.boolean(),
  ownerId: uuid,
  notes: text(10_000),
});
export const createContactBody = contactFields.partial().required({ accountId: true, firstName: true }).strict();
export type CreateContactBody = z.infer<typeof createContactBody>;
export const updateContactBody = contactFields.omit({ accountId: true }).partial().strict();
export type UpdateContactBody = z.infer<typeof updateContactBody>;
