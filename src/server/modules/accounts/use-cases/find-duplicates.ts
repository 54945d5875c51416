import type { Ctx } from '../../../platform/context.js';
import { findDuplicateRecords } from '../accounts.repository.js';

export type AccountDuplicate = { type: 'accounts' | 'contacts'; id: string; name: string; matchedOn: 'email' | 'company' };

/**
 * Active accounts and contacts the actor can see that look like the same customer: an account with
 * the company's name (case-insensitive) or the e-mail, a contact with the e-mail. For duplicate checks before creating.
 */
export async function findAccountDuplicates(ctx: Pick<Ctx, 'tx' | 'actor'>, probe: { email?: string; company?: string }): Promise<AccountDuplicate[]> {
  const found = await findDuplicateRecords(ctx.tx, ctx.actor, { email: probe.email ?? '', company: probe.company ?? '' });
  return [
    ...found.accounts.map((a): AccountDuplicate => ({ type: 'accounts', id: a.id, name: a.name, matchedOn: a.sameName ? 'company' : 'email' })),
    ...found.contacts.map((c): AccountDuplicate => ({ type: 'contacts', id: c.id, name: `${c.firstName} ${c.lastName}`.trim(), matchedOn: 'email' })),
  ];
}
