import { and, asc, eq, inArray, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { QuoteStatus } from '../../../contracts/quotes.js';
import type { Actor } from '../../platform/access/actor.js';
import { visibleTo } from '../../platform/access/visibility.js';
import type { Tx } from '../../platform/db/tenant.js';
import { keysetPage, keysetQuery, type KeysetSpec, type ListParams } from '../../platform/http/collection.js';
import { quoteCharges, quoteLines, quotes } from './quotes.schema.js';

export type QuoteRow = typeof quotes.$inferSelect;
export type QuoteLineRow = typeof quoteLines.$inferSelect;
export type QuoteChargeRow = typeof quoteCharges.$inferSelect;
export type NewQuoteLine = Omit<typeof quoteLines.$inferInsert, 'id' | 'orgId' | 'quoteId'>;
export type NewQuoteCharge = Omit<typeof quoteCharges.$inferInsert, 'id' | 'orgId' | 'quoteId'>;

export type QuoteFilters = {
  status: QuoteStatus;
  opportunityId: string;
  accountId: string;
  ownerId: string;
  currency: string;
  latest: boolean;
};

/** The status a reader sees: a sent quote past its validity is expired (see effectiveStatus). */
function statusIs(status: QuoteStatus, today: string): SQL | undefined {
  if (status === 'expired') return or(eq(quotes.status, 'expired'), and(eq(quotes.status, 'sent'), lt(quotes.validUntil, today)));
  if (status === 'sent') return and(eq(quotes.status, 'sent'), sql`${quotes.validUntil} >= ${today}`);
  return eq(quotes.status, status);
}

export function quoteList(today: string): KeysetSpec<QuoteFilters> {
  return {
    id: quotes.id,
    sortable: { number: quotes.number, createdAt: quotes.createdAt, validUntil: quotes.validUntil, total: quotes.total },
    archivedAt: quotes.archivedAt,
    search: [quotes.number],
    filters: {
      status: (v) => statusIs(v, today),
      opportunityId: (v) => eq(quotes.opportunityId, v),
      accountId: (v) => eq(quotes.accountId, v),
      ownerId: (v) => eq(quotes.ownerId, v),
      currency: (v) => eq(quotes.currency, v),
      latest: (v) => (v ? isNull(quotes.supersededById) : sql`${quotes.supersededById} is not null`),
    },
  };
}

function visible(actor: Actor): SQL | undefined {
  return visibleTo(actor, 'sales', quotes.ownerId);
}

export async function listQuotes(tx: Tx, actor: Actor, params: ListParams<QuoteFilters>, today: string) {
  const spec = quoteList(today);
  const q = keysetQuery(spec, params, [visible(actor)]);
  const rows = await tx.select().from(quotes).where(q.where).orderBy(...q.orderBy).limit(q.limit);
  return keysetPage(rows, spec, params);
}

/** The quote if the actor may see it (archived ones included); optionally locked for a command. */
export async function findQuote(tx: Tx, actor: Actor, id: string, options: { forUpdate?: boolean } = {}): Promise<QuoteRow | undefined> {
  const query = tx.select().from(quotes).where(and(eq(quotes.id, id), visible(actor)));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

/** Every revision of a quote number the actor may see, first round first. */
export async function listRevisions(tx: Tx, actor: Actor, number: string): Promise<QuoteRow[]> {
  return tx.select().from(quotes).where(and(eq(quotes.number, number), visible(actor))).orderBy(asc(quotes.revision));
}

export async function linesOf(tx: Tx, quoteIds: string[]): Promise<QuoteLineRow[]> {
  if (quoteIds.length === 0) return [];
  return tx.select().from(quoteLines).where(inArray(quoteLines.quoteId, quoteIds)).orderBy(asc(quoteLines.quoteId), asc(quoteLines.position));
}

export async function chargesOf(tx: Tx, quoteIds: string[]): Promise<QuoteChargeRow[]> {
  if (quoteIds.length === 0) return [];
  return tx.select().from(quoteCharges).where(inArray(quoteCharges.quoteId, quoteIds)).orderBy(asc(quoteCharges.quoteId), asc(quoteCharges.position));
}

export async function insertQuote(tx: Tx, values: typeof quotes.$inferInsert): Promise<string> {
  const [row] = await tx.insert(quotes).values(values).returning({ id: quotes.id });
  return row!.id;
}

export async function updateQuoteRow(tx: Tx, id: string, values: Partial<typeof quotes.$inferInsert>): Promise<void> {
  await tx
    .update(quotes)
    .set({ ...values, version: sql`${quotes.version} + 1`, updatedAt: sql`now()` })
    .where(eq(quotes.id, id));
}

/** Makes the quote's lines exactly these, in this order. */
export async function replaceLines(tx: Tx, orgId: string, quoteId: string, lines: NewQuoteLine[]): Promise<void> {
  await tx.delete(quoteLines).where(eq(quoteLines.quoteId, quoteId));
  if (lines.length > 0) await tx.insert(quoteLines).values(lines.map((line) => ({ ...line, orgId, quoteId })));
}

export async function replaceCharges(tx: Tx, orgId: string, quoteId: string, charges: NewQuoteCharge[]): Promise<void> {
  await tx.delete(quoteCharges).where(eq(quoteCharges.quoteId, quoteId));
  if (charges.length > 0) await tx.insert(quoteCharges).values(charges.map((charge) => ({ ...charge, orgId, quoteId })));
}

/**
 * Writes down that a visible sent quote has lapsed. Readers already saw it as expired, so neither
 * version nor updatedAt move: an If-Match taken from that reading stays valid.
 */
export async function markLapsed(tx: Tx, actor: Actor, id: string, today: string, decidedAt: (validUntil: string) => Date): Promise<QuoteRow | undefined> {
  const [row] = await tx
    .select()
    .from(quotes)
    .where(and(eq(quotes.id, id), eq(quotes.status, 'sent'), lt(quotes.validUntil, today), visible(actor)))
    .for('update');
  if (!row) return undefined;
  await tx.update(quotes).set({ status: 'expired', decidedAt: decidedAt(row.validUntil) }).where(eq(quotes.id, id));
  return row;
}

/** The ids of an account's quotes the actor may see, as a subquery (for the account's timeline). */
export function visibleQuoteIdsOf(actor: Actor, accountId: string): SQL {
  const scope = visible(actor);
  return sql`select ${quotes.id} from ${quotes} where ${quotes.accountId} = ${accountId}${scope ? sql` and ${scope}` : sql``}`;
}
