import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness, type Session } from '../support/harness.js';
import { confirmedOrder, delivered, issuedInvoice, pay } from '../support/billing.js';
import { newQuote } from '../support/quotes.js';
import { newAccount, newOpportunity, salesOrganization, type SalesOrganization } from '../support/sales-org.js';

let h: Harness;
let org: SalesOrganization;

beforeAll(async () => {
  h = await startHarness();
  org = await salesOrganization(h);
});
afterAll(() => h?.close());

async function pdf(session: Session, url: string) {
  const res = await h.app.inject({ method: 'GET', url, headers: { cookie: session.cookie } });
  return { status: res.statusCode, type: String(res.headers['content-type']), bytes: res.rawPayload, body: res.body };
}

/** What the PDF says, as poppler reads it back (layout kept, so a line of the table stays a line). */
function textOf(bytes: Buffer): string {
  return execFileSync('pdftotext', ['-layout', '-', '-'], { input: bytes }).toString('utf8');
}

const lines = [
  { description: 'Bomba industrial P300', quantity: '3', unitPrice: '1250.00', discountPercent: '5', taxRate: '21' },
  { description: 'Cartucho filtrante', quantity: '7', unitPrice: '33.33', taxRate: '10' },
];

describe('quote PDF', () => {
  it('prints the quote in the language asked for, with the organisation and the totals', async () => {
    const account = await newAccount(h, org.repNorth, { name: 'Aguas del Sur', legalName: 'Aguas del Sur S.A.', taxId: 'A41234567' });
    const deal = await newOpportunity(h, org.repNorth, account.id);
    const quote = await newQuote(h, org.repNorth, deal.id, { lines, discountPercent: '3', charges: [{ description: 'Transporte', amount: '120.00', taxRate: '21' }] });

    const es = await pdf(org.repNorth, `/api/v1/quotes/${quote.id}/pdf?lang=es`);
    expect(es.status).toBe(200);
    expect(es.type).toBe('application/pdf');
    expect(es.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const text = textOf(es.bytes);
    for (const expected of ['Oferta', quote.number, 'Aguas del Sur S.A.', 'NIF A41234567', 'Bomba industrial P300', '3.562,50', 'Base imponible']) {
      expect(text).toContain(expected);
    }
    // 21 %: 3562.50 − 106.88 + 120.00 = 3575.62, tax 750.88; 10 %: 233.31 − 7.00 = 226.31, tax 22.63 → 4575.44
    expect(quote.totals.total).toBe('4575.44');
    expect(text).toContain('4.575,44');

    const en = textOf((await pdf(org.repNorth, `/api/v1/quotes/${quote.id}/pdf?lang=en`)).bytes);
    expect(en).toContain('Quote');
    expect(en).toContain('3,562.50');

    const fa = await pdf(org.repNorth, `/api/v1/quotes/${quote.id}/pdf?lang=fa`);
    expect(fa.status).toBe(200);
    expect(fa.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    // Persian digits are in the text layer (shaped Arabic letters extract as presentation forms, so only digits are compared).
    expect(textOf(fa.bytes)).toContain('۳٬۵۶۲٫۵۰');
  });

  it('answers 404 to whoever may not see the quote, and 400 for an unknown language', async () => {
    const account = await newAccount(h, org.repNorth);
    const deal = await newOpportunity(h, org.repNorth, account.id);
    const quote = await newQuote(h, org.repNorth, deal.id);
    expect((await pdf(org.repSouth, `/api/v1/quotes/${quote.id}/pdf`)).status).toBe(404);
    expect((await pdf(org.repNorth, `/api/v1/quotes/${quote.id}/pdf?lang=de`)).status).toBe(400);
    expect((await pdf(org.managerNorth, `/api/v1/quotes/${quote.id}/pdf`)).status).toBe(200);
  });
});

describe('invoice PDF', () => {
  it('prints an issued invoice with its number, due date, parties frozen at issue and the amount due', async () => {
    const order = await confirmedOrder(h, org.repNorth, { lines });
    await delivered(h, org.repNorth, order.id, order.lines.map((l) => ({ orderLineId: l.id, quantity: l.quantity })));
    const invoice = await issuedInvoice(h, org.finance, { orderId: order.id });
    const paid = await pay(h, org.finance, invoice.id, '1000.00', invoice.issueDate!);
    expect(paid.status).toBe(201);

    const res = await pdf(org.finance, `/api/v1/invoices/${invoice.id}/pdf?lang=es`);
    expect(res.status).toBe(200);
    const text = textOf(res.bytes);
    for (const expected of ['Factura', invoice.number!, order.number, 'Vencimiento', 'Pagado', '1.000,00', 'Pendiente de pago']) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('BORRADOR');
    expect((await pdf(org.repSouth, `/api/v1/invoices/${invoice.id}/pdf`)).status).toBe(404);
  });
});
