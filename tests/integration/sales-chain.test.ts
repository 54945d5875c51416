import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/server/kernel/clock.js';
import { call, startHarness, type Harness, type Session } from '../support/harness.js';
import { newProduct } from '../support/catalog.js';
import { salesOrganization, type SalesOrganization } from '../support/sales-org.js';

/**
 * The whole sales cycle through the public API, as a customer's purchase of pumps, filters and a
 * training course travels it: lead → account, contact and opportunity → quote (negotiated in two
 * rounds) → order → two deliveries → two invoices → payments → paid and closed.
 * Every expected amount is worked out by hand below, from EN 16931's rules.
 */
let h: Harness;
let org: SalesOrganization;
let rep: Session;
let finance: Session;
const clock = fixedClock(new Date());
const day = 24 * 60 * 60 * 1000;
const today = () => clock.now().toISOString().slice(0, 10);
const year = clock.now().getUTCFullYear();

beforeAll(async () => {
  h = await startHarness({ clock });
  org = await salesOrganization(h);
  rep = org.repNorth;
  finance = org.finance;
});
afterAll(() => h?.close());

async function ok(method: 'GET' | 'POST' | 'PATCH', url: string, session: Session, body?: unknown, status = method === 'POST' ? 201 : 200) {
  const res = await call(h.app, method, url, { session, body });
  expect(res.status, `${method} ${url}: ${JSON.stringify(res.body)}`).toBe(status);
  return res.body;
}

describe('the sales chain', () => {
  it('carries a lead to a paid, closed order with exact totals at every step', async () => {
    // Catalogue: three products; the test names the tax rate on each line (21 %, 10 %, 0 %).
    const pump = await newProduct(h, org.admin, { sku: 'PUMP-300', name: 'Industrial pump P300' });
    const filter = await newProduct(h, org.admin, { sku: 'FLT-10', name: 'Filter cartridge' });
    const course = await newProduct(h, org.admin, { sku: 'TRN-1', name: 'Operator training course', kind: 'service' });

    // 1. The lead arrives, is worked and qualified, then converted into account + contact + opportunity.
    const lead = await ok('POST', '/api/v1/leads', rep, { firstName: 'Lucía', lastName: 'Martín', company: 'Aguas del Sur S.A.', email: 'lucia@aguasdelsur.test', source: 'web' });
    await ok('POST', `/api/v1/leads/${lead.id}/start`, rep, undefined, 200);
    await ok('POST', `/api/v1/leads/${lead.id}/qualify`, rep, undefined, 200);
    const converted = await ok('POST', `/api/v1/leads/${lead.id}/convert`, rep, { createOpportunity: true, opportunityName: 'Pumping station upgrade' });
    expect(converted).toMatchObject({ accountId: expect.any(String), contactId: expect.any(String), opportunityId: expect.any(String) });

    // 2. Quote, round 1: three lines, a 3 % document discount and 120.00 shipping at 21 %.
    const lines = [
      { productId: pump.id, quantity: '3', unitPrice: '1250.00', discountPercent: '5', taxRate: '21' },
      { productId: filter.id, quantity: '7', unitPrice: '33.33', taxRate: '10' },
      { productId: course.id, quantity: '2', unitPrice: '89.95', discountPercent: '12.5', taxRate: '0' },
    ];
    const rev1 = await ok('POST', '/api/v1/quotes', rep, {
      opportunityId: converted.opportunityId,
      currency: 'EUR',
      paymentTerms: 'net_30',
      deliveryTerms: 'Delivered to the customer site, Sevilla',
      discountPercent: '3',
      lines,
      charges: [{ description: 'Shipping', amount: '120.00', taxRate: '21' }],
    });
    // 21 %: 3 × 1250.00 − 5 % = 3562.50; −3 % = −106.875 → −106.88; + shipping 120.00 → base 3575.62; tax 750.8802 → 750.88
    // 10 %: 7 × 33.33 = 233.31; −3 % = −6.9993 → −7.00; base 226.31; tax 22.631 → 22.63
    //  0 %: 2 × 89.95 − 12.5 % = 157.4125 → 157.41; −3 % = −4.7223 → −4.72; base 152.69; tax 0.00
    expect(rev1).toMatchObject({
      number: `Q-${year}-0001`,
      revision: 1,
      status: 'draft',
      totals: {
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
      },
    });
    expect(rev1.lines.map((l: { netAmount: string }) => l.netAmount)).toEqual(['3562.50', '233.31', '157.41']);
    await ok('POST', `/api/v1/quotes/${rev1.id}/send`, rep, undefined, 200);
    await ok('POST', `/api/v1/quotes/${rev1.id}/reject`, rep, { reason: 'Over budget: asks for 5 %' }, 200);

    // 3. Round 2: the customer negotiates a 5 % discount.
    const rev2 = await ok('POST', `/api/v1/quotes/${rev1.id}/revise`, rep, { discountPercent: '5' });
    // 21 %: 3562.50 − 5 % = −178.125 → −178.13; + 120.00 → base 3504.37; tax 735.9177 → 735.92
    // 10 %: 233.31 − 5 % = −11.6655 → −11.67; base 221.64; tax 22.164 → 22.16
    //  0 %: 157.41 − 5 % = −7.8705 → −7.87; base 149.54; tax 0.00
    expect(rev2).toMatchObject({
      number: rev1.number,
      revision: 2,
      previousRevisionId: rev1.id,
      status: 'draft',
      totals: {
        net: '3953.22',
        discount: '197.67',
        charges: '120.00',
        taxBase: '3875.55',
        tax: [
          { rate: '21', base: '3504.37', amount: '735.92' },
          { rate: '10', base: '221.64', amount: '22.16' },
          { rate: '0', base: '149.54', amount: '0.00' },
        ],
        total: '4633.63',
      },
    });
    const rounds = await ok('GET', `/api/v1/quotes/${rev2.id}/revisions`, rep);
    expect(rounds.data.map((q: { revision: number; status: string; totals: { total: string } }) => [q.revision, q.status, q.totals.total])).toEqual([
      [1, 'superseded', '4728.13'],
      [2, 'draft', '4633.63'],
    ]);

    // 4. Sent and accepted: the order is created and the opportunity won.
    await ok('POST', `/api/v1/quotes/${rev2.id}/send`, rep, undefined, 200);
    const accepted = await ok('POST', `/api/v1/quotes/${rev2.id}/accept`, rep, undefined, 200);
    expect(accepted).toMatchObject({ status: 'accepted', orderId: expect.any(String) });
    expect(await ok('GET', `/api/v1/opportunities/${converted.opportunityId}`, rep)).toMatchObject({ status: 'won' });
    expect(await ok('GET', `/api/v1/accounts/${converted.accountId}`, rep)).toMatchObject({ lifecycle: 'customer' });

    const orderId: string = accepted.orderId;
    const order = await ok('GET', `/api/v1/orders/${orderId}`, rep);
    expect(order).toMatchObject({ status: 'pending', quoteId: rev2.id, totals: rev2.totals });
    const [pumpLine, filterLine, courseLine] = order.lines as { id: string }[];

    // 5. The contract is signed: the order is confirmed after the credit check (a new customer: rating C allows net 30).
    const confirmed = await ok('POST', `/api/v1/orders/${orderId}/confirm`, rep, { contractSignedAt: today(), signedBy: 'Lucía Martín' }, 200);
    expect(confirmed).toMatchObject({ status: 'confirmed', signedBy: 'Lucía Martín', creditAtConfirmation: { rating: 'C' } });

    // 6. Two partial deliveries.
    const delivery1 = await ok('POST', '/api/v1/deliveries', rep, { orderId, lines: [{ orderLineId: pumpLine!.id, quantity: '2' }, { orderLineId: filterLine!.id, quantity: '7' }] });
    expect((await ok('GET', `/api/v1/orders/${orderId}`, rep)).status).toBe('partially_delivered');
    clock.advance(2 * day);
    const delivery2 = await ok('POST', '/api/v1/deliveries', rep, { orderId, lines: [{ orderLineId: pumpLine!.id, quantity: '1' }, { orderLineId: courseLine!.id, quantity: '2' }] });
    expect((await ok('GET', `/api/v1/orders/${orderId}`, rep)).status).toBe('delivered');

    // 7. Finance invoices each delivery. The first invoice carries the shipping charge.
    const draft1 = await ok('POST', '/api/v1/invoices', finance, { orderId, deliveryId: delivery1.id });
    // 21 %: 2 × 1250.00 − 5 % = 2375.00; −5 % = −118.75; + 120.00 → base 2376.25; tax 499.0125 → 499.01
    // 10 %: 233.31; −5 % = −11.67; base 221.64; tax 22.16
    expect(draft1).toMatchObject({
      status: 'draft',
      number: null,
      totals: {
        net: '2608.31',
        discount: '130.42',
        charges: '120.00',
        taxBase: '2597.89',
        tax: [
          { rate: '21', base: '2376.25', amount: '499.01' },
          { rate: '10', base: '221.64', amount: '22.16' },
        ],
        total: '3119.06',
      },
    });
    const invoice1 = await ok('POST', `/api/v1/invoices/${draft1.id}/issue`, finance, {}, 200);
    expect(invoice1).toMatchObject({ status: 'issued', number: `INV-${year}-00001`, amountDue: '3119.06' });
    // net 30 from the issue date
    expect(invoice1.dueDate).toBe(new Date(Date.parse(invoice1.issueDate) + 30 * day).toISOString().slice(0, 10));

    const draft2 = await ok('POST', '/api/v1/invoices', finance, { orderId, deliveryId: delivery2.id });
    // 21 %: 1 × 1250.00 − 5 % = 1187.50; −5 % = −59.375 → −59.38; base 1128.12; tax 236.9052 → 236.91
    //  0 %: 157.41; −5 % = −7.87; base 149.54; tax 0.00
    expect(draft2).toMatchObject({
      totals: {
        net: '1344.91',
        discount: '67.25',
        charges: '0.00',
        taxBase: '1277.66',
        tax: [
          { rate: '21', base: '1128.12', amount: '236.91' },
          { rate: '0', base: '149.54', amount: '0.00' },
        ],
        total: '1514.57',
      },
    });
    const invoice2 = await ok('POST', `/api/v1/invoices/${draft2.id}/issue`, finance, {}, 200);
    expect(invoice2.number).toBe(`INV-${year}-00002`);
    // Both invoices together come to the accepted quote's total: 3119.06 + 1514.57 = 4633.63.
    const fullyInvoiced = await ok('GET', `/api/v1/orders/${orderId}`, rep);
    expect(fullyInvoiced.lines.map((l: { quantity: string; invoicedQuantity: string }) => l.invoicedQuantity === l.quantity)).toEqual([true, true, true]);
    expect((await call(h.app, 'POST', '/api/v1/invoices', { session: finance, body: { orderId } })).status).toBe(422);

    // 8. Payments: the first invoice in two instalments, the second at once.
    await ok('POST', '/api/v1/payments', finance, { invoiceId: invoice1.id, amount: '2000.00', paidOn: today(), method: 'bank_transfer', reference: 'TRF 1' });
    expect(await ok('GET', `/api/v1/invoices/${invoice1.id}`, finance)).toMatchObject({ status: 'partially_paid', amountPaid: '2000.00', amountDue: '1119.06' });
    const overpay = await call(h.app, 'POST', '/api/v1/payments', { session: finance, body: { invoiceId: invoice1.id, amount: '1119.07', paidOn: today(), method: 'bank_transfer' } });
    expect(overpay.status).toBe(422);
    await ok('POST', '/api/v1/payments', finance, { invoiceId: invoice1.id, amount: '1119.06', paidOn: today(), method: 'bank_transfer', reference: 'TRF 2' });
    await ok('POST', '/api/v1/payments', finance, { invoiceId: invoice2.id, amount: '1514.57', paidOn: today(), method: 'card' });
    expect(await ok('GET', `/api/v1/invoices/${invoice1.id}`, finance)).toMatchObject({ status: 'paid', amountDue: '0.00', overdue: false });
    expect(await ok('GET', `/api/v1/invoices/${invoice2.id}`, finance)).toMatchObject({ status: 'paid', amountDue: '0.00' });

    // 9. Delivered, fully invoiced and paid: the order closes itself.
    expect((await ok('GET', `/api/v1/orders/${orderId}`, rep)).status).toBe('closed');

    // Every step is on the record.
    const quoteTimeline = await ok('GET', `/api/v1/quotes/${rev2.id}/timeline`, rep);
    expect(quoteTimeline.data.length).toBeGreaterThanOrEqual(3);
  });
});
