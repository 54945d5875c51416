import { expect } from 'vitest';
import type { Clock } from '../../src/server/kernel/clock.js';
import { call, type Harness, type Response, type Session } from './harness.js';
import { newOrder, type DeliveryBody, type OrderBody } from './orders.js';

type Money = string;
type Totals = { currency: string; net: Money; discount: Money; charges: Money; taxBase: Money; tax: { rate: string; base: Money; amount: Money }[]; total: Money };

export type InvoiceLineBody = {
  id: string;
  position: number;
  description: string;
  quantity: string;
  unitPrice: string;
  taxRate: string;
  netAmount: string;
  orderLineId: string | null;
  deductsInvoiceId: string | null;
  creditsLineId: string | null;
  creditedQuantity: string;
};

export type InvoiceBody = {
  id: string;
  version: number;
  kind: 'invoice' | 'down_payment' | 'credit_note';
  series: string;
  number: string | null;
  fiscalYear: number | null;
  orderId: string;
  deliveryId: string | null;
  creditedInvoiceId: string | null;
  accountId: string;
  ownerId: string;
  currency: string;
  issueDate: string | null;
  dueDate: string | null;
  paymentTerms: string;
  status: 'draft' | 'issued' | 'partially_paid' | 'paid' | 'credited';
  overdue: boolean;
  parties: { issuer: { name: string; taxIds: unknown[] }; customer: { name: string; legalName: string; taxId: string; address: unknown } } | null;
  lines: InvoiceLineBody[];
  charges: { id: string; description: string; amount: string; taxRate: string }[];
  totals: Totals;
  amountPaid: Money;
  amountCredited: Money;
  amountDue: Money;
  [field: string]: unknown;
};

/** The day of a clock (UTC) as YYYY-MM-DD. */
export const dayOf = (clock?: Clock) => (clock ? clock.now() : new Date()).toISOString().slice(0, 10);

export async function ok(res: Response | Promise<Response>, status = 200): Promise<Response> {
  const answered = await res;
  expect(answered.status, JSON.stringify(answered.body)).toBe(status);
  return answered;
}

/** A confirmed order the real way: quote of `rep` sent, accepted, and confirmed by `rep` with the contract signed today. */
export async function confirmedOrder(h: Harness, rep: Session, quote: Record<string, unknown>, clock?: Clock): Promise<OrderBody> {
  const order = await newOrder(h, rep, quote);
  const res = await ok(call(h.app, 'POST', `/api/v1/orders/${order.id}/confirm`, { session: rep, body: { contractSignedAt: dayOf(clock), signedBy: 'Carmen Client' } }));
  return res.body as OrderBody;
}

/** Records a delivery of these order lines (fails the test unless 201). */
export async function delivered(h: Harness, session: Session, orderId: string, lines: { orderLineId: string; quantity: string }[]): Promise<DeliveryBody> {
  return (await ok(call(h.app, 'POST', '/api/v1/deliveries', { session, body: { orderId, lines } }), 201)).body as DeliveryBody;
}

export const createInvoice = (h: Harness, session: Session, body: Record<string, unknown>) => call(h.app, 'POST', '/api/v1/invoices', { session, body });

/** A draft invoice (fails the test unless 201). */
export async function draftInvoice(h: Harness, session: Session, body: Record<string, unknown>): Promise<InvoiceBody> {
  return (await ok(createInvoice(h, session, body), 201)).body as InvoiceBody;
}

export const issue = (h: Harness, session: Session, id: string, body: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  call(h.app, 'POST', `/api/v1/invoices/${id}/issue`, { session, body, headers });

/** A draft invoice issued at once (fails the test unless both succeed). */
export async function issuedInvoice(h: Harness, session: Session, body: Record<string, unknown>, issueBody: Record<string, unknown> = {}): Promise<InvoiceBody> {
  const draft = await draftInvoice(h, session, body);
  return (await ok(issue(h, session, draft.id, issueBody))).body as InvoiceBody;
}

export const creditNote = (h: Harness, session: Session, id: string, body: Record<string, unknown>) => call(h.app, 'POST', `/api/v1/invoices/${id}/credit-note`, { session, body });

export const pay = (h: Harness, session: Session, invoiceId: string, amount: string, paidOn: string, extra: Record<string, unknown> = {}) =>
  call(h.app, 'POST', '/api/v1/payments', { session, body: { invoiceId, amount, paidOn, method: 'bank_transfer', ...extra } });

export async function getInvoice(h: Harness, session: Session, id: string): Promise<InvoiceBody> {
  return (await ok(call(h.app, 'GET', `/api/v1/invoices/${id}`, { session }))).body as InvoiceBody;
}

/**
 * Everything billing (and the quantities it records on orders) has written for an organisation: rows and
 * versions, amounts paid and credited, invoiced quantities, numbers taken and audit events; read with the
 * owner connection. Equal before and after: the request wrote nothing.
 */
export async function billingFootprint(h: Harness, orgId: string): Promise<Record<string, number | string>> {
  const { rows } = await h.owner.query<Record<string, number | string>>(
    `select
       (select count(*) from invoices where org_id = $1)::int as invoices,
       (select coalesce(sum(version), 0) from invoices where org_id = $1)::int as "invoiceVersions",
       (select count(*) from invoice_lines where org_id = $1)::int as "invoiceLines",
       (select count(*) from invoice_charges where org_id = $1)::int as "invoiceCharges",
       (select coalesce(sum(amount_paid), 0) from invoices where org_id = $1)::text as paid,
       (select coalesce(sum(amount_credited), 0) from invoices where org_id = $1)::text as credited,
       (select count(*) from payments where org_id = $1)::int as payments,
       (select coalesce(sum(version), 0) from payments where org_id = $1)::int as "paymentVersions",
       (select count(*) from credit_policies where org_id = $1)::int as "creditPolicies",
       (select coalesce(sum(invoiced_quantity), 0) from order_lines where org_id = $1)::text as invoiced,
       (select coalesce(sum(invoiced_quantity), 0) from delivery_lines where org_id = $1)::text as "deliveryInvoiced",
       (select coalesce(sum(last_value), 0) from document_sequences where org_id = $1)::int as numbers,
       (select count(*) from audit_events where org_id = $1)::int as "auditEvents"`,
    [orgId],
  );
  return rows[0]!;
}

export type { OrderBody };
