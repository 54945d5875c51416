import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/server/kernel/clock.js';
import {
  billingFootprint,
  confirmedOrder,
  createInvoice,
  creditNote,
  delivered,
  draftInvoice,
  getInvoice,
  issue,
  issuedInvoice,
  ok,
  pay,
  type InvoiceBody,
  type OrderBody,
} from '../support/billing.js';
import { call, expectProblem, signIn, startHarness, type Harness, type Response, type Session } from '../support/harness.js';
import { newOrder } from '../support/orders.js';
import { freeLine } from '../support/quotes.js';
import { salesOrganization, type SalesOrganization } from '../support/sales-org.js';

// Every date in this file follows this clock: invoices are numbered in 2026 and dated from 10 March.
const clock = fixedClock(new Date('2026-03-10T09:00:00Z'));
const day = 24 * 60 * 60 * 1000;
let h: Harness;
let o: SalesOrganization;

beforeAll(async () => {
  h = await startHarness({ clock });
  o = await salesOrganization(h);
});
afterAll(() => h?.close());

/**
 * Two lines and a charge, net 30: 2 × 100.00 at 21 % and 5 × 10.00 at 10 %, shipping 15.00 at 21 %.
 * 21 %: 215.00, tax 45.15; 10 %: 50.00, tax 5.00; total 315.15.
 */
const twoLines = {
  lines: [freeLine, { description: 'Filter', quantity: '5', unitPrice: '10', taxRate: '10' }],
  charges: [{ description: 'Shipping', amount: '15.00', taxRate: '21' }],
  paymentTerms: 'net_30',
};

const orderOf = (quote: Record<string, unknown> = twoLines, org: SalesOrganization = o) => confirmedOrder(h, org.repNorth, quote, clock);
const getOrder = async (id: string, session: Session = o.finance) => (await ok(call(h.app, 'GET', `/api/v1/orders/${id}`, { session }))).body as OrderBody;
const invoiced = async (orderId: string, session: Session = o.finance) => (await getOrder(orderId, session)).lines.map((l) => l.invoicedQuantity);
const lineSummary = (invoice: InvoiceBody) => invoice.lines.map((l) => [l.description, l.quantity, l.unitPrice, l.taxRate, l.netAmount]);

/** Runs `request`, checks it answers `status` (and the failing field) and that billing wrote nothing. */
async function expectRefused(request: () => Promise<Response>, status: number, path?: string, org: SalesOrganization = o): Promise<Response> {
  const before = await billingFootprint(h, org.orgId);
  const res = await request();
  expectProblem(res, status);
  if (path) expect(res.body.errors, JSON.stringify(res.body)).toEqual(expect.arrayContaining([expect.objectContaining({ path })]));
  expect(await billingFootprint(h, org.orgId)).toEqual(before);
  return res;
}

type AuditEvent = { action: string; actorUserId: string | null; changes: Record<string, { before: unknown; after: unknown }> };
const timeline = async (session: Session, path: string) => (await ok(call(h.app, 'GET', `${path}/timeline`, { session }))).body.data as AuditEvent[];

describe('invoices: a draft for the whole order', () => {
  it('takes every line not yet invoiced and the order’s charges, with EN 16931 totals, and reserves nothing', async () => {
    const order = await orderOf();
    const res = await ok(createInvoice(h, o.finance, { orderId: order.id, notes: 'Thanks' }), 201);
    const invoice = res.body as InvoiceBody;
    expect(invoice).toMatchObject({
      kind: 'invoice',
      series: 'INV',
      number: null,
      fiscalYear: null,
      status: 'draft',
      orderId: order.id,
      accountId: order.accountId,
      ownerId: o.repNorth.userId,
      currency: 'EUR',
      paymentTerms: 'net_30',
      issueDate: null,
      dueDate: null,
      notes: 'Thanks',
      parties: null,
      overdue: false,
      amountPaid: '0.00',
      amountCredited: '0.00',
      amountDue: '315.15',
      totals: {
        net: '250.00',
        charges: '15.00',
        taxBase: '265.00',
        tax: [
          { rate: '21', base: '215.00', amount: '45.15' },
          { rate: '10', base: '50.00', amount: '5.00' },
        ],
        total: '315.15',
      },
    });
    expect(lineSummary(invoice)).toEqual([
      ['Consulting day', '2', '100.00', '21', '200.00'],
      ['Filter', '5', '10.00', '10', '50.00'],
    ]);
    expect(invoice.lines.map((l) => l.orderLineId)).toEqual(order.lines.map((l) => l.id));
    expect(invoice.charges).toEqual([{ id: expect.any(String), description: 'Shipping', amount: '15.00', taxRate: '21' }]);
    expect(await invoiced(order.id)).toEqual(['0', '0']);
    expect(await timeline(o.finance, `/api/v1/invoices/${invoice.id}`)).toEqual([expect.objectContaining({ action: 'create', actorUserId: o.finance.userId })]);

    // A second draft may exist; issuing one records the quantities, and then nothing is left for a new one.
    const second = await draftInvoice(h, o.finance, { orderId: order.id });
    await ok(issue(h, o.finance, invoice.id));
    expect(await invoiced(order.id)).toEqual(['2', '5']);
    await expectRefused(() => createInvoice(h, o.finance, { orderId: order.id }), 422, 'orderId');
    const late = await expectRefused(() => issue(h, o.finance, second.id), 409);
    expect(late.body.code).toBe('conflict');
  });

  it.each([
    ['an order that does not exist', () => ({ orderId: '00000000-0000-4000-8000-000000000000' }), 'orderId'],
    ['a delivery and a down payment at once', (id: string) => ({ orderId: id, deliveryId: '00000000-0000-4000-8000-000000000000', downPaymentPercent: '10' }), 'downPaymentPercent'],
    ['a down payment of 0 %', (id: string) => ({ orderId: id, downPaymentPercent: '0' }), 'downPaymentPercent'],
    ['a down payment over 100 %', (id: string) => ({ orderId: id, downPaymentPercent: '101' }), 'downPaymentPercent'],
    ['an unknown field', (id: string) => ({ orderId: id, total: '1.00' }), 'total'],
  ])('refuses %s (422 naming the field, nothing written)', async (_case, body, path) => {
    const order = await orderOf();
    await expectRefused(() => createInvoice(h, o.finance, body(order.id)), 422, path);
  });

  it('refuses a pending order (409 naming the state) and lets only finance and admins draw invoices (403)', async () => {
    const pending = await newOrder(h, o.repNorth, twoLines);
    const res = await expectRefused(() => createInvoice(h, o.finance, { orderId: pending.id }), 409);
    expect(res.body).toMatchObject({ code: 'invalid_state', state: 'pending' });
    const order = await orderOf();
    await expectRefused(() => createInvoice(h, o.repNorth, { orderId: order.id }), 403);
    await expectRefused(() => createInvoice(h, o.managerNorth, { orderId: order.id }), 403);
    await ok(createInvoice(h, o.admin, { orderId: order.id }), 201);
  });

  it('documents its routes in the OpenAPI description', async () => {
    const paths = Object.keys((await ok(call(h.app, 'GET', '/api/v1/openapi.json'))).body.paths);
    expect(paths).toEqual(
      expect.arrayContaining(['/api/v1/invoices', '/api/v1/invoices/{id}/issue', '/api/v1/invoices/{id}/credit-note', '/api/v1/payments', '/api/v1/credit-policy', '/api/v1/accounts/{id}/credit']),
    );
  });
});

describe('invoices: per delivery', () => {
  it('invoices only what each delivery brought and was not yet invoiced, and never twice', async () => {
    const order = await orderOf();
    const [consulting, filter] = order.lines.map((l) => l.id) as [string, string];
    const first = await delivered(h, o.repNorth, order.id, [
      { orderLineId: consulting, quantity: '1' },
      { orderLineId: filter, quantity: '5' },
    ]);
    // 21 %: 100.00 + shipping 15.00 = 115.00, tax 24.15; 10 %: 50.00, tax 5.00 → 194.15
    const one = await issuedInvoice(h, o.finance, { orderId: order.id, deliveryId: first.id });
    expect(lineSummary(one)).toEqual([
      ['Consulting day', '1', '100.00', '21', '100.00'],
      ['Filter', '5', '10.00', '10', '50.00'],
    ]);
    expect(one).toMatchObject({ deliveryId: first.id, charges: [expect.objectContaining({ amount: '15.00' })], totals: { taxBase: '165.00', total: '194.15' } });
    await expectRefused(() => createInvoice(h, o.finance, { orderId: order.id, deliveryId: first.id }), 422, 'deliveryId');

    const second = await delivered(h, o.repNorth, order.id, [{ orderLineId: consulting, quantity: '1' }]);
    const draftA = await draftInvoice(h, o.finance, { orderId: order.id, deliveryId: second.id });
    const draftB = await draftInvoice(h, o.finance, { orderId: order.id, deliveryId: second.id });
    // The charges went on the first invoice: 100.00 at 21 % → 121.00
    expect(draftA).toMatchObject({ charges: [], totals: { total: '121.00' } });
    expect(lineSummary(draftA)).toEqual([['Consulting day', '1', '100.00', '21', '100.00']]);
    await ok(issue(h, o.finance, draftA.id));
    await expectRefused(() => issue(h, o.finance, draftB.id), 409);
    expect(await invoiced(order.id)).toEqual(['2', '5']);
    await expectRefused(() => createInvoice(h, o.finance, { orderId: order.id }), 422, 'orderId');
  });

  it('never invoices by delivery what a whole-order invoice already took', async () => {
    const order = await orderOf();
    const delivery = await delivered(h, o.repNorth, order.id, [{ orderLineId: order.lines[0]!.id, quantity: '2' }]);
    await issuedInvoice(h, o.finance, { orderId: order.id });
    await expectRefused(() => createInvoice(h, o.finance, { orderId: order.id, deliveryId: delivery.id }), 422, 'deliveryId');
  });

  it('refuses a delivery of another order (422 deliveryId)', async () => {
    const order = await orderOf();
    const other = await orderOf();
    const delivery = await delivered(h, o.repNorth, other.id, [{ orderLineId: other.lines[0]!.id, quantity: '1' }]);
    await expectRefused(() => createInvoice(h, o.finance, { orderId: order.id, deliveryId: delivery.id }), 422, 'deliveryId');
  });
});

describe('invoices: down payments', () => {
  it('asks N % of the order per tax rate, then deducts it from the next invoice (hand-worked totals)', async () => {
    const order = await orderOf();
    // 20 % of 215.00 = 43.00 at 21 % (tax 9.03) and of 50.00 = 10.00 at 10 % (tax 1.00) → 63.03
    const down = await issuedInvoice(h, o.finance, { orderId: order.id, downPaymentPercent: '20' });
    expect(down).toMatchObject({ kind: 'down_payment', downPaymentPercent: '20', charges: [], totals: { taxBase: '53.00', total: '63.03' } });
    expect(lineSummary(down)).toEqual([
      [`Down payment 20 % of order ${order.number}`, '1', '43.00', '21', '43.00'],
      [`Down payment 20 % of order ${order.number}`, '1', '10.00', '10', '10.00'],
    ]);
    expect(await invoiced(order.id)).toEqual(['0', '0']);

    // 21 %: 200.00 − 43.00 + 15.00 = 172.00, tax 36.12; 10 %: 50.00 − 10.00 = 40.00, tax 4.00 → 252.12 (63.03 + 252.12 = 315.15)
    const rest = await issuedInvoice(h, o.finance, { orderId: order.id });
    expect(lineSummary(rest)).toEqual([
      ['Consulting day', '2', '100.00', '21', '200.00'],
      ['Filter', '5', '10.00', '10', '50.00'],
      [`Deduction of down payment ${down.number}`, '-1', '43.00', '21', '-43.00'],
      [`Deduction of down payment ${down.number}`, '-1', '10.00', '10', '-10.00'],
    ]);
    expect(rest.lines.slice(2).map((l) => l.deductsInvoiceId)).toEqual([down.id, down.id]);
    expect(rest.totals).toMatchObject({
      taxBase: '212.00',
      tax: [
        { rate: '21', base: '172.00', amount: '36.12' },
        { rate: '10', base: '40.00', amount: '4.00' },
      ],
      total: '252.12',
    });
  });

  it('deducts no more than an invoice’s own base at each rate, so its total never goes below zero', async () => {
    const order = await orderOf();
    // 50 %: 107.50 at 21 % and 25.00 at 10 %
    const down = await issuedInvoice(h, o.finance, { orderId: order.id, downPaymentPercent: '50' });
    const delivery = await delivered(h, o.repNorth, order.id, [{ orderLineId: order.lines[1]!.id, quantity: '1' }]);
    // This invoice's bases: 21 % only the shipping 15.00; 10 % one filter 10.00: both deducted in full, nothing more.
    const small = await issuedInvoice(h, o.finance, { orderId: order.id, deliveryId: delivery.id });
    expect(lineSummary(small).slice(1)).toEqual([
      [`Deduction of down payment ${down.number}`, '-1', '15.00', '21', '-15.00'],
      [`Deduction of down payment ${down.number}`, '-1', '10.00', '10', '-10.00'],
    ]);
    expect(small.totals.total).toBe('0.00');
    // The rest of the down payment goes on the next invoice: 21 %: 200.00 − 92.50 = 107.50; 10 %: 40.00 − 15.00 = 25.00
    const rest = await issuedInvoice(h, o.finance, { orderId: order.id });
    expect(rest.lines.filter((l) => l.deductsInvoiceId).map((l) => l.netAmount)).toEqual(['-92.50', '-15.00']);
    expect(rest.totals.taxBase).toBe('132.50');
  });

  it('credits a down payment only down to what later invoices did not deduct (422), until those are credited', async () => {
    const order = await orderOf();
    const down = await issuedInvoice(h, o.finance, { orderId: order.id, downPaymentPercent: '20' });
    const rest = await issuedInvoice(h, o.finance, { orderId: order.id });
    await expectRefused(() => creditNote(h, o.finance, down.id, { reason: 'Refund' }), 422, 'lines');
    await ok(creditNote(h, o.finance, rest.id, { reason: 'Wrong prices' }), 201);
    // The reversed deductions are deductible again, and the order can be invoiced again with them.
    expect((await draftInvoice(h, o.finance, { orderId: order.id })).totals.total).toBe('252.12');
    await ok(creditNote(h, o.finance, down.id, { reason: 'Refund' }), 201);
    expect((await draftInvoice(h, o.finance, { orderId: order.id })).totals.total).toBe('315.15');
  });

  it('never asks down payments beyond 100 % of the order', async () => {
    const order = await orderOf();
    await issuedInvoice(h, o.finance, { orderId: order.id, downPaymentPercent: '60' });
    await expectRefused(() => createInvoice(h, o.finance, { orderId: order.id, downPaymentPercent: '50' }), 422, 'downPaymentPercent');
  });
});

describe('invoices: issuing and numbering', () => {
  let org: SalesOrganization;
  beforeAll(async () => {
    org = await salesOrganization(h);
  });

  it('numbers INV-2026-00001, 00002… per series and year, dates and freezes the parties, and leaves no gap after a failed issue', async () => {
    const orderA = await orderOf(twoLines, org);
    const first = await draftInvoice(h, org.finance, { orderId: orderA.id, downPaymentPercent: '10' });
    const res = await ok(issue(h, org.finance, first.id, {}, { 'if-match': `"${first.version}"` }));
    expect(res.headers.etag).toBe(`"${first.version + 1}"`);
    expect(res.body).toMatchObject({
      number: 'INV-2026-00001',
      fiscalYear: 2026,
      status: 'issued',
      issueDate: '2026-03-10',
      dueDate: '2026-04-09',
      issuedAt: clock.now().toISOString(),
      parties: { issuer: { name: expect.any(String), taxIds: [] }, customer: { name: expect.stringMatching(/^Acme/), legalName: '', taxId: '' } },
    });

    // Later dates follow; an issue date before the last issued one is refused after the number was taken: it is given back.
    const start = clock.now();
    clock.advance(2 * day);
    try {
      const second = await issuedInvoice(h, org.finance, { orderId: orderA.id, downPaymentPercent: '10' });
      expect(second).toMatchObject({ number: 'INV-2026-00002', issueDate: '2026-03-12' });
      const third = await draftInvoice(h, org.finance, { orderId: orderA.id, downPaymentPercent: '10' });
      await expectRefused(() => issue(h, org.finance, third.id, { issueDate: '2026-03-11' }), 422, 'issueDate', org);
      await expectRefused(() => issue(h, org.finance, third.id, { issueDate: '2026-03-13' }), 422, 'issueDate', org);
      expect((await ok(issue(h, org.finance, third.id))).body).toMatchObject({ number: 'INV-2026-00003', issueDate: '2026-03-12' });
    } finally {
      clock.set(start);
    }

    // The customer renamed later: the issued invoice keeps what it said.
    const account = (await ok(call(h.app, 'GET', `/api/v1/accounts/${orderA.accountId}`, { session: org.repNorth }))).body;
    await ok(call(h.app, 'PATCH', `/api/v1/accounts/${account.id}`, { session: org.repNorth, body: { name: 'Renamed SL' } }));
    expect((await getInvoice(h, org.finance, first.id)).parties?.customer.name).toBe(account.name);

    // Issuing twice is refused: the invoice is no longer a draft.
    const again = await expectRefused(() => issue(h, org.finance, first.id), 409, undefined, org);
    expect(again.body).toMatchObject({ code: 'invalid_state', state: 'issued' });
    const events = await timeline(org.finance, `/api/v1/invoices/${first.id}`);
    expect(events[0]).toMatchObject({ action: 'transition', changes: { status: { before: 'draft', after: 'issued' }, number: { before: null, after: 'INV-2026-00001' } } });
  });

  it('gives 50 invoices issued at the same time the numbers 00001 to 00050, without gaps or duplicates', async () => {
    const fresh = await salesOrganization(h);
    const order = await orderOf(twoLines, fresh);
    const drafts: InvoiceBody[] = [];
    for (let i = 0; i < 50; i++) drafts.push(await draftInvoice(h, fresh.finance, { orderId: order.id, downPaymentPercent: '1' }));
    const answers = await Promise.all(drafts.map((d) => issue(h, fresh.finance, d.id)));
    expect(answers.map((a) => a.status)).toEqual(drafts.map(() => 200));
    const numbers = answers.map((a) => a.body.number as string).sort();
    expect(numbers).toEqual(Array.from({ length: 50 }, (_, i) => `INV-2026-${String(i + 1).padStart(5, '0')}`));
    const { rows } = await h.owner.query('select last_value from document_sequences where org_id = $1 and series = $2 and year = 2026', [fresh.orgId, 'INV']);
    expect(rows).toEqual([{ last_value: 50 }]);
  });
});

describe('invoices: issued invoices are immutable', () => {
  it('changes a draft with If-Match (412 when stale), and refuses PATCH and DELETE of an issued invoice (409)', async () => {
    const order = await orderOf();
    const draft = await draftInvoice(h, o.finance, { orderId: order.id });
    await expectRefused(() => call(h.app, 'PATCH', `/api/v1/invoices/${draft.id}`, { session: o.finance, body: { notes: 'x' }, headers: { 'if-match': '"9"' } }), 412);
    const changed = await ok(call(h.app, 'PATCH', `/api/v1/invoices/${draft.id}`, { session: o.finance, body: { notes: 'Pay by transfer', paymentTerms: 'net_15' }, headers: { 'if-match': `"${draft.version}"` } }));
    expect(changed.body).toMatchObject({ notes: 'Pay by transfer', paymentTerms: 'net_15', version: draft.version + 1 });
    await expectRefused(() => issue(h, o.finance, draft.id, {}, { 'if-match': `"${draft.version}"` }), 412);
    const issued = (await ok(issue(h, o.finance, draft.id))).body as InvoiceBody;
    expect(issued.dueDate).toBe('2026-03-25'); // net 15 from the clock's day

    for (const request of [
      () => call(h.app, 'PATCH', `/api/v1/invoices/${draft.id}`, { session: o.finance, body: { notes: 'changed' } }),
      () => call(h.app, 'DELETE', `/api/v1/invoices/${draft.id}`, { session: o.finance }),
    ]) {
      const res = await expectRefused(request, 409);
      expect(res.body).toMatchObject({ code: 'invalid_state', state: 'issued' });
    }
  });

  it('archives a draft (204); an archived draft cannot be issued', async () => {
    const order = await orderOf();
    const draft = await draftInvoice(h, o.finance, { orderId: order.id });
    expect((await call(h.app, 'DELETE', `/api/v1/invoices/${draft.id}`, { session: o.finance })).status).toBe(204);
    const res = await expectRefused(() => issue(h, o.finance, draft.id), 409);
    expect(res.body.state).toBe('archived');
    const list = (await ok(call(h.app, 'GET', `/api/v1/invoices?filter[orderId]=${order.id}`, { session: o.finance }))).body.data;
    expect(list).toEqual([]);
  });
});

describe('invoices: credit notes', () => {
  it('credits a whole invoice: CN number, negative lines and charges, invoice credited, quantities given back', async () => {
    const org = await salesOrganization(h);
    const order = await orderOf(twoLines, org);
    const invoice = await issuedInvoice(h, org.finance, { orderId: order.id });
    const res = await ok(creditNote(h, org.finance, invoice.id, { reason: 'Wrong customer' }), 201);
    const cn = res.body as InvoiceBody;
    expect(cn).toMatchObject({
      kind: 'credit_note',
      series: 'CN',
      number: 'CN-2026-00001',
      status: 'issued',
      creditedInvoiceId: invoice.id,
      creditReason: 'Wrong customer',
      issueDate: '2026-03-10',
      amountDue: '0.00',
      overdue: false,
      charges: [expect.objectContaining({ amount: '-15.00' })],
      totals: { taxBase: '-265.00', total: '-315.15' },
    });
    expect(lineSummary(cn)).toEqual([
      ['Consulting day', '-2', '100.00', '21', '-200.00'],
      ['Filter', '-5', '10.00', '10', '-50.00'],
    ]);
    expect(cn.lines.map((l) => l.creditsLineId)).toEqual(invoice.lines.map((l) => l.id));
    const after = await getInvoice(h, org.finance, invoice.id);
    expect(after).toMatchObject({ status: 'credited', amountCredited: '315.15', amountDue: '0.00' });
    expect(after.lines.map((l) => l.creditedQuantity)).toEqual(['2', '5']);
    expect(await invoiced(order.id, org.finance)).toEqual(['0', '0']);
    const [credit] = await timeline(org.finance, `/api/v1/invoices/${invoice.id}`);
    expect(credit).toMatchObject({ action: 'transition', changes: { status: { before: 'issued', after: 'credited' }, creditNote: { before: null, after: 'CN-2026-00001' } } });
    expect((await timeline(org.finance, `/api/v1/invoices/${cn.id}`)).map((e) => e.action)).toEqual(['create']);
    // The order may be invoiced again, charges included.
    expect((await draftInvoice(h, org.finance, { orderId: order.id })).totals.total).toBe('315.15');
    await expectRefused(() => creditNote(h, org.finance, invoice.id, { reason: 'Again' }), 409, undefined, org);
  });

  it('credits some quantities of some lines, never more than remains uncredited (422), then the rest', async () => {
    const order = await orderOf();
    const invoice = await issuedInvoice(h, o.finance, { orderId: order.id });
    const [consulting, filter] = invoice.lines as [InvoiceBody['lines'][number], InvoiceBody['lines'][number]];
    // 2 filters at 10 %: −20.00, tax −2.00 → −22.00
    const partial = (await ok(creditNote(h, o.finance, invoice.id, { reason: 'Two filters broken', lines: [{ invoiceLineId: filter.id, quantity: '2' }] }), 201)).body;
    expect(partial.totals.total).toBe('-22.00');
    expect(await getInvoice(h, o.finance, invoice.id)).toMatchObject({ status: 'issued', amountCredited: '22.00', amountDue: '293.15' });
    expect(await invoiced(order.id)).toEqual(['2', '3']);

    for (const [lines, path] of [
      [[{ invoiceLineId: filter.id, quantity: '4' }], 'lines.0.quantity'],
      [[{ invoiceLineId: consulting.id, quantity: '1' }, { invoiceLineId: consulting.id, quantity: '1' }], 'lines.1.invoiceLineId'],
      [[{ invoiceLineId: partial.lines[0].id, quantity: '1' }], 'lines.0.invoiceLineId'],
      [[{ invoiceLineId: filter.id, quantity: '-1' }], 'lines.0.quantity'],
    ] as const) {
      await expectRefused(() => creditNote(h, o.finance, invoice.id, { reason: 'Too much', lines }), 422, path);
    }
    // The whole rest: 2 consulting days, 3 filters and the shipping.
    const rest = (await ok(creditNote(h, o.finance, invoice.id, { reason: 'Cancelled' }), 201)).body;
    expect(lineSummary(rest)).toEqual([
      ['Consulting day', '-2', '100.00', '21', '-200.00'],
      ['Filter', '-3', '10.00', '10', '-30.00'],
    ]);
    expect(await getInvoice(h, o.finance, invoice.id)).toMatchObject({ status: 'credited', amountCredited: '315.15', amountDue: '0.00' });
  });

  it('refuses to credit a draft or a credit note (409)', async () => {
    const order = await orderOf();
    const draft = await draftInvoice(h, o.finance, { orderId: order.id });
    expect((await expectRefused(() => creditNote(h, o.finance, draft.id, { reason: 'x' }), 409)).body.state).toBe('draft');
    await ok(issue(h, o.finance, draft.id));
    const cn = (await ok(creditNote(h, o.finance, draft.id, { reason: 'x', lines: [{ invoiceLineId: draft.lines[0]!.id, quantity: '1' }] }), 201)).body;
    expect((await expectRefused(() => creditNote(h, o.finance, cn.id, { reason: 'x' }), 409)).body.state).toBe('credit_note');
  });
});

describe('payments', () => {
  it('takes an invoice from issued to partially paid to paid, never beyond what is due, and closes a settled order', async () => {
    const order = await orderOf();
    await delivered(h, o.repNorth, order.id, order.lines.map((l) => ({ orderLineId: l.id, quantity: l.quantity })));
    const invoice = await issuedInvoice(h, o.finance, { orderId: order.id });
    const first = await ok(pay(h, o.finance, invoice.id, '100.00', '2026-03-12', { reference: 'TRF-1' }), 201);
    expect(first.body).toMatchObject({ invoiceId: invoice.id, accountId: order.accountId, ownerId: o.repNorth.userId, amount: '100.00', currency: 'EUR', paidOn: '2026-03-12', method: 'bank_transfer', reference: 'TRF-1' });
    expect(await getInvoice(h, o.finance, invoice.id)).toMatchObject({ status: 'partially_paid', amountPaid: '100.00', amountDue: '215.15' });

    const over = await expectRefused(() => pay(h, o.finance, invoice.id, '215.16', '2026-03-12'), 422, 'amount');
    expect(over.body.errors[0].message).toContain('215.15 EUR');
    await expectRefused(() => pay(h, o.finance, invoice.id, '1.001', '2026-03-12'), 422, 'amount');
    await expectRefused(() => pay(h, o.repNorth, invoice.id, '1.00', '2026-03-12'), 403);

    await ok(pay(h, o.finance, invoice.id, '215.15', '2026-03-13'), 201);
    expect(await getInvoice(h, o.finance, invoice.id)).toMatchObject({ status: 'paid', amountPaid: '315.15', amountDue: '0.00' });
    expect((await getOrder(order.id)).status).toBe('closed');
    const paidAgain = await expectRefused(() => pay(h, o.finance, invoice.id, '1.00', '2026-03-13'), 409);
    expect(paidAgain.body.state).toBe('paid');

    const listed = (await ok(call(h.app, 'GET', `/api/v1/payments?filter[invoiceId]=${invoice.id}&sort=paidOn`, { session: o.finance }))).body.data;
    expect(listed.map((p: { amount: string }) => p.amount)).toEqual(['100.00', '215.15']);
  });

  it('archives a payment recorded by mistake and takes it off the invoice', async () => {
    const order = await orderOf();
    const invoice = await issuedInvoice(h, o.finance, { orderId: order.id });
    const payment = (await ok(pay(h, o.finance, invoice.id, '315.15', '2026-03-12'), 201)).body;
    expect((await getInvoice(h, o.finance, invoice.id)).status).toBe('paid');
    expect((await call(h.app, 'DELETE', `/api/v1/payments/${payment.id}`, { session: o.finance })).status).toBe(204);
    expect(await getInvoice(h, o.finance, invoice.id)).toMatchObject({ status: 'issued', amountPaid: '0.00', amountDue: '315.15' });
    expect((await call(h.app, 'GET', `/api/v1/payments?filter[invoiceId]=${invoice.id}`, { session: o.finance })).body.data).toEqual([]);
    expect((await timeline(o.finance, `/api/v1/payments/${payment.id}`)).map((e) => e.action)).toEqual(['archive', 'create']);
  });

  it('refuses payments on drafts and credit notes (409) and on unknown invoices (422)', async () => {
    const order = await orderOf();
    const draft = await draftInvoice(h, o.finance, { orderId: order.id });
    expect((await expectRefused(() => pay(h, o.finance, draft.id, '1.00', '2026-03-12'), 409)).body.state).toBe('draft');
    await ok(issue(h, o.finance, draft.id));
    const cn = (await ok(creditNote(h, o.finance, draft.id, { reason: 'x', lines: [{ invoiceLineId: draft.lines[0]!.id, quantity: '1' }] }), 201)).body;
    await expectRefused(() => pay(h, o.finance, cn.id, '1.00', '2026-03-12'), 409);
    await expectRefused(() => pay(h, o.finance, '00000000-0000-4000-8000-000000000000', '1.00', '2026-03-12'), 422, 'invoiceId');
  });
});

describe('invoices: visibility and lists', () => {
  it('shows a rep the invoices of their own orders only (404 otherwise); finance sees all', async () => {
    const order = await orderOf();
    const invoice = await issuedInvoice(h, o.finance, { orderId: order.id });
    const payment = (await ok(pay(h, o.finance, invoice.id, '1.00', '2026-03-12'), 201)).body;
    expect((await ok(call(h.app, 'GET', `/api/v1/invoices/${invoice.id}`, { session: o.repNorth }))).body.id).toBe(invoice.id);
    expect((await ok(call(h.app, 'GET', `/api/v1/invoices/${invoice.id}`, { session: o.managerNorth }))).body.id).toBe(invoice.id);
    for (const path of [`/api/v1/invoices/${invoice.id}`, `/api/v1/invoices/${invoice.id}/timeline`, `/api/v1/payments/${payment.id}`]) {
      expectProblem(await call(h.app, 'GET', path, { session: o.repSouth }), 404);
    }
    const south = (await ok(call(h.app, 'GET', '/api/v1/invoices?limit=200', { session: o.repSouth }))).body.data;
    expect(south.map((i: InvoiceBody) => i.id)).not.toContain(invoice.id);
    const mine = (await ok(call(h.app, 'GET', `/api/v1/invoices?filter[orderId]=${order.id}`, { session: o.repNorth }))).body.data;
    expect(mine).toEqual([expect.objectContaining({ id: invoice.id, number: invoice.number, totals: invoice.totals })]);
    expect(mine[0].lines).toBeUndefined();
  });

  it('sorts by number with drafts first and pages with a cursor', async () => {
    const org = await salesOrganization(h);
    const order = await orderOf(twoLines, org);
    const draft = await draftInvoice(h, org.finance, { orderId: order.id, downPaymentPercent: '5' });
    const a = await issuedInvoice(h, org.finance, { orderId: order.id, downPaymentPercent: '5' });
    const b = await issuedInvoice(h, org.finance, { orderId: order.id, downPaymentPercent: '5' });
    const page1 = (await ok(call(h.app, 'GET', '/api/v1/invoices?sort=number&limit=2', { session: org.finance }))).body;
    expect(page1.data.map((i: InvoiceBody) => i.id)).toEqual([draft.id, a.id]);
    const page2 = (await ok(call(h.app, 'GET', `/api/v1/invoices?sort=number&limit=2&cursor=${page1.nextCursor}`, { session: org.finance }))).body;
    expect(page2).toEqual({ data: [expect.objectContaining({ id: b.id })], nextCursor: null });
    const desc = (await ok(call(h.app, 'GET', '/api/v1/invoices?sort=-issueDate&filter[kind]=down_payment', { session: org.finance }))).body.data;
    expect(desc.map((i: InvoiceBody) => i.id).slice(-1)).toEqual([draft.id]);
  });
});

describe('invoices: overdue', () => {
  it('is overdue past the due date while not fully paid, in the record and with filter[overdue]', async () => {
    const org = await salesOrganization(h);
    const order = await orderOf(twoLines, org);
    const invoice = await issuedInvoice(h, org.finance, { orderId: order.id }); // net 30: due 30 days after the clock's day
    const paid = await issuedInvoice(h, org.finance, { orderId: order.id, downPaymentPercent: '10' });
    await ok(pay(h, org.finance, paid.id, paid.totals.total, paid.issueDate!), 201);
    const start = clock.now();
    try {
      const overdueIds = async (session: Session) =>
        ((await ok(call(h.app, 'GET', '/api/v1/invoices?filter[overdue]=true', { session }))).body.data as InvoiceBody[]).map((i) => i.id);
      expect((await getInvoice(h, org.finance, invoice.id)).overdue).toBe(false);
      clock.advance(30 * day);
      const finance = await signIn(h.app, org.finance.email);
      expect((await getInvoice(h, finance, invoice.id)).overdue).toBe(false); // due today: not yet overdue
      expect(await overdueIds(finance)).toEqual([]);
      clock.advance(day);
      expect((await getInvoice(h, finance, invoice.id)).overdue).toBe(true);
      expect((await getInvoice(h, finance, paid.id)).overdue).toBe(false);
      expect(await overdueIds(finance)).toEqual([invoice.id]);
      const notOverdue = (await ok(call(h.app, 'GET', '/api/v1/invoices?filter[overdue]=false', { session: finance }))).body.data as InvoiceBody[];
      expect(notOverdue.map((i) => i.id)).toEqual([paid.id]);
      await ok(pay(h, finance, invoice.id, '1.00', '2026-04-20'), 201);
      expect((await getInvoice(h, finance, invoice.id)).overdue).toBe(true); // partially paid is still overdue
    } finally {
      clock.set(start);
    }
  });
});
