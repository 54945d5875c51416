import { expect } from 'vitest';
import { call, type Harness, type Session } from './harness.js';

type Line = { id: string; position: number; productId: string | null; sku: string | null; description: string; quantity: string; unit: string; unitPrice: string; discountPercent: string; taxRate: string; netAmount: string };
type Totals = { currency: string; net: string; discount: string; charges: string; taxBase: string; tax: { rate: string; base: string; amount: string }[]; total: string };

export type QuoteBody = {
  id: string;
  version: number;
  number: string;
  revision: number;
  previousRevisionId: string | null;
  supersededById: string | null;
  opportunityId: string;
  accountId: string;
  contactId: string | null;
  ownerId: string;
  priceListId: string | null;
  currency: string;
  issueDate: string;
  validUntil: string;
  paymentTerms: string;
  deliveryTerms: string;
  discountPercent: string;
  notes: string;
  status: 'draft' | 'sent' | 'accepted' | 'rejected' | 'expired' | 'superseded';
  sentAt: string | null;
  decidedAt: string | null;
  rejectionReason: string;
  orderId: string | null;
  archivedAt: string | null;
  lines: Line[];
  charges: { id: string; description: string; amount: string; taxRate: string }[];
  totals: Totals;
};

/** One free-text line: 2 × 100.00 at 21 % (net 200.00, tax 42.00, total 242.00 in EUR). */
export const freeLine = { description: 'Consulting day', quantity: '2', unitPrice: '100.00', taxRate: '21' };

/**
 * Creates a draft quote for an open opportunity as `session` and answers it (fails the test unless
 * 201). Without `lines` in the body it has one free-text line (freeLine).
 */
export async function newQuote(h: Harness, session: Session, opportunityId: string, body: Record<string, unknown> = {}): Promise<QuoteBody> {
  const res = await call(h.app, 'POST', '/api/v1/quotes', { session, body: { opportunityId, lines: [freeLine], ...body } });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as QuoteBody;
}

/** POST /quotes/:id/<action> as `session`; answers the response for the caller to check. */
export const quoteAction = (h: Harness, session: Session, id: string, action: 'send' | 'accept' | 'reject' | 'revise' | 'expire', body?: unknown, headers: Record<string, string> = {}) =>
  call(h.app, 'POST', `/api/v1/quotes/${id}/${action}`, { session, body, headers });

/** A quote sent to the customer (fails the test unless every step succeeds). */
export async function sentQuote(h: Harness, session: Session, opportunityId: string, body: Record<string, unknown> = {}): Promise<QuoteBody> {
  const draft = await newQuote(h, session, opportunityId, body);
  const res = await quoteAction(h, session, draft.id, 'send');
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as QuoteBody;
}

/**
 * A quote sent and accepted: `orderId` names the pending order it became, and the opportunity is
 * won (so each accepted quote needs an opportunity of its own).
 */
export async function acceptedQuote(h: Harness, session: Session, opportunityId: string, body: Record<string, unknown> = {}): Promise<QuoteBody & { orderId: string }> {
  const sent = await sentQuote(h, session, opportunityId, body);
  const res = await quoteAction(h, session, sent.id, 'accept');
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as QuoteBody & { orderId: string };
}

/**
 * Everything quotes of an organisation have written: rows and the sum of quote versions, lines,
 * charges, document numbers taken, and audit events; read with the owner connection. Equal before
 * and after means the request wrote nothing.
 */
export async function quotesFootprint(h: Harness, orgId: string): Promise<Record<string, number>> {
  const { rows } = await h.owner.query<Record<string, number>>(
    `select
       (select count(*) from quotes where org_id = $1)::int as quotes,
       (select coalesce(sum(version), 0) from quotes where org_id = $1)::int as "quoteVersions",
       (select count(*) from quotes where org_id = $1 and status <> 'draft')::int as "notDraft",
       (select count(*) from quote_lines where org_id = $1)::int as lines,
       (select count(*) from quote_charges where org_id = $1)::int as charges,
       (select coalesce(sum(last_value), 0) from document_sequences where org_id = $1)::int as numbers,
       (select count(*) from opportunities where org_id = $1 and status <> 'open')::int as "closedOpportunities",
       (select count(*) from audit_events where org_id = $1)::int as "auditEvents"`,
    [orgId],
  );
  return rows[0]!;
}
