import { expect } from 'vitest';
import type { PaymentTerms } from '../../src/contracts/accounts.js';
import type { Role } from '../../src/contracts/common.js';
import type { CreditAssessment } from '../../src/contracts/credit.js';
import { systemClock, type Clock } from '../../src/server/kernel/clock.js';
import { authenticator } from '../../src/server/modules/auth/index.js';
import { ordersRoutes, type CreditCheck } from '../../src/server/modules/orders/index.js';
import { actorOf } from '../../src/server/platform/access/actor.js';
import { readConfig } from '../../src/server/platform/config.js';
import type { Ctx } from '../../src/server/platform/context.js';
import { withTenant } from '../../src/server/platform/db/tenant.js';
import { createHttpServer, type App } from '../../src/server/platform/http/server.js';
import { call, type Harness, type Session } from './harness.js';
import { acceptedQuote } from './quotes.js';
import { newAccount, newOpportunity } from './sales-org.js';

type Line = {
  id: string;
  position: number;
  productId: string | null;
  sku: string | null;
  description: string;
  quantity: string;
  unit: string;
  unitPrice: string;
  discountPercent: string;
  taxRate: string;
  netAmount: string;
  deliveredQuantity: string;
  invoicedQuantity: string;
};

export type OrderBody = {
  id: string;
  version: number;
  number: string;
  quoteId: string | null;
  opportunityId: string | null;
  accountId: string;
  contactId: string | null;
  ownerId: string;
  currency: string;
  orderDate: string;
  paymentTerms: PaymentTerms;
  status: 'pending' | 'confirmed' | 'partially_delivered' | 'delivered' | 'closed' | 'cancelled';
  creditAtConfirmation: CreditAssessment | null;
  creditApprovedBy: string | null;
  archivedAt: string | null;
  lines: Line[];
  charges: { id: string; description: string; amount: string; taxRate: string }[];
  totals: { currency: string; net: string; discount: string; charges: string; taxBase: string; tax: { rate: string; base: string; amount: string }[]; total: string };
  [field: string]: unknown;
};

export type DeliveryBody = {
  id: string;
  version: number;
  number: string;
  orderId: string;
  accountId: string;
  ownerId: string;
  deliveredOn: string;
  notes: string;
  lines: { id: string; orderLineId: string; description: string; quantity: string; unit: string }[];
};

/**
 * A pending order the real way: an account, an opportunity and a quote of `session`, sent and accepted.
 * `quote` is the quote body (lines, charges, paymentTerms, …).
 */
export async function newOrder(h: Harness, session: Session, quote: Record<string, unknown> = {}): Promise<OrderBody> {
  const account = await newAccount(h, session);
  const opportunity = await newOpportunity(h, session, account.id, { amount: { amount: '1000.00', currency: 'EUR' } });
  const accepted = await acceptedQuote(h, session, opportunity.id, quote);
  const res = await call(h.app, 'GET', `/api/v1/orders/${accepted.orderId}`, { session });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as OrderBody;
}

/** A credit assessment as billing would make it, with the rating and allowed terms a test needs. */
export function assessment(accountId: string, rating: CreditAssessment['rating'], allowedTerms: PaymentTerms[], pending = '0.00'): CreditAssessment {
  return {
    accountId,
    currency: 'EUR',
    wonRevenue: '0.00',
    invoicedRevenue: '0.00',
    invoicesPaidOnTime: 0,
    invoicesPaidLate: 0,
    latePaymentPercent: '0',
    openBalance: '0.00',
    overdueBalance: '0.00',
    pendingAmount: pending,
    creditLimit: null,
    creditUsePercent: null,
    rating,
    allowedTerms,
    checks: [],
    assessedAt: '2026-01-01T00:00:00.000Z',
  };
}

/** A stand-in for billing's credit check: answers `current` (rating and terms) and keeps every question it was asked. */
export function fakeCreditCheck(current: { rating: CreditAssessment['rating']; allowedTerms: PaymentTerms[] } = { rating: 'A', allowedTerms: ['prepayment', 'net_30', 'net_60'] }) {
  const asked: { accountId: string; amount: string; currency: string }[] = [];
  const check: CreditCheck = async (_ctx, accountId, pending) => {
    asked.push({ accountId, ...pending });
    return assessment(accountId, current.rating, current.allowedTerms, pending.amount);
  };
  return { check, asked, current };
}

/**
 * The orders routes on their own app, sharing the harness's database and sessions but with a stand-in credit
 * check: confirming orders is testable without billing.
 */
export async function ordersAppWithCredit(h: Harness, assessCredit: CreditCheck, clock: Clock = systemClock): Promise<App> {
  const config = readConfig({ ...process.env, VITEST: 'true', CICLO_WEB_DIR: '/nonexistent' });
  const deps = { db: h.db, pool: h.pool, clock, config };
  const { app } = await createHttpServer({ ...deps, authenticate: authenticator(deps) });
  ordersRoutes(app, { assessCredit });
  await app.ready();
  return app;
}

/** Runs a use case in one transaction as the signed-in `session` (for what billing calls without HTTP). */
export async function asUser<T>(h: Harness, session: Session, fn: (ctx: Ctx) => Promise<T>, clock: Clock = systemClock): Promise<T> {
  const { rows } = await h.owner.query<{ role: Role; team_id: string | null }>('select role, team_id from users where id = $1', [session.userId]);
  const actor = actorOf({ orgId: session.orgId, userId: session.userId, role: rows[0]!.role, teamId: rows[0]!.team_id });
  return withTenant(h.db, session.orgId, session.userId, (tx) => fn({ tx, actor, clock }));
}

/**
 * Everything orders of an organisation have written: rows and versions, delivered and invoiced quantities,
 * deliveries, numbers taken and audit events; read with the owner connection. Equal before and after: nothing written.
 */
export async function ordersFootprint(h: Harness, orgId: string): Promise<Record<string, number | string>> {
  const { rows } = await h.owner.query<Record<string, number | string>>(
    `select
       (select count(*) from orders where org_id = $1)::int as orders,
       (select coalesce(sum(version), 0) from orders where org_id = $1)::int as "orderVersions",
       (select coalesce(sum(delivered_quantity), 0) from order_lines where org_id = $1)::text as delivered,
       (select coalesce(sum(invoiced_quantity), 0) from order_lines where org_id = $1)::text as invoiced,
       (select count(*) from deliveries where org_id = $1)::int as deliveries,
       (select count(*) from delivery_lines where org_id = $1)::int as "deliveryLines",
       (select coalesce(sum(invoiced_quantity), 0) from delivery_lines where org_id = $1)::text as "deliveryInvoiced",
       (select coalesce(sum(last_value), 0) from document_sequences where org_id = $1)::int as numbers,
       (select count(*) from audit_events where org_id = $1)::int as "auditEvents"`,
    [orgId],
  );
  return rows[0]!;
}
