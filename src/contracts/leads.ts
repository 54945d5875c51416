import { z } from 'zod';
import { isoDateTime, nameText, recordMeta, uuid } from './common.js';

export const leadSources = ['web', 'phone', 'referral', 'campaign', 'event', 'other'] as const;
export const leadStatuses = ['new', 'working', 'qualified', 'disqualified'] as const;
export type LeadStatus = (typeof leadStatuses)[number];

const text = (max: number) => z.string().trim().max(max);

export const lead = z.object({
  ...recordMeta,
  firstName: z.string(),
  lastName: z.string(),
  company: z.string(),
  email: z.string(),
  phone: z.string(),
  source: z.enum(leadSources),
  status: z.enum(leadStatuses),
  disqualifyReason: z.string().nullable(),
  ownerId: uuid,
  notes: z.string(),
  convertedAt: isoDateTime.nullable(),
  convertedAccountId: uuid.nullable(),
  convertedContactId: uuid.nullable(),
  convertedOpportunityId: uuid.nullable(),
});
export type Lead = z.infer<typeof lead>;

const leadFields = z.object({
  firstName: nameText(100),
  lastName: text(100),
  company: text(200),
  email: z.union([z.email().max(320), z.literal('')]),
  phone: text(40),
  source: z.enum(leadSources),
  ownerId: uuid,
  notes: text(10_000),
});

export const createLeadBody = leadFields
  .partial()
  .required({ firstName: true })
  .extend({ force: z.boolean().optional().describe('Create even when a lead or account with the same e-mail or company exists') })
  .strict();
export type CreateLeadBody = z.infer<typeof createLeadBody>;
/** Status changes go through the actions (start, qualify, disqualify, convert), not PATCH. */
export const updateLeadBody = leadFields.partial().strict();
export type UpdateLeadBody = z.infer<typeof updateLeadBody>;

export const disqualifyLeadBody = z.object({ reason: nameText(500) }).strict();

export const convertLeadBody = z
  .object({
    accountId: uuid.optional().describe('Link to this existing account instead of creating one'),
    createOpportunity: z.boolean().default(false),
    opportunityName: nameText().optional(),
  })
  .strict();
export type ConvertLeadBody = z.input<typeof convertLeadBody>;
export const convertLeadResult = z.object({ accountId: uuid, contactId: uuid, opportunityId: uuid.nullable() });

/** 409 answer when a possible duplicate exists: what it is, so the user can decide. */
export const duplicateRef = z.object({
  type: z.enum(['leads', 'accounts', 'contacts']),
  id: uuid,
  name: z.string().nullable().describe('null when the record is not visible to you'),
  matchedOn: z.enum(['email', 'company']),
});
export type DuplicateRef = z.infer<typeof duplicateRef>;
