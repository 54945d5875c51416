import type { LeadStatus } from '../../../../contracts/leads.js';
import { AppError } from '../../../kernel/errors.js';

/** The statuses each action may start from. A converted lead is closed: it became an account. */
const allowedFrom: Record<'start' | 'qualify' | 'disqualify' | 'convert', readonly LeadStatus[]> = {
  start: ['new'],
  qualify: ['new', 'working'],
  disqualify: ['new', 'working', 'qualified'],
  convert: ['new', 'working', 'qualified'],
};

export type LeadAction = keyof typeof allowedFrom;

export function assertLeadCan(action: LeadAction, lead: { status: LeadStatus; convertedAt: Date | null }): void {
  if (lead.convertedAt) throw new AppError('invalid_state', `The lead was already converted; it cannot ${action}.`, { extra: { state: 'converted' } });
  if (!allowedFrom[action].includes(lead.status)) {
    throw new AppError('invalid_state', `A ${lead.status} lead cannot ${action} (allowed from: ${allowedFrom[action].join(', ')}).`, { extra: { state: lead.status } });
  }
}

export function normalisedEmail(email: string | undefined): string {
  return (email ?? '').trim().toLowerCase();
}

export function normalisedCompany(company: string | undefined): string {
  return (company ?? '').trim().replace(/\s+/g, ' ').toLowerCase();
}
