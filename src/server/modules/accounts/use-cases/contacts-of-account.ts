import type { Contact } from '../../../../contracts/accounts.js';
import type { Ctx } from '../../../platform/context.js';
import { listContacts } from '../accounts.repository.js';
import { contactDto } from '../dto.js';

/** An account's current contacts (up to 200), primary first, for a printed dossier. */
export async function contactsOfAccount(ctx: Pick<Ctx, 'tx' | 'actor'>, accountId: string): Promise<Contact[]> {
  const page = await listContacts(ctx.tx, ctx.actor, { limit: 200, cursor: undefined, sort: { field: 'lastName', descending: false }, q: undefined, archived: 'exclude', filters: { accountId } });
  return page.data.map(contactDto).sort((a, b) => Number(b.isPrimary) - Number(a.isPrimary));
}
