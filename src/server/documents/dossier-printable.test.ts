import { describe, expect, it } from 'vitest';
import type { Account } from '../../contracts/accounts.js';
import type { PrintableSection } from '../platform/pdf/index.js';
import { dossierPrintable, type DossierData } from './dossier-printable.js';

const account = {
  id: '00000000-0000-4000-8000-000000000001',
  name: 'Aguas del Sur',
  legalName: 'Aguas del Sur S.A.',
  taxId: 'A41234567',
  phone: '+34 954 000 111',
  email: '',
  website: '',
  industry: 'Utilities',
  address: { street: 'Calle Betis 12', city: 'Sevilla', region: '', postalCode: '41010', country: 'ES' },
  lifecycle: 'customer',
  paymentTerms: 'net_30',
  currency: 'EUR',
  creditLimit: { amount: '15000.00', currency: 'EUR' },
  notes: '',
} as unknown as Account;

const data: DossierData = {
  account,
  ownerName: 'Rita North',
  credit: { rating: 'B', openBalance: '1210.50', overdueBalance: '0.00', currency: 'EUR' },
  contacts: [{ firstName: 'Carla', lastName: 'Ruiz', jobTitle: 'Compras', email: 'carla@example.com', phone: '+34 600 111 222', mobile: '', isPrimary: true } as never],
  deals: [{ id: 'd', name: 'Bombas 2027', stageName: 'Offer', amount: { amount: '48000.00', currency: 'EUR' }, probability: '60.00', expectedCloseDate: '2026-12-15', ownerId: 'u' }],
  quotes: [{ id: 'q', number: 'Q-2026-0007', revision: 2, status: 'sent', issueDate: '2026-11-02', validUntil: '2026-12-02', total: { amount: '4484.11', currency: 'EUR' } }],
  orders: [],
  activity: [
    { kind: 'note', occurredAt: '2026-11-20T10:00:00.000Z', actorId: null, actorName: 'Rita North', record: { type: 'account', id: account.id }, note: { id: 'n', body: 'Call\nin the   morning', edited: false } },
    { kind: 'task_completed', occurredAt: '2026-11-19T10:00:00.000Z', actorId: null, actorName: 'Nico North', record: { type: 'contact', id: 'c' }, task: { id: 't', subject: 'Visit', kind: 'visit', status: 'done', assigneeId: 'u', dueDate: null, outcome: 'Wants two pumps' } },
  ],
  time: [{ id: 'e', date: '2026-11-19', minutes: 95, comment: 'Site survey', taskSubject: 'Visit', userName: 'Nico North' }],
  today: '2026-11-23',
};

const rowsOf = (sections: PrintableSection[], title: string) => {
  const found = sections.find((s) => s.title === title);
  return found?.kind === 'table' ? found.rows : found?.fields.map((f) => [f.label, f.value]);
};

describe('dossierPrintable', () => {
  it('prints a Spanish dossier with Spanish labels, numbers and dates, one section per kind of record', () => {
    const doc = dossierPrintable(data, { name: 'Suministros Iberia S.L.' }, 'es');
    expect(doc).toMatchObject({ direction: 'ltr', title: 'Ficha del cliente', number: 'Aguas del Sur' });
    expect(doc.customer.lines).toEqual(['Aguas del Sur S.A.', 'NIF A41234567', 'Calle Betis 12', '41010 Sevilla', 'ES']);
    expect(doc.meta).toEqual([
      { label: 'Fecha', value: '23/11/2026' },
      { label: 'Forma de pago', value: '30 días' },
      { label: 'Límite de crédito', value: '15.000,00 EUR' },
      { label: 'Calificación crediticia', value: 'B' },
      { label: 'Saldo pendiente', value: '1.210,50 EUR' },
      { label: 'Vencido', value: '0,00 EUR' },
    ]);
    expect(doc.sections.map((s) => s.title)).toEqual(['Datos de la cuenta', 'Contactos', 'Oportunidades abiertas', 'Presupuestos abiertos', 'Pedidos en curso', 'Actividad reciente', 'Tiempo dedicado reciente']);
    expect(rowsOf(doc.sections, 'Datos de la cuenta')).toEqual([['Responsable', 'Rita North'], ['Estado', 'Cliente'], ['Sector', 'Utilities'], ['Teléfono', '\u2066+34 954 000 111\u2069'], ['Moneda', 'EUR']]);
    expect(rowsOf(doc.sections, 'Oportunidades abiertas')).toEqual([['Bombas 2027', 'Offer', '48.000,00 EUR', '60', '15/12/2026']]);
    expect(rowsOf(doc.sections, 'Presupuestos abiertos')).toEqual([['Q-2026-0007 rev. 2', 'Enviado', '02/11/2026', '02/12/2026', '4.484,11 EUR']]);
    expect(doc.sections.find((s) => s.title === 'Pedidos en curso')).toMatchObject({ rows: [], empty: 'Ninguno' });
    expect(rowsOf(doc.sections, 'Actividad reciente')).toEqual([
      ['20/11/2026', 'Nota', 'Call in the morning', 'Rita North'],
      ['19/11/2026', 'Tarea hecha', 'Visit — Wants two pumps', 'Nico North'],
    ]);
    expect(rowsOf(doc.sections, 'Tiempo dedicado reciente')).toEqual([['19/11/2026', 'Nico North', 'Visit', '95', 'Site survey']]);
  });

  it('prints a Persian dossier right to left with Persian digits and Solar Hijri dates', () => {
    const doc = dossierPrintable({ ...data, credit: null }, { name: 'Suministros Iberia S.L.' }, 'fa');
    expect(doc).toMatchObject({ direction: 'rtl', title: 'پروندهٔ مشتری' });
    expect(doc.meta).toEqual([
      { label: 'تاریخ چاپ', value: '۱۴۰۵/۰۹/۰۲' },
      { label: 'شرایط پرداخت', value: '۳۰ روزه' },
      { label: 'سقف اعتبار', value: '۱۵٬۰۰۰٫۰۰ EUR' },
    ]);
    expect(rowsOf(doc.sections, 'مخاطبان')).toEqual([['Carla Ruiz · اصلی', 'Compras', 'carla@example.com', '\u2066+34 600 111 222\u2069']]);
    expect(rowsOf(doc.sections, 'زمان‌های ثبت‌شدهٔ اخیر')).toEqual([['۱۴۰۵/۰۸/۲۸', 'Nico North', 'Visit', '۹۵', 'Site survey']]);
    expect(typeof doc.pageLabel === 'function' && doc.pageLabel(1, 2)).toBe('صفحهٔ ۱ از ۲');
  });
});
