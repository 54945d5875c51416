import type { Ctx } from '../../../platform/context.js';
import { findDuplicateRecords } from '../accounts.repository.js';

/** name is null when the caller may not see the record: the warning still stands, the details do not leak. */
export type AccountDuplicate = { type: 'accounts' | 'contacts'; id: string; name: string | null; matchedOn: 'email' | 'company' };

/**
 * Active accounts and contacts of the organisation that look like the same customer: an account with
 * the company's name (ignoring case and spacing) or the e-mail, a contact with the e-mail. For
 * duplicate checks before creating.
 */
export async function findAccountDuplicates(ctx: Pick<Ctx, 'tx' | 'actor'>, probe: { email?: string; company?: string }): Promise<AccountDuplicate[]> {
  const found = await findDuplicateRecords(ctx.tx, ctx.actor, { email: probe.email ?? '', company: probe.company ?? '' });
  return [
    ...found.accounts.map((a): AccountDuplicate => ({ type: 'accounts', id: a.id, name: a.visible ? a.name : null, matchedOn: a.sameName ? 'company' : 'email' })),
    ...found.contacts.map((c): AccountDuplicate => ({ type: 'contacts', id: c.id, name: c.visible ? `${c.firstName} ${c.lastName}`.trim() : null, matchedOn: 'email' })),
  ];
}
