import type { Account, Contact } from '../../../../contracts/accounts.js';
import type { Ctx } from '../../../platform/context.js';
import { findAccount, findContact } from '../accounts.repository.js';
import { accountDto, contactDto } from '../dto.js';

/** The account if the actor may see it (archived ones included); undefined otherwise. */
export async function findVisibleAccount(ctx: Pick<Ctx, 'tx' | 'actor'>, id: string): Promise<Account | undefined> {
  const row = await findAccount(ctx.tx, ctx.actor, id);
  return row && accountDto(row);
}

/** The contact if the actor may see its account; undefined otherwise. */
export async function findVisibleContact(ctx: Pick<Ctx, 'tx' | 'actor'>, id: string): Promise<Contact | undefined> {
  const row = await findContact(ctx.tx, ctx.actor, id);
  return row && contactDto(row);
}

/**
 * The customer as a document about it shows it (a quote, an invoice), whoever owns the account: the
 * caller has already been allowed to see the document, which names the customer anyway.
 */
export async function accountOfDocument(ctx: Pick<Ctx, 'tx'>, id: string): Promise<Account | undefined> {
  const row = await findAccount(ctx.tx, 'system', id);
  return row && accountDto(row);
}
