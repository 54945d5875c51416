import { eq, sql } from 'drizzle-orm';
import type { CreditRule } from '../../../contracts/credit.js';
import type { Tx } from '../../platform/db/tenant.js';
import { creditPolicies } from './billing.schema.js';

export type CreditPolicyRow = typeof creditPolicies.$inferSelect;

/** The organisation's stored policy (row-level security scopes it to the transaction's organisation). */
export async function findCreditPolicy(tx: Tx, options: { forUpdate?: boolean } = {}): Promise<CreditPolicyRow | undefined> {
  const query = tx.select().from(creditPolicies).limit(1);
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

export async function insertCreditPolicy(tx: Tx, values: typeof creditPolicies.$inferInsert): Promise<CreditPolicyRow> {
  const [row] = await tx.insert(creditPolicies).values(values).returning();
  return row!;
}

export async function updateCreditPolicyRow(tx: Tx, id: string, rules: CreditRule[]): Promise<CreditPolicyRow> {
  const [row] = await tx
    .update(creditPolicies)
    .set({ rules, version: sql`${creditPolicies.version} + 1`, updatedAt: sql`now()` })
    .where(eq(creditPolicies.id, id))
    .returning();
  return row!;
}

/** Sums of an account's documents per currency and issue date, so each converts with the rate of its day. */
export type DatedSum = { currency: string; on: string; amount: string };

/**
 * An account's receivables, whoever owns the invoices (the rating reads the account's whole history):
 * what was invoiced (credit notes subtract), what is still due, and what of that is overdue on `today`.
 */
export async function accountReceivables(tx: Tx, accountId: string, today: string): Promise<{ invoiced: DatedSum[]; open: DatedSum[]; overdue: DatedSum[] }> {
  const { rows } = await tx.execute<{ currency: string; on: string; invoiced: string; open: string; overdue: string }>(sql`
    select currency, issue_date::text as "on",
      sum(total)::text as invoiced,
      coalesce(sum(total - amount_paid - amount_credited) filter (where kind <> 'credit_note' and status in ('issued', 'partially_paid')), 0)::text as open,
      coalesce(sum(total - amount_paid - amount_credited) filter (where kind <> 'credit_note' and status in ('issued', 'partially_paid') and due_date < ${today}), 0)::text as overdue
    from invoices
    where account_id = ${accountId} and status <> 'draft' and archived_at is null
    group by currency, issue_date`);
  const pick = (field: 'invoiced' | 'open' | 'overdue') => rows.map((r) => ({ currency: r.currency, on: r.on, amount: r[field] }));
  return { invoiced: pick('invoiced'), open: pick('open'), overdue: pick('overdue') };
}

/** Paid invoices of an account, on time or late: late when the last payment came after the due date. */
export async function accountPaymentRecord(tx: Tx, accountId: string): Promise<{ onTime: number; late: number }> {
  const { rows } = await tx.execute<{ on_time: number; late: number }>(sql`
    select count(*) filter (where last_paid <= due_date)::int as on_time, count(*) filter (where last_paid > due_date)::int as late
    from (
      select i.due_date, (select max(p.paid_on) from payments p where p.invoice_id = i.id and p.archived_at is null) as last_paid
      from invoices i
      where i.account_id = ${accountId} and i.status = 'paid' and i.kind <> 'credit_note' and i.archived_at is null
    ) paid`);
  return { onTime: rows[0]?.on_time ?? 0, late: rows[0]?.late ?? 0 };
}
