import type { Account, Contact } from '../../../../contracts/accounts.js';
import { notFound } from '../../../kernel/errors.js';
import type { Ctx } from '../../../platform/context.js';
import { findAccount, findContact } from '../accounts.repository.js';
import { accountDto, contactDto } from '../dto.js';

/** The account if the actor may see it (archived ones included); undefined otherwise. */
export async function findVisibleAccount(ctx: Pick<Ctx, 'tx' | 'actor'>, id: string): Promise<Account | undefined> {
  const row = await findAccount(ctx.tx, ctx.actor, id);
  return row && accountDto(row);
}

/** As findVisibleAccount, but a hidden or absent account is not_found (404). */
export async function getVisibleAccount(ctx: Pick<Ctx, 'tx' | 'actor'>, id: string): Promise<Account> {
  const account = await findVisibleAccount(ctx, id);
  if (!account) throw notFound('Account');
  return account;
}

/** The contact if the actor may see its account; undefined otherwise. */
export async function findVisibleContact(ctx: Pick<Ctx, 'tx' | 'actor'>, id: string): Promise<Contact | undefined> {
  const row = await findContact(ctx.tx, ctx.actor, id);
  return row && contactDto(row);
}

export async function getVisibleContact(ctx: Pick<Ctx, 'tx' | 'actor'>, id: string): Promise<Contact> {
  const contact = await findVisibleContact(ctx, id);
  if (!contact) throw notFound('Contact');
  return contact;
}
