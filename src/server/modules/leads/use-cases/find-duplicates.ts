import type { DuplicateRef } from '../../../../contracts/leads.js';
import { AppError } from '../../../kernel/errors.js';
import type { Ctx } from '../../../platform/context.js';
import { findAccountDuplicates } from '../../accounts/index.js';
import { normalisedCompany, normalisedEmail } from '../domain/lead-rules.js';
import { findLeadDuplicates } from '../leads.repository.js';

/** Leads, accounts and contacts with the same e-mail or company name; names only of what the caller may see. */
export async function findDuplicates(ctx: Ctx, input: { email?: string; company?: string }, exceptLeadId?: string): Promise<DuplicateRef[]> {
  const match = { email: normalisedEmail(input.email), company: normalisedCompany(input.company) };
  const matchedOn = (email: string): DuplicateRef['matchedOn'] => (match.email && email.toLowerCase() === match.email ? 'email' : 'company');
  const leads = await findLeadDuplicates(ctx.tx, ctx.actor, match, exceptLeadId);
  const others = await findAccountDuplicates(ctx, match);
  return [
    ...leads.map((l) => ({ type: 'leads' as const, id: l.id, name: l.visible ? l.name : null, matchedOn: matchedOn(l.email) })),
    ...others,
  ];
}

export function duplicateProblem(duplicates: DuplicateRef[]): AppError {
  const first = duplicates[0]!;
  return new AppError('duplicate', `A ${first.type.slice(0, -1)} with the same ${first.matchedOn} already exists${first.name ? ` (${first.name})` : ''}. Send "force": true to create the lead anyway.`, {
    extra: { duplicates },
  });
}
