import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/server/kernel/clock.js';
import { call, expectProblem, startHarness, type Harness, type Response, type Session } from '../support/harness.js';
import { catalogDefaults, newPriceList, newProduct, newTaxRate, putPrice, type PriceListBody, type ProductBody } from '../support/catalog.js';
import { freeLine, newQuote, quoteAction, quotesFootprint, sentQuote, type QuoteBody } from '../support/quotes.js';
import { newAccount, newContact, newOpportunity, salesOrganization, type SalesOrganization } from '../support/sales-org.js';

let h: Harness;
let o: SalesOrganization;
/** Quotes are issued "today": a fixed day keeps numbers and dates exact. */
const clock = fixedClock(new Date('2026-05-04T10:00:00.000Z'));
const today = '2026-05-04';
let generalList: PriceListBody;
let pump: ProductBody;
let filter: ProductBody;
let account: { id: string };
let contactId: string;
/** An open EUR opportunity of Rita (repNorth) with a contact; quotes of most tests hang from it. */
let dealId: string;

type AuditEvent = { action: string; actorUserId: string | null; changes: Record<string, { before: unknown; after: unknown }> };

const url = (id = '', action = '') => `/api/v1/quotes${id ? `/${id}` : ''}${action ? `/${action}` : ''}`;
const get = (session: Session, path: string) => call(h.app, 'GET', path, { session });
const create = (session: Session, body: Record<string, unknown>) => call(h.app, 'POST', url(), { session, body });
const patch = (session: Session, id: string, body: unknown, headers: Record<string, string> = {}) => call(h.app, 'PATCH', url(id), { session, body, headers });
const act = (session: Session, id: string, action: 'send' | 'accept' | 'reject' | 'revise' | 'expire', body?: unknown, headers?: Record<string, string>) =>
  quoteAction(h, session, id, action, body, headers);

async function ok(res: Response | Promise<Response>, status = 200): Promise<Response> {
  const answered = await res;
  expect(answered.status, JSON.stringify(answered.body)).toBe(status);
  return answered;
}

/** Runs `request` and checks it answers `status` (with the failing field when given) and writes nothing. */
async function expectRefused(request: () => Promise<Response>, status: number, path?: string): Promise<Response> {
  const before = await quotesFootprint(h, o.orgId);
  const res = await request();
  expectProblem(res, status);
  if (path) expect(res.body.errors, JSON.stringify(res.body)).toEqual(expect.arrayContaining([expect.objectContaining({ path })]));
  expect(await quotesFootprint(h, o.orgId)).toEqual(before);
  return res;
}

async function timeline(session: Session, id: string): Promise<AuditEvent[]> {
  return (await ok(get(session, url(id, 'timeline')))).body.data;
}

beforeAll(async () => {
  h = await startHarness({ clock });
  o = await salesOrganization(h);
  generalList = (await catalogDefaults(h, o.admin)).priceList;
  expect(generalList.currency).toBe('EUR');
  const reduced = await newTaxRate(h, o.admin, { name: 'Reduced', rate: '10' });
  pump = await newProduct(h, o.admin, { sku: 'PUMP-300', name: 'Industrial pump P300' }); // the default rate: 21 %
  filter = await newProduct(h, o.admin, { sku: 'FLT-10', name: 'Filter cartridge', unit: 'box', taxRateId: reduced.id });
  expect((await putPrice(h, o.admin, generalList.id, pump.id, '1250.00')).status).toBe(201);
  expect((await putPrice(h, o.admin, generalList.id, filter.id, '33.33')).status).toBe(201);
  account = await newAccount(h, o.repNorth, { paymentTerms: 'net_60' });
  contactId = (await newContact(h, o.repNorth, account.id)).id;
  dealId = (await newOpportunity(h, o.repNorth, account.id, { contactId, amount: { amount: '5000.00', currency: 'EUR' } })).id;
});
afterAll(() => h.close());

describe('quotes: create', () => {
  // The three-rate example of src/server/kernel/document-totals.test.ts, priced partly from the catalog.
  const threeRateBody = () => ({
    opportunityId: dealId,
    discountPercent: '3',
    deliveryTerms: 'Delivered to site',
    lines: [
      { productId: pump.id, quantity: '3', discountPercent: '5' },
      { productId: filter.id, quantity: '7' },
      { description: 'Operator training course', quantity: '2', unitPrice: '89.95', discountPercent: '12.5', taxRate: '0' },
    ],
    charges: [{ description: 'Shipping', amount: '120.00', taxRate: '21' }],
  });

  it('prices product lines from the catalog, keeps free lines, and answers the EN 16931 totals exactly; GET answers the same', async () => {
    const created = (await ok(create(o.repNorth, threeRateBody()), 201)).body as QuoteBody;
    expect(created).toMatchObject({
      number: expect.stringMatching(/^Q-2026-\d{4}$/),
      revision: 1,
      previousRevisionId: null,
      supersededById: null,
      status: 'draft',
      opportunityId: dealId,
      accountId: account.id,
      contactId,
      ownerId: o.repNorth.userId,
      priceListId: generalList.id,
      currency: 'EUR',
      issueDate: today,
      validUntil: '2026-06-03',
      paymentTerms: 'net_60',
      discountPercent: '3',
      orderId: null,
      sentAt: null,
      decidedAt: null,
    });
    expect(created.lines).toEqual([
      { id: expect.any(String), position: 1, productId: pump.id, sku: 'PUMP-300', description: 'Industrial pump P300', quantity: '3', unit: 'unit', unitPrice: '1250.00', discountPercent: '5', taxRate: '21', netAmount: '3562.50' },
      { id: expect.any(String), position: 2, productId: filter.id, sku: 'FLT-10', description: 'Filter cartridge', quantity: '7', unit: 'box', unitPrice: '33.33', discountPercent: '0', taxRate: '10', netAmount: '233.31' },
      { id: expect.any(String), position: 3, productId: null, sku: null, description: 'Operator training course', quantity: '2', unit: 'unit', unitPrice: '89.95', discountPercent: '12.5', taxRate: '0', netAmount: '157.41' },
    ]);
    expect(created.charges).toEqual([{ id: expect.any(String), description: 'Shipping', amount: '120.00', taxRate: '21' }]);
    expect(created.totals).toEqual({
      currency: 'EUR',
      net: '3953.22',
      discount: '118.60',
      charges: '120.00',
      taxBase: '3954.62',
      tax: [
        { rate: '21', base: '3575.62', amount: '750.88' },
        { rate: '10', base: '226.31', amount: '22.63' },
        { rate: '0', base: '152.69', amount: '0.00' },
      ],
      total: '4728.13',
    });
    const read = await ok(get(o.repNorth, url(created.id)));
    expect(read.body).toEqual(created);
    expect(read.headers.etag).toBe('"1"');

    const { rows } = await h.owner.query(
      `select net_total, discount_total, charges_total, tax_base, tax_total, total, (select array_agg(net_amount::text order by position) from quote_lines where quote_id = q.id) as nets
       from quotes q where id = $1`,
      [created.id],
    );
    expect(rows[0]).toEqual({ net_total: '3953.2200', discount_total: '118.6000', charges_total: '120.0000', tax_base: '3954.6200', tax_total: '773.5100', total: '4728.1300', nets: ['3562.5000', '233.3100', '157.4100'] });

    const [event] = await timeline(o.repNorth, created.id);
    expect(event).toMatchObject({ action: 'create', actorUserId: o.repNorth.userId, changes: { number: { before: null, after: created.number }, total: { before: null, after: '4728.13' } } });
  });

  it('numbers quotes per organisation and year without gaps, from Q-2026-0001', async () => {
    const org = await salesOrganization(h);
    const acc = await newAccount(h, org.repNorth);
    const deal = await newOpportunity(h, org.repNorth, acc.id);
    const first = await newQuote(h, org.repNorth, deal.id);
    const refused = await call(h.app, 'POST', url(), { session: org.repNorth, body: { opportunityId: deal.id, lines: [freeLine, { productId: randomUUID(), quantity: '1' }] } });
    expect(refused.status).toBe(422);
    const second = await newQuote(h, org.repNorth, deal.id);
    expect([first.number, second.number]).toEqual(['Q-2026-0001', 'Q-2026-0002']);
  });

  it('takes given description, unit, price and tax rate over the product’s, and lets a line name no price list', async () => {
    const res = await ok(
      create(o.repNorth, {
        opportunityId: dealId,
        validUntil: '2026-05-20',
        paymentTerms: 'prepayment',
        lines: [{ productId: pump.id, description: 'Pump, special build', quantity: '1.5', unit: 'set', unitPrice: '999.999', taxRate: '10' }],
      }),
      201,
    );
    expect(res.body).toMatchObject({ validUntil: '2026-05-20', paymentTerms: 'prepayment' });
    expect(res.body.lines[0]).toMatchObject({ sku: 'PUMP-300', description: 'Pump, special build', quantity: '1.5', unit: 'set', unitPrice: '999.999', taxRate: '10', netAmount: '1500.00' });
  });

  it('prices in the opportunity’s currency: a USD deal has no EUR list to price from, unless a USD list is named', async () => {
    const usdDeal = await newOpportunity(h, o.repNorth, account.id, { amount: { amount: '100.00', currency: 'USD' } });
    const unpriced = await expectRefused(() => create(o.repNorth, { opportunityId: usdDeal.id, lines: [{ productId: pump.id, quantity: '1' }] }), 422, 'lines.0.unitPrice');
    expect(unpriced.body.errors[0].message).toContain('give the unit price');
    const explicit = await ok(create(o.repNorth, { opportunityId: usdDeal.id, lines: [{ productId: pump.id, quantity: '1', unitPrice: '1400.00' }] }), 201);
    expect(explicit.body).toMatchObject({ currency: 'USD', priceListId: null, totals: { currency: 'USD', total: '1694.00' } });

    const usdList = await newPriceList(h, o.admin, { name: `Export ${randomUUID().slice(0, 6)}`, currency: 'USD' });
    expect((await putPrice(h, o.admin, usdList.id, pump.id, '1390.00')).status).toBe(201);
    const listed = await ok(create(o.repNorth, { opportunityId: usdDeal.id, priceListId: usdList.id, lines: [{ productId: pump.id, quantity: '1' }] }), 201);
    expect(listed.body).toMatchObject({ priceListId: usdList.id, lines: [{ unitPrice: '1390.00' }] });
    await expectRefused(() => create(o.repNorth, { opportunityId: usdDeal.id, priceListId: generalList.id }), 422, 'priceListId');
    // The quote's own currency wins over the deal's: EUR prices from the default list again.
    const inEur = await ok(create(o.repNorth, { opportunityId: usdDeal.id, currency: 'EUR', lines: [{ productId: filter.id, quantity: '1' }] }), 201);
    expect(inEur.body).toMatchObject({ currency: 'EUR', priceListId: generalList.id, lines: [{ unitPrice: '33.33' }] });
  });

  describe('refuses invalid input with the failing field and writes nothing', () => {
    const cases: { name: string; body: () => Record<string, unknown>; path: string }[] = [
      { name: 'a negative quantity', body: () => ({ opportunityId: dealId, lines: [{ ...freeLine, quantity: '-2' }] }), path: 'lines.0.quantity' },
      { name: 'a zero quantity', body: () => ({ opportunityId: dealId, lines: [freeLine, { ...freeLine, quantity: '0' }] }), path: 'lines.1.quantity' },
      { name: 'an unknown product', body: () => ({ opportunityId: dealId, lines: [{ productId: randomUUID(), quantity: '1' }] }), path: 'lines.0.productId' },
      { name: 'a free line without unit price', body: () => ({ opportunityId: dealId, lines: [{ description: 'Extra', quantity: '1', taxRate: '21' }] }), path: 'lines.0.unitPrice' },
      { name: 'a free line without tax rate', body: () => ({ opportunityId: dealId, lines: [{ description: 'Extra', quantity: '1', unitPrice: '5' }] }), path: 'lines.0.taxRate' },
      { name: 'a free line without description', body: () => ({ opportunityId: dealId, lines: [{ quantity: '1', unitPrice: '5', taxRate: '21' }] }), path: 'lines.0.description' },
      { name: 'a price as a JSON number', body: () => ({ opportunityId: dealId, lines: [{ ...freeLine, unitPrice: 100 }] }), path: 'lines.0.unitPrice' },
      { name: 'a discount over 100 %', body: () => ({ opportunityId: dealId, discountPercent: '101' }), path: 'discountPercent' },
      { name: 'a negative charge', body: () => ({ opportunityId: dealId, charges: [{ description: 'Shipping', amount: '-1', taxRate: '21' }] }), path: 'charges.0.amount' },
      { name: 'a validity before today', body: () => ({ opportunityId: dealId, validUntil: '2026-05-03' }), path: 'validUntil' },
      { name: 'an unknown opportunity', body: () => ({ opportunityId: randomUUID() }), path: 'opportunityId' },
      { name: 'a contact of another account', body: () => ({ opportunityId: dealId, contactId: otherContactId }), path: 'contactId' },
      { name: 'an unknown price list', body: () => ({ opportunityId: dealId, priceListId: randomUUID() }), path: 'priceListId' },
      { name: 'an unknown field', body: () => ({ opportunityId: dealId, total: '1.00' }), path: 'total' },
    ];
    let otherContactId: string;
    beforeAll(async () => {
      const other = await newAccount(h, o.repNorth);
      otherContactId = (await newContact(h, o.repNorth, other.id)).id;
    });

    it.each(cases)('$name → 422 at $path', async ({ body, path }) => {
      await expectRefused(() => create(o.repNorth, body()), 422, path);
    });

    it('an archived product → 422 at lines.0.productId', async () => {
      const old = await newProduct(h, o.admin, { name: 'Discontinued' });
      expect((await call(h.app, 'DELETE', `/api/v1/products/${old.id}`, { session: o.admin })).status).toBe(204);
      await expectRefused(() => create(o.repNorth, { opportunityId: dealId, lines: [{ productId: old.id, quantity: '1', unitPrice: '1.00' }] }), 422, 'lines.0.productId');
    });

    it('an opportunity another rep owns → 422 at opportunityId, as if it did not exist', async () => {
      const theirs = await newOpportunity(h, o.repSouth, (await newAccount(h, o.repSouth)).id);
      await expectRefused(() => create(o.repNorth, { opportunityId: theirs.id }), 422, 'opportunityId');
    });

    it('a won or lost opportunity → 409 naming its state', async () => {
      const won = await newOpportunity(h, o.repNorth, account.id);
      await ok(call(h.app, 'POST', `/api/v1/opportunities/${won.id}/win`, { session: o.repNorth }));
      const res = await expectRefused(() => create(o.repNorth, { opportunityId: won.id }), 409);
      expect(res.body).toMatchObject({ code: 'invalid_state', state: 'won' });
    });
  });
});

describe('quotes: editing a draft', () => {
  it('replaces lines and charges when given, keeps them otherwise, recomputes the totals and bumps the version', async () => {
    const draft = await newQuote(h, o.repNorth, dealId, { charges: [{ description: 'Installation', amount: '50.00', taxRate: '21' }] });
    const notes = await ok(patch(o.repNorth, draft.id, { notes: 'Call before delivery', discountPercent: '10' }, { 'if-match': '"1"' }));
    expect(notes.body).toMatchObject({ version: 2, notes: 'Call before delivery', discountPercent: '10', lines: [{ id: draft.lines[0]!.id }], charges: [{ description: 'Installation' }] });
    // 200.00 − 10 % + 50.00 = 230.00; 21 % → 48.30
    expect(notes.body.totals).toMatchObject({ net: '200.00', discount: '20.00', charges: '50.00', taxBase: '230.00', total: '278.30' });
    expect(notes.headers.etag).toBe('"2"');

    const relined = await ok(patch(o.repNorth, draft.id, { lines: [{ productId: filter.id, quantity: '10' }, freeLine], charges: [] }));
    expect(relined.body.lines.map((l: { description: string; position: number }) => [l.position, l.description])).toEqual([
      [1, 'Filter cartridge'],
      [2, 'Consulting day'],
    ]);
    expect(relined.body.charges).toEqual([]);
    expect(relined.body.totals).toMatchObject({ net: '533.30', tax: [{ rate: '21', base: '180.00' }, { rate: '10', base: '299.97' }] });
    expect((await ok(get(o.repNorth, url(draft.id)))).body).toEqual(relined.body);
    const { rows } = await h.owner.query(`select count(*)::int as n from quote_lines where quote_id = $1`, [draft.id]);
    expect(rows[0].n).toBe(2);

    const events = await timeline(o.repNorth, draft.id);
    expect(events.map((e) => e.action)).toEqual(['update', 'update', 'create']);
    expect(events[1]!.changes).toMatchObject({ notes: { before: '', after: 'Call before delivery' }, discountPercent: { before: '0', after: '10' } });
  });

  it('answers 412 to a stale If-Match and writes nothing', async () => {
    const draft = await newQuote(h, o.repNorth, dealId);
    await ok(patch(o.repNorth, draft.id, { notes: 'first' }));
    const res = await expectRefused(() => patch(o.repNorth, draft.id, { notes: 'second' }, { 'if-match': '"1"' }), 412);
    expect(res.body.currentVersion).toBe(2);
    await expectRefused(() => act(o.repNorth, draft.id, 'send', undefined, { 'if-match': '"1"' }), 412);
  });

  it('refuses to change a quote once sent (409 naming the state)', async () => {
    const sent = await sentQuote(h, o.repNorth, dealId);
    const res = await expectRefused(() => patch(o.repNorth, sent.id, { notes: 'too late' }), 409);
    expect(res.body).toMatchObject({ code: 'invalid_state', state: 'sent' });
  });

  it('needs the lines again when the currency changes, and then prices in the new currency', async () => {
    const draft = await newQuote(h, o.repNorth, dealId);
    await expectRefused(() => patch(o.repNorth, draft.id, { currency: 'USD' }), 422, 'lines');
    const res = await ok(patch(o.repNorth, draft.id, { currency: 'USD', lines: [{ ...freeLine, unitPrice: '110.00' }] }));
    expect(res.body).toMatchObject({ currency: 'USD', priceListId: null, totals: { currency: 'USD', net: '220.00' } });
  });

  it('validates changed lines like new ones', async () => {
    const draft = await newQuote(h, o.repNorth, dealId);
    await expectRefused(() => patch(o.repNorth, draft.id, { lines: [freeLine, { productId: randomUUID(), quantity: '1' }] }), 422, 'lines.1.productId');
    await expectRefused(() => patch(o.repNorth, draft.id, { validUntil: '2026-01-01' }), 422, 'validUntil');
  });
});

describe('quotes: transitions', () => {
  type Action = 'send' | 'reject' | 'revise' | 'expire' | 'accept';
  type State = 'draft' | 'sent' | 'rejected' | 'expired' | 'superseded';
  /** A fresh quote of Rita's in the given state. */
  async function quoteIn(state: State): Promise<QuoteBody> {
    if (state === 'draft') return newQuote(h, o.repNorth, dealId);
    const sent = await sentQuote(h, o.repNorth, dealId);
    if (state === 'sent') return sent;
    if (state === 'superseded') {
      await ok(act(o.repNorth, sent.id, 'revise', {}), 201);
      return (await ok(get(o.repNorth, url(sent.id)))).body;
    }
    return (await ok(act(o.repNorth, sent.id, state === 'rejected' ? 'reject' : 'expire', {}))).body;
  }

  // Accepting a sent quote needs the orders module; it has its own test below.
  const table: { from: State; action: Action; to: string | number }[] = [
    { from: 'draft', action: 'send', to: 'sent' },
    { from: 'draft', action: 'reject', to: 409 },
    { from: 'draft', action: 'revise', to: 409 },
    { from: 'draft', action: 'expire', to: 409 },
    { from: 'draft', action: 'accept', to: 409 },
    { from: 'sent', action: 'send', to: 409 },
    { from: 'sent', action: 'reject', to: 'rejected' },
    { from: 'sent', action: 'revise', to: 'superseded' },
    { from: 'sent', action: 'expire', to: 'expired' },
    { from: 'rejected', action: 'send', to: 409 },
    { from: 'rejected', action: 'reject', to: 409 },
    { from: 'rejected', action: 'revise', to: 'superseded' },
    { from: 'rejected', action: 'expire', to: 409 },
    { from: 'rejected', action: 'accept', to: 409 },
    { from: 'expired', action: 'send', to: 409 },
    { from: 'expired', action: 'reject', to: 409 },
    { from: 'expired', action: 'revise', to: 'superseded' },
    { from: 'expired', action: 'expire', to: 409 },
    { from: 'expired', action: 'accept', to: 409 },
    { from: 'superseded', action: 'send', to: 409 },
    { from: 'superseded', action: 'reject', to: 409 },
    { from: 'superseded', action: 'revise', to: 409 },
    { from: 'superseded', action: 'expire', to: 409 },
    { from: 'superseded', action: 'accept', to: 409 },
  ];

  it.each(table)('$action on a $from quote → $to', async ({ from, action, to }) => {
    const quote = await quoteIn(from);
    if (typeof to === 'number') {
      const res = await expectRefused(() => act(o.repNorth, quote.id, action, action === 'reject' ? { reason: 'No' } : {}), to);
      expect(res.body).toMatchObject({ code: 'invalid_state', state: from });
      return;
    }
    const res = await ok(act(o.repNorth, quote.id, action, action === 'reject' ? { reason: 'Too expensive' } : {}), action === 'revise' ? 201 : 200);
    const after = (await ok(get(o.repNorth, url(quote.id)))).body as QuoteBody;
    expect(after).toMatchObject({ status: to, version: quote.version + 1 });
    if (action !== 'revise') expect(res.body).toEqual(after);
    if (to === 'sent') expect(after.sentAt).toBe(clock.now().toISOString());
    if (to === 'rejected') expect(after).toMatchObject({ rejectionReason: 'Too expensive', decidedAt: clock.now().toISOString() });
    if (to === 'expired') expect(after.decidedAt).toBe(clock.now().toISOString());
    const [event] = await timeline(o.repNorth, quote.id);
    expect(event).toMatchObject({ action: 'transition', actorUserId: o.repNorth.userId, changes: { status: { before: from, after: to } } });
  });

  it('needs no body for reject and revise', async () => {
    const sent = await sentQuote(h, o.repNorth, dealId);
    expect((await ok(act(o.repNorth, sent.id, 'reject'))).body).toMatchObject({ status: 'rejected', rejectionReason: '' });
    expect((await ok(act(o.repNorth, sent.id, 'revise'), 201)).body).toMatchObject({ revision: 2, status: 'draft' });
  });

  it('cannot send a quote without lines (422 at lines)', async () => {
    const empty = await newQuote(h, o.repNorth, dealId, { lines: [] });
    await expectRefused(() => act(o.repNorth, empty.id, 'send'), 422, 'lines');
  });
});

describe('quotes: revisions', () => {
  it('copies the quote into a draft revision n+1 with the changes, supersedes the old round and keeps every round viewable', async () => {
    const rev1 = await newQuote(h, o.repNorth, dealId, {
      validUntil: '2026-05-18',
      deliveryTerms: 'Ex works',
      lines: [{ productId: pump.id, quantity: '2' }, freeLine],
      charges: [{ description: 'Shipping', amount: '80.00', taxRate: '21' }],
    });
    await ok(act(o.repNorth, rev1.id, 'send'));
    await ok(act(o.repNorth, rev1.id, 'reject', { reason: 'Asks for 5 %' }));
    clock.advance(2 * 86_400_000);
    try {
      const rev2 = (await ok(act(o.repNorth, rev1.id, 'revise', { discountPercent: '5' }), 201)).body as QuoteBody;
      expect(rev2).toMatchObject({
        number: rev1.number,
        revision: 2,
        previousRevisionId: rev1.id,
        supersededById: null,
        status: 'draft',
        version: 1,
        discountPercent: '5',
        deliveryTerms: 'Ex works',
        issueDate: '2026-05-06',
        validUntil: '2026-05-20', // as many days as round 1 had
        rejectionReason: '',
        decidedAt: null,
        sentAt: null,
      });
      const strip = (q: QuoteBody) => ({ lines: q.lines.map(({ id: _id, ...l }) => l), charges: q.charges.map(({ id: _id, ...c }) => c) });
      expect(strip(rev2)).toEqual(strip(rev1));
      expect(rev2.lines[0]!.id).not.toBe(rev1.lines[0]!.id);
      expect(rev2.totals).toMatchObject({ net: '2700.00', discount: '135.00', charges: '80.00' });

      const old = (await ok(get(o.repNorth, url(rev1.id)))).body as QuoteBody;
      expect(old).toMatchObject({ status: 'superseded', supersededById: rev2.id, rejectionReason: 'Asks for 5 %', totals: rev1.totals, lines: rev1.lines });

      for (const id of [rev1.id, rev2.id]) {
        const rounds = (await ok(get(o.repNorth, url(id, 'revisions')))).body.data as QuoteBody[];
        expect(rounds.map((q) => [q.revision, q.status, q.discountPercent, q.totals.total])).toEqual([
          [1, 'superseded', '0', rev1.totals.total],
          [2, 'draft', '5', rev2.totals.total],
        ]);
        expect(rounds[0]).not.toHaveProperty('lines');
      }
      // Only the latest round moves on.
      const again = await expectRefused(() => act(o.repNorth, rev1.id, 'revise', {}), 409);
      expect(again.body.state).toBe('superseded');
      expect((await timeline(o.repNorth, rev2.id)).map((e) => e.action)).toEqual(['create']);
      expect((await timeline(o.repNorth, rev1.id))[0]).toMatchObject({ action: 'transition', changes: { status: { before: 'rejected', after: 'superseded' } } });

      const latest = (await ok(get(o.repNorth, `${url()}?filter[opportunityId]=${dealId}&filter[latest]=true&q=${rev1.number}`))).body.data as QuoteBody[];
      expect(latest.map((q) => q.id)).toEqual([rev2.id]);
    } finally {
      clock.set(new Date('2026-05-04T10:00:00.000Z'));
    }
  });

  it('validates the changes revise applies, and writes nothing when they are invalid', async () => {
    const sent = await sentQuote(h, o.repNorth, dealId);
    await expectRefused(() => act(o.repNorth, sent.id, 'revise', { lines: [{ ...freeLine, quantity: '-1' }] }), 422, 'lines.0.quantity');
    await expectRefused(() => act(o.repNorth, sent.id, 'revise', { lines: [{ productId: randomUUID(), quantity: '1' }] }), 422, 'lines.0.productId');
    await expectRefused(() => act(o.repNorth, sent.id, 'revise', {}, { 'if-match': '"1"' }), 412);
  });
});

describe('quotes: accept', () => {
  it('turns a sent quote into an order and wins the opportunity', async () => {
    const acc = await newAccount(h, o.repNorth);
    const deal = await newOpportunity(h, o.repNorth, acc.id);
    const sent = await sentQuote(h, o.repNorth, deal.id, { lines: [{ productId: pump.id, quantity: '1' }] });
    const accepted = await ok(act(o.repNorth, sent.id, 'accept', undefined, { 'if-match': `"${sent.version}"` }));
    expect(accepted.body).toMatchObject({ status: 'accepted', orderId: expect.any(String), decidedAt: clock.now().toISOString() });
    expect((await ok(get(o.repNorth, `/api/v1/opportunities/${deal.id}`))).body).toMatchObject({ status: 'won' });
    expect((await ok(get(o.repNorth, `/api/v1/orders/${accepted.body.orderId}`))).body).toMatchObject({ quoteId: sent.id, totals: sent.totals });
    const again = await expectRefused(() => act(o.repNorth, sent.id, 'accept'), 409);
    expect(again.body.state).toBe('accepted');
    await expectRefused(() => act(o.repNorth, sent.id, 'revise', {}), 409);
    await expectRefused(() => call(h.app, 'DELETE', url(sent.id), { session: o.repNorth }), 409);
  });
});

describe('quotes: archive', () => {
  it('archives a draft out of the default list; a sent quote stays (409)', async () => {
    const draft = await newQuote(h, o.repNorth, dealId);
    expect((await call(h.app, 'DELETE', url(draft.id), { session: o.repNorth })).status).toBe(204);
    const listed = (await ok(get(o.repNorth, `${url()}?filter[opportunityId]=${dealId}&limit=200`))).body.data as QuoteBody[];
    expect(listed.map((q) => q.id)).not.toContain(draft.id);
    expect((await ok(get(o.repNorth, url(draft.id)))).body.archivedAt).toBe(clock.now().toISOString());
    expect((await expectRefused(() => patch(o.repNorth, draft.id, { notes: 'x' }), 409)).body.state).toBe('archived');

    const sent = await sentQuote(h, o.repNorth, dealId);
    const res = await expectRefused(() => call(h.app, 'DELETE', url(sent.id), { session: o.repNorth }), 409);
    expect(res.body).toMatchObject({ code: 'invalid_state', state: 'sent' });
  });
});

describe('quotes: lists', () => {
  it('filters by status, opportunity, account, owner and currency, searches the number and sorts by total', async () => {
    const acc = await newAccount(h, o.repNorth);
    const deal = await newOpportunity(h, o.repNorth, acc.id);
    const small = await newQuote(h, o.repNorth, deal.id, { lines: [{ ...freeLine, quantity: '1' }] });
    const big = await sentQuote(h, o.repNorth, deal.id, { lines: [{ ...freeLine, quantity: '9' }] });
    const list = async (query: string) => ((await ok(get(o.repNorth, `${url()}?${query}`))).body.data as QuoteBody[]).map((q) => q.id);
    expect(await list(`filter[opportunityId]=${deal.id}&sort=-total`)).toEqual([big.id, small.id]);
    expect(await list(`filter[accountId]=${acc.id}&sort=total`)).toEqual([small.id, big.id]);
    expect(await list(`filter[accountId]=${acc.id}&filter[status]=sent`)).toEqual([big.id]);
    expect(await list(`filter[accountId]=${acc.id}&filter[currency]=USD`)).toEqual([]);
    expect(await list(`filter[ownerId]=${o.repNorth.userId}&q=${small.number}`)).toEqual([small.id]);
    const page = (await ok(get(o.repNorth, `${url()}?filter[opportunityId]=${deal.id}&sort=number&limit=1`))).body;
    expect(page.data[0]).toMatchObject({ id: small.id, totals: small.totals });
    expect(page.data[0]).not.toHaveProperty('lines');
    expect((await ok(get(o.repNorth, `${url()}?filter[opportunityId]=${deal.id}&sort=number&limit=1&cursor=${page.nextCursor}`))).body.data[0].id).toBe(big.id);
  });
});

describe('quotes: the API document', () => {
  it('describes every quote route', async () => {
    const doc = (await ok(call(h.app, 'GET', '/api/v1/openapi.json'))).body as { paths: Record<string, Record<string, unknown>> };
    expect(Object.keys(doc.paths['/api/v1/quotes']!).sort()).toEqual(['get', 'post']);
    expect(Object.keys(doc.paths['/api/v1/quotes/{id}']!).sort()).toEqual(['delete', 'get', 'patch']);
    for (const action of ['send', 'accept', 'reject', 'revise', 'expire']) expect(doc.paths[`/api/v1/quotes/{id}/${action}`], action).toHaveProperty('post');
    for (const view of ['revisions', 'timeline']) expect(doc.paths[`/api/v1/quotes/{id}/${view}`], view).toHaveProperty('get');
  });
});

describe('quotes: who sees them', () => {
  let quote: QuoteBody;
  beforeAll(async () => {
    quote = await newQuote(h, o.repNorth, dealId);
  });

  it('hides a rep’s quote from other reps (404 on every route) and shows it to their manager and finance', async () => {
    for (const other of [o.repNorth2, o.repSouth]) {
      for (const path of [url(quote.id), url(quote.id, 'revisions'), url(quote.id, 'timeline')]) expectProblem(await get(other, path), 404);
      await expectRefused(() => patch(other, quote.id, { notes: 'mine now' }), 404);
      await expectRefused(() => act(other, quote.id, 'send'), 404);
      await expectRefused(() => call(h.app, 'DELETE', url(quote.id), { session: other }), 404);
      const listed = (await ok(get(other, `${url()}?filter[opportunityId]=${dealId}`))).body.data as QuoteBody[];
      expect(listed).toEqual([]);
    }
    for (const reader of [o.managerNorth, o.finance, o.admin]) expect((await ok(get(reader, url(quote.id)))).body.id).toBe(quote.id);
    const managerList = (await ok(get(o.managerNorth, `${url()}?filter[opportunityId]=${dealId}&limit=200`))).body.data as QuoteBody[];
    expect(managerList.map((q) => q.id)).toContain(quote.id);
    // Finance reads quotes but does not make them.
    await expectRefused(() => patch(o.finance, quote.id, { notes: 'x' }), 403);
    await expectRefused(() => create(o.finance, { opportunityId: dealId }), 403);
  });

  it('lets the manager work on the team’s quotes', async () => {
    const res = await ok(patch(o.managerNorth, quote.id, { notes: 'Checked by the manager' }));
    expect(res.body).toMatchObject({ notes: 'Checked by the manager', ownerId: o.repNorth.userId });
  });
});

describe('quotes: expiry', () => {
  let he: Harness;
  let org: SalesOrganization;
  let dealOf: string;
  const expiryClock = fixedClock(new Date('2026-05-04T10:00:00.000Z'));
  const days = (n: number) => n * 86_400_000;
  beforeAll(async () => {
    he = await startHarness({ clock: expiryClock });
    org = await salesOrganization(he);
    dealOf = (await newOpportunity(he, org.repNorth, (await newAccount(he, org.repNorth)).id)).id;
  });
  afterAll(() => he.close());

  it('shows a sent quote past its validity as expired, finds it by that status, and writes it down before refusing a command', async () => {
    const sent = await sentQuote(he, org.repNorth, dealOf, { validUntil: '2026-05-05' });
    const other = await sentQuote(he, org.repNorth, dealOf, { validUntil: '2026-05-05' });
    const withdrawn = await sentQuote(he, org.repNorth, dealOf, { validUntil: '2026-06-30' });
    const still = await sentQuote(he, org.repNorth, dealOf, { validUntil: '2026-06-30' });
    expect((await quoteAction(he, org.repNorth, withdrawn.id, 'expire')).body).toMatchObject({ status: 'expired' });

    expiryClock.advance(days(1));
    expect((await call(he.app, 'GET', url(sent.id), { session: org.repNorth })).body.status).toBe('sent'); // valid through its last day
    expiryClock.advance(days(1));
    const seen = (await call(he.app, 'GET', url(sent.id), { session: org.repNorth })).body as QuoteBody;
    expect(seen).toMatchObject({ status: 'expired', decidedAt: '2026-05-06T00:00:00.000Z', version: sent.version });
    const byStatus = async (status: string) =>
      ((await call(he.app, 'GET', `${url()}?filter[opportunityId]=${dealOf}&filter[status]=${status}&sort=number`, { session: org.repNorth })).body.data as QuoteBody[]).map((q) => q.id);
    expect(await byStatus('expired')).toEqual([sent.id, other.id, withdrawn.id]);
    expect(await byStatus('sent')).toEqual([still.id]);
    const stored = async (id: string) => (await he.owner.query(`select status, version from quotes where id = $1`, [id])).rows[0];
    expect(await stored(sent.id)).toEqual({ status: 'sent', version: sent.version });

    // Accepting it is refused as expired, and the expiry stays on record: Ciclo's, not the caller's.
    const refused = await quoteAction(he, org.repNorth, sent.id, 'accept', undefined, { 'if-match': `"${seen.version}"` });
    expectProblem(refused, 409);
    expect(refused.body).toMatchObject({ code: 'invalid_state', state: 'expired' });
    expect(await stored(sent.id)).toEqual({ status: 'expired', version: sent.version });
    const events = (await call(he.app, 'GET', url(sent.id, 'timeline'), { session: org.repNorth })).body.data as AuditEvent[];
    expect(events[0]).toMatchObject({ action: 'transition', actorUserId: null, changes: { status: { before: 'sent', after: 'expired' } } });
    expect((await call(he.app, 'GET', url(sent.id), { session: org.repNorth })).body).toEqual(seen);

    // An expired round is revised into the next one, and a lapsed quote may be archived.
    const revised = await quoteAction(he, org.repNorth, sent.id, 'revise', { validUntil: '2026-06-01' });
    expect(revised.status, JSON.stringify(revised.body)).toBe(201);
    expect(revised.body).toMatchObject({ revision: 2, status: 'draft', issueDate: '2026-05-06', validUntil: '2026-06-01' });
    expect((await call(he.app, 'DELETE', url(other.id), { session: org.repNorth })).status).toBe(204);
    expect(await stored(other.id)).toMatchObject({ status: 'expired' });
  });

  it('refuses to send a draft whose validity has already passed', async () => {
    const draft = await newQuote(he, org.repNorth, dealOf, { validUntil: expiryClock.now().toISOString().slice(0, 10) });
    expiryClock.advance(days(1));
    const res = await quoteAction(he, org.repNorth, draft.id, 'send');
    expectProblem(res, 422);
    expect(res.body.errors).toEqual([expect.objectContaining({ path: 'validUntil' })]);
  });
});
