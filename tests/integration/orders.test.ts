import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/server/platform/http/server.js';
import { closeOrderIfSettled, createOrderFromQuote, loadBillableDelivery, loadBillableOrder, recordInvoicedQuantities } from '../../src/server/modules/orders/index.js';
import { call, expectProblem, startHarness, type Harness, type Response, type Session } from '../support/harness.js';
import { asUser, fakeCreditCheck, newOrder, ordersAppWithCredit, ordersFootprint, type DeliveryBody, type OrderBody } from '../support/orders.js';
import { freeLine, newQuote } from '../support/quotes.js';
import { newAccount, newContact, newOpportunity, salesOrganization, type SalesOrganization } from '../support/sales-org.js';

let h: Harness;
let o: SalesOrganization;
/** The orders routes with a stand-in credit check (billing's real one is wired in app.ts). */
let seam: App;
const credit = fakeCreditCheck();

beforeAll(async () => {
  h = await startHarness();
  o = await salesOrganization(h);
  seam = await ordersAppWithCredit(h, credit.check);
});
afterAll(async () => {
  await seam?.close();
  await h?.close();
});

type AuditEvent = { action: string; actorUserId: string | null; changes: Record<string, { before: unknown; after: unknown }> };

const today = () => new Date().toISOString().slice(0, 10);
const tomorrow = () => new Date(Date.now() + 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
const url = (id: string, action = '') => `/api/v1/orders/${id}${action ? `/${action}` : ''}`;
const get = (session: Session, path: string) => call(h.app, 'GET', path, { session });
const patch = (session: Session, id: string, body: unknown, headers: Record<string, string> = {}) => call(h.app, 'PATCH', url(id), { session, body, headers });
const action = (session: Session, id: string, name: 'cancel' | 'close', body?: unknown, headers: Record<string, string> = {}) =>
  call(h.app, 'POST', url(id, name), { session, body, headers });
const signed = () => ({ contractSignedAt: today(), signedBy: 'Carmen Client' });
/** Confirms through the seam app, whose credit check answers what `credit.current` says. */
const confirm = (session: Session, id: string, body: unknown = signed(), headers: Record<string, string> = {}) => call(seam, 'POST', url(id, 'confirm'), { session, body, headers });
const deliver = (session: Session, orderId: string, lines: { orderLineId: string; quantity: string }[], extra: Record<string, unknown> = {}) =>
  call(h.app, 'POST', '/api/v1/deliveries', { session, body: { orderId, lines, ...extra } });

async function ok(res: Response | Promise<Response>, status = 200): Promise<Response> {
  const answered = await res;
  expect(answered.status, JSON.stringify(answered.body)).toBe(status);
  return answered;
}

/** Runs `request`, checks it answers `status` (and the failing field) and that orders wrote nothing. */
async function expectRefused(request: () => Promise<Response>, status: number, path?: string): Promise<Response> {
  const before = await ordersFootprint(h, o.orgId);
  const res = await request();
  expectProblem(res, status);
  if (path) expect(res.body.errors, JSON.stringify(res.body)).toEqual(expect.arrayContaining([expect.objectContaining({ path })]));
  expect(await ordersFootprint(h, o.orgId)).toEqual(before);
  return res;
}

async function timeline(session: Session, path: string): Promise<AuditEvent[]> {
  return (await ok(get(session, `${path}/timeline`))).body.data;
}

/** Two lines (2 × 100.00 at 21 %, 5 × 10.00 at 10 %) and net 30 terms, unless the quote body says otherwise. */
const twoLines = { lines: [freeLine, { description: 'Filter', quantity: '5', unitPrice: '10', taxRate: '10' }], paymentTerms: 'net_30' };

async function pendingOrder(session = o.repNorth, quote: Record<string, unknown> = twoLines): Promise<OrderBody> {
  return newOrder(h, session, quote);
}

async function confirmedOrder(session = o.repNorth, quote: Record<string, unknown> = twoLines): Promise<OrderBody> {
  const order = await pendingOrder(session, quote);
  return (await ok(confirm(session, order.id))).body;
}

describe('orders: created from an accepted quote', () => {
  it('copies lines, charges and terms, numbers it SO-year-nnnnn and computes EN 16931 totals', async () => {
    const account = await newAccount(h, o.repNorth);
    const contact = await newContact(h, o.repNorth, account.id);
    const opportunity = await newOpportunity(h, o.repNorth, account.id);
    const quote = {
      contactId: contact.id,
      currency: 'EUR',
      paymentTerms: 'net_60',
      deliveryTerms: 'Ex works',
      discountPercent: '5',
      notes: 'Handle with care',
      lines: [freeLine, { description: 'Filter', quantity: '3', unitPrice: '10.50', discountPercent: '10', taxRate: '10', unit: 'box' }],
      charges: [{ description: 'Shipping', amount: '15.00', taxRate: '21' }],
    };
    const sent = await newQuote(h, o.repNorth, opportunity.id, quote);
    await ok(call(h.app, 'POST', `/api/v1/quotes/${sent.id}/send`, { session: o.repNorth }));
    const accepted = await ok(call(h.app, 'POST', `/api/v1/quotes/${sent.id}/accept`, { session: o.repNorth }));
    const res = await ok(get(o.repNorth, url(accepted.body.orderId)));
    expect(res.headers.etag).toBe('"1"');
    expect(res.body).toMatchObject({
      version: 1,
      number: expect.stringMatching(new RegExp(`^SO-${new Date().getUTCFullYear()}-\\d{5}$`)),
      quoteId: sent.id,
      opportunityId: opportunity.id,
      accountId: account.id,
      contactId: contact.id,
      ownerId: o.repNorth.userId,
      currency: 'EUR',
      orderDate: today(),
      paymentTerms: 'net_60',
      deliveryTerms: 'Ex works',
      discountPercent: '5',
      notes: 'Handle with care',
      status: 'pending',
      contractSignedAt: null,
      confirmedAt: null,
      creditAtConfirmation: null,
      creditApprovedBy: null,
      cancelledAt: null,
      // 21 %: 200.00 − 5 % = 190.00 + 15.00 → 205.00, tax 43.05; 10 %: 3 × 10.50 − 10 % = 28.35 − 1.42 → 26.93, tax 2.69
      totals: {
        currency: 'EUR',
        net: '228.35',
        discount: '11.42',
        charges: '15.00',
        taxBase: '231.93',
        tax: [
          { rate: '21', base: '205.00', amount: '43.05' },
          { rate: '10', base: '26.93', amount: '2.69' },
        ],
        total: '277.67',
      },
    });
    expect(res.body.totals).toEqual(accepted.body.totals);
    expect(res.body.lines).toEqual([
      { id: expect.any(String), position: 1, productId: null, sku: null, description: 'Consulting day', quantity: '2', unit: 'unit', unitPrice: '100.00', discountPercent: '0', taxRate: '21', netAmount: '200.00', deliveredQuantity: '0', invoicedQuantity: '0' },
      { id: expect.any(String), position: 2, productId: null, sku: null, description: 'Filter', quantity: '3', unit: 'box', unitPrice: '10.50', discountPercent: '10', taxRate: '10', netAmount: '28.35', deliveredQuantity: '0', invoicedQuantity: '0' },
    ]);
    expect(res.body.charges).toEqual([{ id: expect.any(String), description: 'Shipping', amount: '15.00', taxRate: '21' }]);
    const events = await timeline(o.repNorth, url(res.body.id));
    expect(events).toEqual([expect.objectContaining({ action: 'create', actorUserId: o.repNorth.userId })]);
    expect(events[0]!.changes).toMatchObject({ number: { before: null, after: res.body.number }, status: { before: null, after: 'pending' } });
  });

  it('takes consecutive numbers and today’s date in the caller’s transaction (createOrderFromQuote)', async () => {
    const first = await pendingOrder();
    const account = await newAccount(h, o.repNorth);
    const opportunity = await newOpportunity(h, o.repNorth, account.id);
    const quote = await newQuote(h, o.repNorth, opportunity.id);
    const created = await asUser(h, o.managerNorth, (ctx) =>
      createOrderFromQuote(ctx, {
        quoteId: quote.id,
        opportunityId: opportunity.id,
        accountId: account.id,
        contactId: null,
        ownerId: o.repNorth.userId,
        currency: 'USD',
        paymentTerms: 'prepayment',
        deliveryTerms: '',
        discountPercent: '0',
        notes: '',
        lines: [{ productId: null, sku: 'X-1', description: 'Thing', quantity: '1.5', unit: 'kg', unitPrice: '0.125', discountPercent: '0', taxRate: '0' }],
        charges: [],
      }),
    );
    const [year, serial] = first.number.split('-').slice(1);
    expect(created.number).toBe(`SO-${year}-${String(Number(serial) + 1).padStart(5, '0')}`);
    const order = (await ok(get(o.repNorth, url(created.id)))).body as OrderBody;
    expect(order).toMatchObject({ ownerId: o.repNorth.userId, currency: 'USD', status: 'pending', totals: { net: '0.19', total: '0.19' } });
    expect(order.lines[0]).toMatchObject({ sku: 'X-1', quantity: '1.5', unit: 'kg', unitPrice: '0.125', netAmount: '0.19' });
    expect((await timeline(o.managerNorth, url(created.id)))[0]).toMatchObject({ action: 'create', actorUserId: o.managerNorth.userId });
  });

  it('offers no POST /orders (orders come from accepted quotes), and documents the routes it has', async () => {
    expect((await call(h.app, 'POST', '/api/v1/orders', { session: o.admin, body: {} })).status).toBe(404);
    const paths = Object.keys((await ok(call(h.app, 'GET', '/api/v1/openapi.json'))).body.paths);
    expect(paths).toEqual(expect.arrayContaining(['/api/v1/orders', '/api/v1/orders/{id}/confirm', '/api/v1/orders/{id}/cancel', '/api/v1/orders/{id}/close', '/api/v1/deliveries', '/api/v1/deliveries/{id}']));
  });
});

describe('orders: list, read and visibility', () => {
  let north: OrderBody;
  let south: OrderBody;
  beforeAll(async () => {
    north = await pendingOrder(o.repNorth2);
    south = await pendingOrder(o.repSouth);
  });

  const ids = async (session: Session, query = '') => ((await ok(get(session, `/api/v1/orders?limit=200${query}`))).body.data as OrderBody[]).map((r) => r.id);

  it('shows a rep their own orders, a manager the team’s, finance and admins all, and lists summaries without lines', async () => {
    expect(await ids(o.repNorth2)).toContain(north.id);
    expect(await ids(o.repNorth2)).not.toContain(south.id);
    expect(await ids(o.managerNorth)).toEqual(expect.arrayContaining([north.id]));
    expect(await ids(o.managerNorth)).not.toContain(south.id);
    expect(await ids(o.finance)).toEqual(expect.arrayContaining([north.id, south.id]));
    const page = await ok(get(o.admin, `/api/v1/orders?filter[accountId]=${south.accountId}`));
    expect(page.body.data).toEqual([expect.objectContaining({ id: south.id, number: south.number, totals: south.totals })]);
    expect(page.body.data[0].lines).toBeUndefined();
  });

  it('answers 404 to a rep of another team on every route of the order', async () => {
    expectProblem(await get(o.repSouth, url(north.id)), 404);
    expectProblem(await get(o.repSouth, `${url(north.id)}/timeline`), 404);
    await expectRefused(() => patch(o.repSouth, north.id, { notes: 'mine' }), 404);
    await expectRefused(() => confirm(o.repSouth, north.id), 404);
    await expectRefused(() => action(o.repSouth, north.id, 'cancel', {}), 404);
    await expectRefused(() => deliver(o.repSouth, north.id, [{ orderLineId: north.lines[0]!.id, quantity: '1' }]), 422, 'orderId');
    expect((await ok(get(o.managerNorth, url(north.id)))).body.id).toBe(north.id);
  });

  it.each([
    ['status', 'pending', true],
    ['status', 'delivered', false],
    ['ownerId', 'owner', true],
    ['quoteId', 'quote', true],
    ['opportunityId', 'opportunity', true],
  ])('filters by %s', async (field, value, found) => {
    const given = value === 'owner' ? north.ownerId : value === 'quote' ? north.quoteId : value === 'opportunity' ? north.opportunityId : value;
    expect((await ids(o.admin, `&filter[${field}]=${given}`)).includes(north.id)).toBe(found);
  });

  it('searches by number and sorts by number, total and order date', async () => {
    expect(await ids(o.admin, `&q=${north.number}`)).toEqual([north.id]);
    for (const sort of ['number', '-number', 'total', '-orderDate', 'createdAt']) {
      const res = await ok(get(o.admin, `/api/v1/orders?limit=1&sort=${sort}`));
      expect(res.body.data).toHaveLength(1);
      const next = await ok(get(o.admin, `/api/v1/orders?limit=1&sort=${sort}&cursor=${res.body.nextCursor}`));
      expect(next.body.data[0].id).not.toBe(res.body.data[0].id);
    }
    expectProblem(await get(o.admin, '/api/v1/orders?sort=notes'), 400);
  });
});

describe('orders: change a pending order', () => {
  it('changes terms, notes and contact with If-Match, bumping the version and auditing the change', async () => {
    const order = await pendingOrder();
    const contact = await newContact(h, o.repNorth, order.accountId);
    const res = await ok(patch(o.repNorth, order.id, { paymentTerms: 'net_15', deliveryTerms: 'By truck', notes: 'Call first', contactId: contact.id }, { 'if-match': '"1"' }));
    expect(res.headers.etag).toBe('"2"');
    expect(res.body).toMatchObject({ version: 2, paymentTerms: 'net_15', deliveryTerms: 'By truck', notes: 'Call first', contactId: contact.id });
    const [update] = await timeline(o.repNorth, url(order.id));
    expect(update).toMatchObject({ action: 'update', changes: { paymentTerms: { before: 'net_30', after: 'net_15' }, notes: { before: '', after: 'Call first' } } });
  });

  it('refuses a stale If-Match (412), another account’s contact and unknown fields (422), writing nothing', async () => {
    const order = await pendingOrder();
    await ok(patch(o.repNorth, order.id, { notes: 'first' }));
    const stale = await expectRefused(() => patch(o.repNorth, order.id, { notes: 'second' }, { 'if-match': '"1"' }), 412);
    expect(stale.body.currentVersion).toBe(2);
    const elsewhere = await newContact(h, o.repNorth, (await newAccount(h, o.repNorth)).id);
    await expectRefused(() => patch(o.repNorth, order.id, { contactId: elsewhere.id }), 422, 'contactId');
    await expectRefused(() => patch(o.repNorth, order.id, { lines: [] }), 422, 'lines');
    await expectRefused(() => patch(o.repNorth, order.id, { paymentTerms: 'net_1000' }), 422, 'paymentTerms');
  });

  it('refuses to change an order once confirmed (409 naming the state)', async () => {
    const order = await confirmedOrder();
    const res = await expectRefused(() => patch(o.repNorth, order.id, { notes: 'late' }), 409);
    expect(res.body).toMatchObject({ code: 'invalid_state', state: 'confirmed' });
  });
});

describe('orders: confirm with the contract and the credit check', () => {
  it('confirms a pending order, storing the assessment, the contract and who confirmed it', async () => {
    credit.current.rating = 'A';
    credit.current.allowedTerms = ['prepayment', 'net_30'];
    const order = await pendingOrder();
    const res = await ok(confirm(o.repNorth, order.id, { ...signed(), contractReference: 'DMS-42' }, { 'if-match': '"1"' }));
    expect(res.headers.etag).toBe('"2"');
    expect(res.body).toMatchObject({
      status: 'confirmed',
      version: 2,
      contractSignedAt: today(),
      signedBy: 'Carmen Client',
      contractReference: 'DMS-42',
      confirmedAt: expect.any(String),
      confirmedBy: o.repNorth.userId,
      creditApprovedBy: null,
      creditAtConfirmation: { accountId: order.accountId, rating: 'A', allowedTerms: ['prepayment', 'net_30'], pendingAmount: order.totals.total },
    });
    expect(credit.asked.at(-1)).toEqual({ accountId: order.accountId, amount: order.totals.total, currency: 'EUR' });
    expect((await ok(get(o.repNorth, url(order.id)))).body.creditAtConfirmation.rating).toBe('A');
    const [event] = await timeline(o.repNorth, url(order.id));
    expect(event).toMatchObject({ action: 'transition', actorUserId: o.repNorth.userId, changes: { status: { before: 'pending', after: 'confirmed' }, creditRating: { before: null, after: 'A' } } });
  });

  describe('payment terms the rating does not allow', () => {
    let order: OrderBody;
    beforeAll(async () => {
      order = await pendingOrder();
      credit.current.rating = 'D';
      credit.current.allowedTerms = ['prepayment'];
    });
    afterAll(() => {
      credit.current.rating = 'A';
      credit.current.allowedTerms = ['prepayment', 'on_delivery', 'net_15', 'net_30', 'net_45', 'net_60', 'net_90'];
    });

    it('answer 409 naming the rating and the allowed terms', async () => {
      const res = await expectRefused(() => confirm(o.repNorth, order.id), 409);
      expect(res.body).toMatchObject({ code: 'conflict', rating: 'D', allowedTerms: ['prepayment'] });
      expect(res.body.detail).toContain('D');
      expect(res.body.detail).toContain('prepayment');
    });

    it('cannot be approved by a rep (403), nor confirmed by support at all (403)', async () => {
      await expectRefused(() => confirm(o.repNorth, order.id, { ...signed(), approveCreditException: true }), 403);
      await expectRefused(() => confirm(o.support, order.id, { ...signed(), approveCreditException: true }), 403);
    });

    it.each(['managerNorth', 'finance'] as const)('are approved by %s, who is recorded as creditApprovedBy', async (who) => {
      const own = await pendingOrder();
      const res = await ok(confirm(o[who], own.id, { ...signed(), approveCreditException: true }));
      expect(res.body).toMatchObject({ status: 'confirmed', confirmedBy: o[who].userId, creditApprovedBy: o[who].userId, creditAtConfirmation: { rating: 'D' } });
    });
  });

  it('refuses a contract signed in the future (422 contractSignedAt), a stale If-Match (412) and an order not pending (409)', async () => {
    const order = await pendingOrder();
    await expectRefused(() => confirm(o.repNorth, order.id, { contractSignedAt: tomorrow(), signedBy: 'Carmen' }), 422, 'contractSignedAt');
    await expectRefused(() => confirm(o.repNorth, order.id, { contractSignedAt: today() }), 422, 'signedBy');
    await expectRefused(() => confirm(o.repNorth, order.id, signed(), { 'if-match': '"7"' }), 412);
    await ok(confirm(o.repNorth, order.id));
    const again = await expectRefused(() => confirm(o.repNorth, order.id), 409);
    expect(again.body).toMatchObject({ code: 'invalid_state', state: 'confirmed' });
  });

  it('uses billing’s real credit check in the app: a new customer’s rating does not allow net 90 unless a manager approves', async () => {
    const order = await pendingOrder(o.repNorth, { ...twoLines, paymentTerms: 'net_90' });
    const confirmReal = (session: Session, body: unknown) => call(h.app, 'POST', url(order.id, 'confirm'), { session, body });
    const refused = await expectRefused(() => confirmReal(o.repNorth, signed()), 409);
    expect(refused.body).toMatchObject({ code: 'conflict', rating: expect.any(String), allowedTerms: expect.any(Array) });
    expect(refused.body.allowedTerms).not.toContain('net_90');
    await expectRefused(() => confirmReal(o.repNorth, { ...signed(), approveCreditException: true }), 403);
    const res = await ok(confirmReal(o.managerNorth, { ...signed(), approveCreditException: true }));
    expect(res.body).toMatchObject({
      status: 'confirmed',
      creditApprovedBy: o.managerNorth.userId,
      creditAtConfirmation: { accountId: order.accountId, rating: refused.body.rating, allowedTerms: refused.body.allowedTerms },
    });
  });
});

describe('deliveries', () => {
  it('are recorded by support, who sees every order it must fulfil but not the invoices', async () => {
    const order = await confirmedOrder();
    expect((await get(o.support, url(order.id))).status).toBe(200);
    const made = await ok(deliver(o.support, order.id, order.lines.map((l) => ({ orderLineId: l.id, quantity: l.quantity }))), 201);
    expect(made.body.ownerId).toBe(order.ownerId);
    expect(((await ok(get(o.support, url(order.id)))).body as OrderBody).status).toBe('delivered');
  });

  it('delivers part of an order, then the rest: partially delivered, then delivered', async () => {
    const order = await confirmedOrder();
    const [consulting, filter] = order.lines;
    const first = await ok(deliver(o.repNorth, order.id, [{ orderLineId: consulting!.id, quantity: '1' }, { orderLineId: filter!.id, quantity: '2.5' }], { notes: 'Dock 3' }), 201);
    expect(first.body).toEqual({
      id: expect.any(String),
      version: 1,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      archivedAt: null,
      number: expect.stringMatching(new RegExp(`^DN-${new Date().getUTCFullYear()}-\\d{5}$`)),
      orderId: order.id,
      accountId: order.accountId,
      ownerId: order.ownerId,
      deliveredOn: today(),
      notes: 'Dock 3',
      lines: [
        { id: expect.any(String), orderLineId: consulting!.id, description: 'Consulting day', quantity: '1', unit: 'unit' },
        { id: expect.any(String), orderLineId: filter!.id, description: 'Filter', quantity: '2.5', unit: 'unit' },
      ],
    });
    const partly = (await ok(get(o.repNorth, url(order.id)))).body as OrderBody;
    expect(partly.status).toBe('partially_delivered');
    expect(partly.lines.map((l) => l.deliveredQuantity)).toEqual(['1', '2.5']);

    const second = await ok(deliver(o.repNorth, order.id, [{ orderLineId: filter!.id, quantity: '2.5' }, { orderLineId: consulting!.id, quantity: '1' }]), 201);
    const done = (await ok(get(o.repNorth, url(order.id)))).body as OrderBody;
    expect(done.status).toBe('delivered');
    expect(done.lines.map((l) => l.deliveredQuantity)).toEqual(['2', '5']);
    expect(second.body.number).not.toBe(first.body.number);

    const listed = await ok(get(o.repNorth, `/api/v1/deliveries?filter[orderId]=${order.id}&sort=createdAt`));
    expect(listed.body.data.map((d: DeliveryBody) => d.id)).toEqual([first.body.id, second.body.id]);
    expect((await ok(get(o.repNorth, `/api/v1/deliveries?filter[accountId]=${order.accountId}`))).body.data).toHaveLength(2);
    expect((await ok(get(o.repNorth, `/api/v1/deliveries/${first.body.id}`))).body).toEqual(first.body);
    expect(await timeline(o.repNorth, `/api/v1/deliveries/${first.body.id}`)).toEqual([expect.objectContaining({ action: 'create', actorUserId: o.repNorth.userId })]);
    expect((await timeline(o.repNorth, url(order.id))).map((e) => [e.action, e.changes.status?.after])).toEqual([
      ['transition', 'delivered'],
      ['transition', 'partially_delivered'],
      ['transition', 'confirmed'],
      ['create', 'pending'],
    ]);
  });

  it('keeps deliveries to those who see the order, and offers no PATCH or DELETE', async () => {
    const order = await confirmedOrder();
    const made = await ok(deliver(o.repNorth, order.id, [{ orderLineId: order.lines[0]!.id, quantity: '1' }]), 201);
    expectProblem(await get(o.repSouth, `/api/v1/deliveries/${made.body.id}`), 404);
    expect((await ok(get(o.repSouth, `/api/v1/deliveries?filter[orderId]=${order.id}`))).body.data).toEqual([]);
    expect((await ok(get(o.managerNorth, `/api/v1/deliveries/${made.body.id}`))).body.id).toBe(made.body.id);
    expect((await call(h.app, 'PATCH', `/api/v1/deliveries/${made.body.id}`, { session: o.admin, body: { notes: 'x' } })).status).toBe(404);
    expect((await call(h.app, 'DELETE', `/api/v1/deliveries/${made.body.id}`, { session: o.admin })).status).toBe(404);
    await expectRefused(() => deliver(o.finance, order.id, [{ orderLineId: order.lines[0]!.id, quantity: '1' }]), 403);
  });

  describe('refuses what cannot be delivered (nothing written)', () => {
    let order: OrderBody;
    beforeAll(async () => {
      order = await confirmedOrder();
      await ok(deliver(o.repNorth, order.id, [{ orderLineId: order.lines[0]!.id, quantity: '1' }]), 201);
    });

    it('more than remains of a line: 422 on lines.N.quantity saying how much remains', async () => {
      const res = await expectRefused(() => deliver(o.repNorth, order.id, [{ orderLineId: order.lines[1]!.id, quantity: '1' }, { orderLineId: order.lines[0]!.id, quantity: '1.5' }]), 422, 'lines.1.quantity');
      expect(res.body.errors).toEqual([{ path: 'lines.1.quantity', message: 'at most 1 remain to deliver' }]);
    });

    it.each([
      ['a line of another order', () => [{ orderLineId: '00000000-0000-4000-8000-000000000000', quantity: '1' }], 'lines.0.orderLineId'],
      ['the same line twice', () => [{ orderLineId: order.lines[1]!.id, quantity: '1' }, { orderLineId: order.lines[1]!.id, quantity: '1' }], 'lines.1.orderLineId'],
      ['a quantity of zero', () => [{ orderLineId: order.lines[1]!.id, quantity: '0' }], 'lines.0.quantity'],
      ['no lines', () => [], 'lines'],
    ])('%s: 422', async (_case, lines, path) => {
      await expectRefused(() => deliver(o.repNorth, order.id, lines()), 422, path);
    });

    it('a delivery dated in the future: 422 deliveredOn', async () => {
      await expectRefused(() => deliver(o.repNorth, order.id, [{ orderLineId: order.lines[1]!.id, quantity: '1' }], { deliveredOn: tomorrow() }), 422, 'deliveredOn');
    });

    it('an order that is pending or cancelled: 409 naming the state', async () => {
      const pending = await pendingOrder();
      const res = await expectRefused(() => deliver(o.repNorth, pending.id, [{ orderLineId: pending.lines[0]!.id, quantity: '1' }]), 409);
      expect(res.body).toMatchObject({ code: 'invalid_state', state: 'pending' });
      await ok(action(o.repNorth, pending.id, 'cancel', {}));
      expect((await expectRefused(() => deliver(o.repNorth, pending.id, [{ orderLineId: pending.lines[0]!.id, quantity: '1' }]), 409)).body.state).toBe('cancelled');
    });
  });

  it('lets exactly one of two concurrent deliveries through when together they exceed the order', async () => {
    const order = await confirmedOrder(o.repNorth, { lines: [{ description: 'Pump', quantity: '5', unitPrice: '100', taxRate: '21' }], paymentTerms: 'net_30' });
    const line = order.lines[0]!.id;
    const results = await Promise.all([deliver(o.repNorth, order.id, [{ orderLineId: line, quantity: '3' }]), deliver(o.repNorth, order.id, [{ orderLineId: line, quantity: '3' }])]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 422]);
    const refused = results.find((r) => r.status === 422)!;
    expect(refused.body.errors).toEqual([{ path: 'lines.0.quantity', message: 'at most 2 remain to deliver' }]);
    const after = (await ok(get(o.repNorth, url(order.id)))).body as OrderBody;
    expect(after).toMatchObject({ status: 'partially_delivered', lines: [expect.objectContaining({ deliveredQuantity: '3' })] });
    expect((await ok(get(o.repNorth, `/api/v1/deliveries?filter[orderId]=${order.id}`))).body.data).toHaveLength(1);
  });
});

describe('orders: cancel, close and archive', () => {
  it('cancels a pending order, or a confirmed one with nothing delivered, with the reason', async () => {
    const pending = await pendingOrder();
    const res = await ok(action(o.repNorth, pending.id, 'cancel', { reason: 'Customer withdrew' }, { 'if-match': '"1"' }));
    expect(res.body).toMatchObject({ status: 'cancelled', cancelReason: 'Customer withdrew', cancelledAt: expect.any(String), version: 2 });
    const confirmed = await confirmedOrder();
    expect((await ok(action(o.repNorth, confirmed.id, 'cancel'))).body).toMatchObject({ status: 'cancelled', cancelReason: '' });
    expect((await timeline(o.repNorth, url(confirmed.id)))[0]).toMatchObject({ action: 'transition', changes: { status: { before: 'confirmed', after: 'cancelled' } } });
  });

  it('refuses to cancel a delivered, invoiced or already cancelled order (409), and a stale If-Match (412)', async () => {
    const delivered = await confirmedOrder();
    await ok(deliver(o.repNorth, delivered.id, [{ orderLineId: delivered.lines[0]!.id, quantity: '1' }]), 201);
    expect((await expectRefused(() => action(o.repNorth, delivered.id, 'cancel', {}), 409)).body.state).toBe('partially_delivered');

    const invoiced = await confirmedOrder();
    await asUser(h, o.finance, (ctx) => recordInvoicedQuantities(ctx, invoiced.id, [{ orderLineId: invoiced.lines[0]!.id, quantity: '1' }]));
    expect((await expectRefused(() => action(o.repNorth, invoiced.id, 'cancel', {}), 409)).body.state).toBe('confirmed');

    const pending = await pendingOrder();
    await expectRefused(() => action(o.repNorth, pending.id, 'cancel', {}, { 'if-match': '"3"' }), 412);
    await ok(action(o.repNorth, pending.id, 'cancel', {}));
    expect((await expectRefused(() => action(o.repNorth, pending.id, 'cancel', {}), 409)).body.state).toBe('cancelled');
  });

  it('closes a delivered order by hand, and only a delivered one', async () => {
    const order = await confirmedOrder();
    expect((await expectRefused(() => action(o.repNorth, order.id, 'close'), 409)).body.state).toBe('confirmed');
    await ok(deliver(o.repNorth, order.id, order.lines.map((l) => ({ orderLineId: l.id, quantity: l.quantity }))), 201);
    const res = await ok(action(o.repNorth, order.id, 'close'));
    expect(res.body.status).toBe('closed');
    expect((await timeline(o.repNorth, url(order.id)))[0]).toMatchObject({ action: 'transition', changes: { status: { before: 'delivered', after: 'closed' } } });
  });

  it('archives only a cancelled or closed order; archived orders leave the default list', async () => {
    const order = await confirmedOrder();
    expect((await expectRefused(() => call(h.app, 'DELETE', url(order.id), { session: o.repNorth }), 409)).body.state).toBe('confirmed');
    await ok(action(o.repNorth, order.id, 'cancel'));
    await ok(call(h.app, 'DELETE', url(order.id), { session: o.repNorth }), 204);
    const listed = async (query: string) => ((await ok(get(o.repNorth, `/api/v1/orders?limit=200${query}`))).body.data as OrderBody[]).map((r) => r.id);
    expect(await listed('')).not.toContain(order.id);
    expect(await listed('&archived=only')).toContain(order.id);
    expect((await timeline(o.repNorth, url(order.id)))[0]).toMatchObject({ action: 'archive', changes: { archivedAt: { before: null, after: expect.any(String) } } });
  });
});

describe('what billing uses', () => {
  it('loads a billable order and delivery with what was delivered and invoiced; 404 when not visible', async () => {
    const order = await confirmedOrder();
    const made = await ok(deliver(o.repNorth, order.id, [{ orderLineId: order.lines[1]!.id, quantity: '2' }]), 201);
    const billable = await asUser(h, o.finance, (ctx) => loadBillableOrder(ctx, order.id, { forUpdate: true }));
    expect(billable).toMatchObject({ id: order.id, number: order.number, status: 'partially_delivered', version: 3, totals: order.totals, paymentTerms: 'net_30' });
    expect(billable.lines.map((l) => [l.quantity, l.deliveredQuantity, l.invoicedQuantity, l.netAmount])).toEqual([
      ['2', '0', '0', '200.00'],
      ['5', '2', '0', '50.00'],
    ]);
    const billableDelivery = await asUser(h, o.finance, (ctx) => loadBillableDelivery(ctx, made.body.id));
    expect(billableDelivery).toEqual({ id: made.body.id, number: made.body.number, orderId: order.id, deliveredOn: today(), lines: [{ id: made.body.lines[0].id, orderLineId: order.lines[1]!.id, quantity: '2', invoicedQuantity: '0' }] });
    await expect(asUser(h, o.repSouth, (ctx) => loadBillableOrder(ctx, order.id))).rejects.toMatchObject({ code: 'not_found' });
    await expect(asUser(h, o.repSouth, (ctx) => loadBillableDelivery(ctx, made.body.id))).rejects.toMatchObject({ code: 'not_found' });
  });

  it('records invoiced quantities on order and delivery lines, and credit notes take them back; never beyond 0..quantity (409)', async () => {
    const order = await confirmedOrder();
    const made = await ok(deliver(o.repNorth, order.id, [{ orderLineId: order.lines[1]!.id, quantity: '2' }]), 201);
    const deliveryLine = made.body.lines[0].id as string;
    const invoice = (lines: { orderLineId: string; quantity: string; deliveryLineId?: string }[]) => asUser(h, o.finance, (ctx) => recordInvoicedQuantities(ctx, order.id, lines));

    await invoice([{ orderLineId: order.lines[1]!.id, quantity: '2', deliveryLineId: deliveryLine }, { orderLineId: order.lines[0]!.id, quantity: '1' }]);
    let read = (await ok(get(o.repNorth, url(order.id)))).body as OrderBody;
    expect(read.lines.map((l) => l.invoicedQuantity)).toEqual(['1', '2']);
    expect((await asUser(h, o.finance, (ctx) => loadBillableDelivery(ctx, made.body.id))).lines[0]!.invoicedQuantity).toBe('2');

    const before = await ordersFootprint(h, o.orgId);
    await expect(invoice([{ orderLineId: order.lines[1]!.id, quantity: '1', deliveryLineId: deliveryLine }])).rejects.toMatchObject({ code: 'conflict' });
    await expect(invoice([{ orderLineId: order.lines[0]!.id, quantity: '1.0001' }])).rejects.toMatchObject({ code: 'conflict' });
    await expect(invoice([{ orderLineId: order.lines[0]!.id, quantity: '-2' }])).rejects.toMatchObject({ code: 'conflict' });
    await expect(invoice([{ orderLineId: order.lines[0]!.id, quantity: '1' }, { orderLineId: order.lines[0]!.id, quantity: '0.5' }])).rejects.toMatchObject({ code: 'conflict' });
    await expect(invoice([{ orderLineId: '00000000-0000-4000-8000-000000000000', quantity: '1' }])).rejects.toMatchObject({ code: 'validation', errors: [{ path: 'lines.0.orderLineId' }] });
    await expect(invoice([{ orderLineId: order.lines[0]!.id, quantity: '1', deliveryLineId: deliveryLine }])).rejects.toMatchObject({ code: 'validation', errors: [{ path: 'lines.0.deliveryLineId' }] });
    expect(await ordersFootprint(h, o.orgId)).toEqual(before);

    await invoice([{ orderLineId: order.lines[1]!.id, quantity: '-2', deliveryLineId: deliveryLine }]);
    read = (await ok(get(o.repNorth, url(order.id)))).body as OrderBody;
    expect(read.lines.map((l) => l.invoicedQuantity)).toEqual(['1', '0']);
    expect((await timeline(o.repNorth, url(order.id)))[0]).toMatchObject({ action: 'update', actorUserId: o.finance.userId, changes: { lines: expect.any(Object) } });
  });

  it('closes a delivered order when billing reports it settled and every line is invoiced; otherwise leaves it', async () => {
    const order = await confirmedOrder();
    const all = order.lines.map((l) => ({ orderLineId: l.id, quantity: l.quantity }));
    const settle = (paid: boolean) => asUser(h, o.finance, (ctx) => closeOrderIfSettled(ctx, order.id, paid));
    const status = async () => ((await ok(get(o.repNorth, url(order.id)))).body as OrderBody).status;

    await asUser(h, o.finance, (ctx) => recordInvoicedQuantities(ctx, order.id, all));
    await settle(true);
    expect(await status()).toBe('confirmed');
    await ok(deliver(o.repNorth, order.id, all), 201);
    await settle(false);
    expect(await status()).toBe('delivered');
    await settle(true);
    expect(await status()).toBe('closed');
    expect((await timeline(o.repNorth, url(order.id)))[0]).toMatchObject({ action: 'transition', actorUserId: o.finance.userId, changes: { status: { before: 'delivered', after: 'closed' } } });
  });
});
