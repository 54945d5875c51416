import { and, asc, eq, inArray, isNotNull, isNull, ne, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { InvoiceStatus } from '../../../contracts/invoices.js';
import { lineNet } from '../../kernel/document-totals.js';
import type { Actor } from '../../platform/access/actor.js';
import { visibleTo } from '../../platform/access/visibility.js';
import type { Tx } from '../../platform/db/tenant.js';
import { keysetPage, keysetQuery, type KeysetSpec, type ListParams } from '../../platform/http/collection.js';
import { invoiceCharges, invoiceLines, invoices } from './billing.schema.js';
import type { DraftCharge, DraftLine } from './domain/invoice-lines.js';
import type { InvoiceKind } from './domain/invoice-rules.js';

export type InvoiceRow = typeof invoices.$inferSelect;
export type InvoiceLineRow = typeof invoiceLines.$inferSelect;
export type InvoiceChargeRow = typeof invoiceCharges.$inferSelect;
export type InvoiceFilters = { status: InvoiceStatus; kind: InvoiceKind; orderId: string; accountId: string; ownerId: string; overdue: 'true' | 'false' };

// Every query on invoices the caller makes goes through this: an invoice the actor may not see does not exist.
const visible = (actor: Actor): SQL | undefined => visibleTo(actor, 'finance', invoices.ownerId);

/** Issued (or partly paid), not a credit note, and past its due date on `today`. */
export function overdueCondition(today: string): SQL {
  return sql`(${invoices.kind} <> 'credit_note' and ${invoices.status} in ('issued', 'partially_paid') and ${invoices.dueDate} < ${today})`;
}

// Drafts have no number nor dates yet: those sorts compare text with '' for "none", so keyset cursors never meet a NULL.
const sortExpressions: Record<string, SQL | PgColumn> = {
  number: sql`coalesce(${invoices.number}, '')`,
  issueDate: sql`coalesce(${invoices.issueDate}::text, '')`,
  dueDate: sql`coalesce(${invoices.dueDate}::text, '')`,
  createdAt: invoices.createdAt,
  total: invoices.total,
};

function invoiceList(today: string): KeysetSpec<InvoiceFilters> {
  return {
    id: invoices.id,
    sortable: sortExpressions as Record<string, PgColumn>,
    archivedAt: invoices.archivedAt,
    search: [invoices.number],
    filters: {
      status: (v) => eq(invoices.status, v),
      kind: (v) => eq(invoices.kind, v),
      orderId: (v) => eq(invoices.orderId, v),
      accountId: (v) => eq(invoices.accountId, v),
      ownerId: (v) => eq(invoices.ownerId, v),
      overdue: (v) => (v === 'true' ? overdueCondition(today) : sql`not ${overdueCondition(today)}`),
    },
  };
}

export async function listInvoices(tx: Tx, actor: Actor, params: ListParams<InvoiceFilters>, today: string) {
  const spec = invoiceList(today);
  const q = keysetQuery(spec, params, [visible(actor)]);
  const sortValue = sortExpressions[params.sort.field]!;
  const rows = await tx
    .select({ row: invoices, sortValue: sql<string>`${sortValue}` })
    .from(invoices)
    .where(q.where)
    .orderBy(...q.orderBy)
    .limit(q.limit);
  const page = keysetPage(
    rows.map((r) => ({ id: r.row.id, [params.sort.field]: params.sort.field === 'createdAt' ? r.row.createdAt : r.sortValue, row: r.row })),
    spec,
    params,
  );
  return { data: page.data.map((p) => p.row), nextCursor: page.nextCursor };
}

/** The invoice if the actor may see it; forUpdate locks its row until the transaction ends. */
export async function findInvoice(tx: Tx, actor: Actor, id: string, options: { forUpdate?: boolean } = {}): Promise<InvoiceRow | undefined> {
  const query = tx.select().from(invoices).where(and(eq(invoices.id, id), visible(actor)));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

export async function insertInvoice(tx: Tx, values: typeof invoices.$inferInsert): Promise<string> {
  const [row] = await tx.insert(invoices).values(values).returning({ id: invoices.id });
  return row!.id;
}

export async function insertInvoiceContent(tx: Tx, invoice: { orgId: string; id: string; currency: string }, lines: DraftLine[], charges: DraftCharge[]): Promise<void> {
  if (lines.length > 0) {
    await tx.insert(invoiceLines).values(
      lines.map((l, index) => ({ ...l, orgId: invoice.orgId, invoiceId: invoice.id, position: index + 1, netAmount: lineNet(l, invoice.currency).toFixed() })),
    );
  }
  if (charges.length > 0) {
    await tx.insert(invoiceCharges).values(charges.map((c, index) => ({ ...c, orgId: invoice.orgId, invoiceId: invoice.id, position: index + 1 })));
  }
}

export async function updateInvoiceRow(tx: Tx, id: string, values: Partial<typeof invoices.$inferInsert>): Promise<void> {
  await tx
    .update(invoices)
    .set({ ...values, version: sql`${invoices.version} + 1`, updatedAt: sql`now()` })
    .where(eq(invoices.id, id));
}

export async function linesOf(tx: Tx, invoiceIds: string[]): Promise<InvoiceLineRow[]> {
  if (invoiceIds.length === 0) return [];
  return tx.select().from(invoiceLines).where(inArray(invoiceLines.invoiceId, invoiceIds)).orderBy(asc(invoiceLines.invoiceId), asc(invoiceLines.position));
}

export async function chargesOf(tx: Tx, invoiceIds: string[]): Promise<InvoiceChargeRow[]> {
  if (invoiceIds.length === 0) return [];
  return tx.select().from(invoiceCharges).where(inArray(invoiceCharges.invoiceId, invoiceIds)).orderBy(asc(invoiceCharges.invoiceId), asc(invoiceCharges.position));
}

/** How much of each line of these invoices credit notes corrected (magnitudes), by line id. */
export async function creditedQuantities(tx: Tx, invoiceIds: string[]): Promise<Map<string, string>> {
  if (invoiceIds.length === 0) return new Map();
  const rows = await tx
    .select({ lineId: invoiceLines.creditsLineId, quantity: sql<string>`sum(abs(${invoiceLines.quantity}))::text` })
    .from(invoiceLines)
    .innerJoin(invoices, eq(invoices.id, invoiceLines.invoiceId))
    .where(and(inArray(invoices.creditedInvoiceId, invoiceIds), ne(invoices.status, 'draft'), isNotNull(invoiceLines.creditsLineId)))
    .groupBy(invoiceLines.creditsLineId);
  return new Map(rows.map((r) => [r.lineId!, r.quantity]));
}

/** How much of each charge of this invoice credit notes corrected (magnitudes), by charge id. */
export async function creditedChargeAmounts(tx: Tx, invoiceId: string): Promise<Map<string, string>> {
  const rows = await tx
    .select({ chargeId: invoiceCharges.creditsChargeId, amount: sql<string>`sum(abs(${invoiceCharges.amount}))::text` })
    .from(invoiceCharges)
    .innerJoin(invoices, eq(invoices.id, invoiceCharges.invoiceId))
    .where(and(eq(invoices.creditedInvoiceId, invoiceId), ne(invoices.status, 'draft'), isNotNull(invoiceCharges.creditsChargeId)))
    .groupBy(invoiceCharges.creditsChargeId);
  return new Map(rows.map((r) => [r.chargeId!, r.amount]));
}

/** The latest issue date in a series and fiscal year (numbers must follow dates). */
export async function lastIssueDate(tx: Tx, series: string, fiscalYear: number): Promise<string | null> {
  const [row] = await tx
    .select({ last: sql<string | null>`max(${invoices.issueDate})::text` })
    .from(invoices)
    .where(and(eq(invoices.series, series), eq(invoices.fiscalYear, fiscalYear), isNotNull(invoices.number)));
  return row?.last ?? null;
}

/** The issued documents of an order (invoices, down payments, credit notes), oldest first; no visibility filter. */
export async function issuedOfOrder(tx: Tx, orderId: string): Promise<InvoiceRow[]> {
  return tx
    .select()
    .from(invoices)
    .where(and(eq(invoices.orderId, orderId), ne(invoices.status, 'draft'), isNull(invoices.archivedAt)))
    .orderBy(asc(invoices.issuedAt), asc(invoices.id));
}
