import { and, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../platform/access/actor.js';
import { visibleTo } from '../../platform/access/visibility.js';
import type { Tx } from '../../platform/db/tenant.js';
import { keysetPage, keysetQuery, type KeysetSpec, type ListParams } from '../../platform/http/collection.js';
import { payments } from './billing.schema.js';

export type PaymentRow = typeof payments.$inferSelect;
export type PaymentFilters = { invoiceId: string; accountId: string };

const visible = (actor: Actor): SQL | undefined => visibleTo(actor, 'finance', payments.ownerId);

export const paymentList: KeysetSpec<PaymentFilters> = {
  id: payments.id,
  sortable: { paidOn: payments.paidOn, createdAt: payments.createdAt, amount: payments.amount },
  archivedAt: payments.archivedAt,
  search: [payments.reference],
  filters: {
    invoiceId: (v) => eq(payments.invoiceId, v),
    accountId: (v) => eq(payments.accountId, v),
  },
};

export async function listPayments(tx: Tx, actor: Actor, params: ListParams<PaymentFilters>) {
  const q = keysetQuery(paymentList, params, [visible(actor)]);
  const rows = await tx.select().from(payments).where(q.where).orderBy(...q.orderBy).limit(q.limit);
  return keysetPage(rows, paymentList, params);
}

export async function findPayment(tx: Tx, actor: Actor, id: string, options: { forUpdate?: boolean } = {}): Promise<PaymentRow | undefined> {
  const query = tx.select().from(payments).where(and(eq(payments.id, id), visible(actor)));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

export async function insertPayment(tx: Tx, values: typeof payments.$inferInsert): Promise<PaymentRow> {
  const [row] = await tx.insert(payments).values(values).returning();
  return row!;
}

export async function archivePaymentRow(tx: Tx, id: string, at: Date): Promise<PaymentRow> {
  const [row] = await tx
    .update(payments)
    .set({ archivedAt: at, version: sql`${payments.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(payments.id, id), isNull(payments.archivedAt)))
    .returning();
  return row!;
}
