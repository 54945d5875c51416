import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, expectProblem, startHarness, type Harness, type Session } from '../support/harness.js';
import { acceptedQuote, newQuote, sentQuote } from '../support/quotes.js';
import { newAccount, newContact, newOpportunity, salesOrganization, type SalesOrganization } from '../support/sales-org.js';
import { newTask, ok } from '../support/tasks.js';

let h: Harness;
let o: SalesOrganization;
let account: { id: string };
const numbers: Record<string, string> = {};

beforeAll(async () => {
  h = await startHarness();
  o = await salesOrganization(h);
  account = await newAccount(h, o.repNorth, {
    name: 'Hotel Mediterráneo',
    legalName: 'Hotel Mediterráneo Costa S.A.',
    taxId: 'A08123456',
    phone: '+34 932 000 111',
    industry: 'Hostelería',
    address: { street: 'Avinguda Diagonal 640', city: 'Barcelona', postalCode: '08017', country: 'ES' },
    paymentTerms: 'net_60',
    creditLimit: { amount: '20000.00', currency: 'EUR' },
    notes: 'Deliveries only before 10:00.',
  });
  const carla = await newContact(h, o.repNorth, account.id, { firstName: 'Carla', lastName: 'Ruiz', jobTitle: 'Jefa de compras', email: 'carla@hotel.example', isPrimary: true });
  await newContact(h, o.repNorth, account.id, { firstName: 'Jordi', lastName: 'Puig', phone: '+34 600 111 222' });
  const open = await newOpportunity(h, o.repNorth, account.id, { name: 'Renovación lavandería', amount: { amount: '48000.00', currency: 'EUR' }, expectedCloseDate: '2026-06-30' });
  numbers.draft = (await newQuote(h, o.repNorth, open.id)).number;
  numbers.sent = (await sentQuote(h, o.repNorth, open.id)).number;
  const won = await newOpportunity(h, o.repNorth, account.id, { name: 'Toallas 2026', amount: { amount: '242.00', currency: 'EUR' } });
  const accepted = await acceptedQuote(h, o.repNorth, won.id);
  numbers.accepted = accepted.number;
  numbers.order = (await ok(call(h.app, 'GET', `/api/v1/orders/${accepted.orderId}`, { session: o.repNorth }))).body.number;
  const task = await newTask(h, o.repNorth, { type: 'contact', id: carla.id }, { kind: 'visit', subject: 'Visita técnica a la lavandería' });
  await ok(call(h.app, 'POST', '/api/v1/time-entries', { session: o.repNorth, body: { taskId: task.id, date: '2026-04-20', minutes: 95, comment: 'Medición de la sala' } }), 201);
  await ok(call(h.app, 'POST', `/api/v1/tasks/${task.id}/complete`, { session: o.repNorth, body: { outcome: 'Necesitan dos secadoras' } }));
  await ok(call(h.app, 'POST', '/api/v1/notes', { session: o.repNorth, body: { relatedTo: { type: 'account', id: account.id }, body: 'Prefiere que le llamen por la mañana' } }), 201);
});
afterAll(() => h.close());

async function dossier(session: Session, lang: string) {
  const res = await h.app.inject({ method: 'GET', url: `/api/v1/accounts/${account.id}/dossier.pdf?lang=${lang}`, headers: { cookie: session.cookie } });
  return { status: res.statusCode, type: String(res.headers['content-type']), bytes: res.rawPayload, body: res.body };
}

const textOf = (bytes: Buffer) => execFileSync('pdftotext', ['-layout', '-', '-'], { input: bytes }).toString('utf8');

describe('the account dossier', () => {
  it('prints, in Spanish, the account and its terms, contacts, open deals and quotes, orders, recent activity and time', async () => {
    const res = await dossier(o.repNorth, 'es');
    expect(res.status, res.body.slice(0, 300)).toBe(200);
    expect(res.type).toBe('application/pdf');
    const text = textOf(res.bytes);
    for (const expected of [
      'Ficha del cliente',
      'Hotel Mediterráneo Costa S.A.',
      'Avinguda Diagonal 640',
      '60 días',
      '20.000,00 EUR',
      'Calificación crediticia',
      'Rita North',
      'Carla Ruiz · principal',
      'Jefa de compras',
      'Jordi Puig',
      'Renovación lavandería',
      '48.000,00 EUR',
      numbers.draft!,
      'Borrador',
      'Enviado',
      numbers.order!,
      'Pendiente',
      'Visita técnica a la lavandería — Necesitan dos secadoras',
      'Prefiere que le llamen por la mañana',
      'Medición de la sala',
      'Notas',
      'Deliveries only before 10:00.',
    ]) {
      expect(text).toContain(expected);
    }
    // The won deal and its accepted quote are no longer open.
    expect(text).not.toContain('Toallas 2026');
    expect(text).not.toMatch(new RegExp(`${numbers.accepted}\\s+Enviado`));
  });

  it('prints in Persian (right to left, Persian digits) and in English', async () => {
    const fa = textOf((await dossier(o.repNorth, 'fa')).bytes);
    for (const expected of ['مشتری', 'مخاطبان', '۴۸٬۰۰۰٫۰۰ EUR', 'Carla Ruiz']) expect(fa).toContain(expected);
    const en = textOf((await dossier(o.repNorth, 'en')).bytes);
    for (const expected of ['Account dossier', 'Open deals', 'Orders in progress', 'Recent time entries', 'Net 60 days']) expect(en).toContain(expected);
  });

  it('answers 404 to whoever may not see the account', async () => {
    const res = await call(h.app, 'GET', `/api/v1/accounts/${account.id}/dossier.pdf`, { session: o.repSouth });
    expectProblem(res, 404);
    expect((await dossier(o.managerNorth, 'en')).status).toBe(200);
  });
});
