import type { Lead } from '../../../contracts/leads.js';
import { isoOrNull, recordMetaDto } from '../../platform/db/rows.js';
import type { LeadRow } from './leads.repository.js';

export const leadDto = (r: LeadRow): Lead => ({
  ...recordMetaDto(r),
  firstName: r.firstName,
  lastName: r.lastName,
  company: r.company,
  email: r.email,
  phone: r.phone,
  source: r.source,
  status: r.status,
  disqualifyReason: r.disqualifyReason,
  ownerId: r.ownerId,
  notes: r.notes,
  convertedAt: isoOrNull(r.convertedAt),
  convertedAccountId: r.convertedAccountId,
  convertedContactId: r.convertedContactId,
  convertedOpportunityId: r.convertedOpportunityId,
});
