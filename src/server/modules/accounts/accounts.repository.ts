import { and, eq, isNull, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Account } from '../../../contracts/accounts.js';
import type { Actor } from '../../platform/access/actor.js';
import { visibleTo } from '../../platform/access/visibility.js';
import type { Tx } from '../../platform/db/tenant.js';
import { keysetPage, keysetQuery, type KeysetSpec, type ListParams } from '../../platform/http/collection.js';
import { accounts, contacts } from './accounts.schema.js';

export type AccountRow = typeof accounts.$inferSelect;
export type ContactRow = typeof contacts.$inferSelect;
export type AccountFilters = { ownerId: string; territoryId: string; lifecycle: Account['lifecycle'] };
export type ContactFilters = { accountId: string; ownerId: string };

/** Row locks a use case takes before it changes a record; 'no key update' still lets contacts reference the account. */
type Lock = { lock?: 'update' | 'no key update' };

/**
 * Whose rights narrow a query: the actor's, or none ('system') for the consequences Ciclo applies by
 * itself, such as a won deal making its account a customer.
 */
export type Viewer = Actor | 'system';

// Every query on these tables goes through one of these two: what the actor may not see does not exist.
const accountScope = (viewer: Viewer): SQL | undefined => (viewer === 'system' ? undefined : visibleTo(viewer, 'sales', accounts.ownerId));

/** A contact is visible exactly when its account is. */
function contactScope(viewer: Viewer): SQL | undefined {
  const scope = accountScope(viewer);
  return scope && sql`exists (select 1 from ${accounts} where ${accounts.id} = ${contacts.accountId} and ${scope})`;
}

export const accountList: KeysetSpec<AccountFilters> = {
  id: accounts.id,
  sortable: { name: accounts.name, createdAt: accounts.createdAt, updatedAt: accounts.updatedAt },
  archivedAt: accounts.archivedAt,
  search: [accounts.name, accounts.legalName, accounts.taxId, accounts.email, accounts.city],
  filters: {
    ownerId: (id) => eq(accounts.ownerId, id),
    territoryId: (id) => eq(accounts.territoryId, id),
    lifecycle: (lifecycle) => eq(accounts.lifecycle, lifecycle),
  },
};

export const contactList: KeysetSpec<ContactFilters> = {
  id: contacts.id,
  sortable: { lastName: contacts.lastName, createdAt: contacts.createdAt, updatedAt: contacts.updatedAt },
  archivedAt: contacts.archivedAt,
  search: [contacts.firstName, contacts.lastName, contacts.email, contacts.phone, contacts.mobile],
  filters: { accountId: (id) => eq(contacts.accountId, id), ownerId: (id) => eq(contacts.ownerId, id) },
};

export async function listAccounts(tx: Tx, viewer: Viewer, params: ListParams<AccountFilters>) {
  const q = keysetQuery(accountList, params, [accountScope(viewer)]);
  const rows = await tx.select().from(accounts).where(q.where).orderBy(...q.orderBy).limit(q.limit);
  return keysetPage(rows, accountList, params);
}

export async function findAccount(tx: Tx, viewer: Viewer, id: string, options: Lock = {}): Promise<AccountRow | undefined> {
  const query = tx.select().from(accounts).where(and(eq(accounts.id, id), accountScope(viewer)));
  const [row] = options.lock ? await query.for(options.lock, { of: accounts }) : await query;
  return row;
}

export async function insertAccount(tx: Tx, values: typeof accounts.$inferInsert): Promise<AccountRow> {
  const [row] = await tx.insert(accounts).values(values).returning();
  return row!;
}

/** Changes a visible account; undefined when the viewer cannot see it. */
export async function updateAccount(tx: Tx, viewer: Viewer, id: string, values: Partial<typeof accounts.$inferInsert>): Promise<AccountRow | undefined> {
  const [row] = await tx
    .update(accounts)
    .set({ ...values, version: sql`${accounts.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(accounts.id, id), accountScope(viewer)))
    .returning();
  return row;
}

export async function listContacts(tx: Tx, viewer: Viewer, params: ListParams<ContactFilters>) {
  const q = keysetQuery(contactList, params, [contactScope(viewer)]);
  const rows = await tx.select().from(contacts).where(q.where).orderBy(...q.orderBy).limit(q.limit);
  return keysetPage(rows, contactList, params);
}

export async function findContact(tx: Tx, viewer: Viewer, id: string, options: Lock = {}): Promise<ContactRow | undefined> {
  const query = tx.select().from(contacts).where(and(eq(contacts.id, id), contactScope(viewer)));
  const [row] = options.lock ? await query.for(options.lock, { of: contacts }) : await query;
  return row;
}

/** The account's active primary contacts other than `except`, locked for the change that demotes them. */
export async function findOtherPrimaryContacts(tx: Tx, viewer: Viewer, accountId: string, except: string): Promise<ContactRow[]> {
  return tx
    .select()
    .from(contacts)
    .where(and(eq(contacts.accountId, accountId), eq(contacts.isPrimary, true), isNull(contacts.archivedAt), ne(contacts.id, except), contactScope(viewer)))
    .for('update', { of: contacts });
}

export async function insertContact(tx: Tx, values: typeof contacts.$inferInsert): Promise<ContactRow> {
  const [row] = await tx.insert(contacts).values(values).returning();
  return row!;
}

/** Changes a visible contact; undefined when the viewer cannot see it. */
export async function updateContact(tx: Tx, viewer: Viewer, id: string, values: Partial<typeof contacts.$inferInsert>): Promise<ContactRow | undefined> {
  const [row] = await tx
    .update(contacts)
    .set({ ...values, version: sql`${contacts.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(contacts.id, id), contactScope(viewer)))
    .returning();
  return row;
}

export type DuplicateProbe = { email: string; company: string };

/** Active, visible accounts named like the company or with the e-mail, and contacts with the e-mail. */
/**
 * Active accounts and contacts of the whole organisation that look like the same customer: a
 * duplicate matters even when another rep owns it. `visible` says whether the viewer may see each.
 */
export async function findDuplicateRecords(tx: Tx, viewer: Viewer, probe: DuplicateProbe, limit = 10) {
  const email = probe.email.trim().toLowerCase();
  const company = probe.company.trim().replace(/\s+/g, ' ').toLowerCase();
  const byName = company ? sql`lower(regexp_replace(trim(${accounts.name}), '[[:space:]]+', ' ', 'g')) = ${company}` : undefined;
  const byEmail = email ? sql`lower(${accounts.email}) = ${email}` : undefined;
  const seesAccount = accountScope(viewer) ?? sql`true`;
  const seesContact = contactScope(viewer) ?? sql`true`;
  const foundAccounts =
    byName || byEmail
      ? await tx
          .select({ id: accounts.id, name: accounts.name, sameName: sql<boolean>`${byName ?? sql`false`}`, visible: sql<boolean>`(${seesAccount})` })
          .from(accounts)
          .where(and(or(byName, byEmail), isNull(accounts.archivedAt)))
          .limit(limit)
      : [];
  const foundContacts = email
    ? await tx
        .select({ id: contacts.id, firstName: contacts.firstName, lastName: contacts.lastName, visible: sql<boolean>`(${seesContact})` })
        .from(contacts)
        .where(and(sql`lower(${contacts.email}) = ${email}`, isNull(contacts.archivedAt)))
        .limit(limit)
    : [];
  return { accounts: foundAccounts, contacts: foundContacts };
}

/** The ids of an account's contacts, as a subquery (a contact is visible exactly when its account is: check the account first). */
export function contactIdsOf(accountId: string): SQL {
  return sql`select ${contacts.id} from ${contacts} where ${contacts.accountId} = ${accountId}`;
}
