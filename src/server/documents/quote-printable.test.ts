import { describe, expect, it } from 'vitest';
import type { Quote } from '../../contracts/quotes.js';
import { quotePrintable } from './quote-printable.js';

const line = (n: number, over: Partial<Quote['lines'][number]>) => ({
  id: `00000000-0000-4000-8000-00000000000${n}`,
  position: n,
  productId: null,
  sku: null,
  description: 'Item',
  quantity: '1',
  unit: 'unit',
  unitPrice: '0.00',
  discountPercent: '0',
  taxRate: '21',
  netAmount: '0.00',
  ...over,
});

const quote = {
  number: 'Q-2026-0007',
  revision: 2,
  status: 'sent',
  issueDate: '2026-11-23',
  validUntil: '2026-12-23',
  paymentTerms: 'net_30',
  deliveryTerms: 'Portes pagados',
  notes: '',
  lines: [
    line(1, { sku: 'PUMP-300', description: 'Bomba industrial P300', quantity: '3', unitPrice: '1250.00', discountPercent: '5', netAmount: '3562.50' }),
    line(2, { description: 'Cartucho filtrante', quantity: '7', unit: 'box', unitPrice: '33.33', taxRate: '10', netAmount: '233.31' }),
  ],
  charges: [{ id: '00000000-0000-4000-8000-0000000000aa', description: 'Transporte', amount: '120.00', taxRate: '21' }],
  totals: {
    currency: 'EUR',
    net: '3795.81',
    discount: '189.79',
    charges: '120.00',
    taxBase: '3726.02',
    tax: [
      { rate: '21', base: '3504.37', amount: '735.92' },
      { rate: '10', base: '221.65', amount: '22.17' },
    ],
    total: '4484.11',
  },
} as unknown as Quote;

const issuer = { name: 'Suministros Iberia S.L.', taxIds: [{ scheme: 'ES:NIF', value: 'B12345674' }] };
const customer = { name: 'Aguas del Sur', legalName: 'Aguas del Sur S.A.', taxId: 'A41234567', addressLines: ['Calle Betis 12', '41010 Sevilla'] };

describe('quotePrintable', () => {
  it('prints a Spanish quote with Spanish numbers, dates and labels', () => {
    const doc = quotePrintable(quote, issuer, customer, 'es');
    expect(doc).toMatchObject({ direction: 'ltr', title: 'Oferta', number: 'Q-2026-0007' });
    expect(doc.issuer.lines).toEqual(['NIF B12345674']);
    expect(doc.customer.lines).toEqual(['Aguas del Sur S.A.', 'NIF A41234567', 'Calle Betis 12', '41010 Sevilla']);
    expect(doc.meta).toContainEqual({ label: 'Válido hasta', value: '23/12/2026' });
    expect(doc.meta).toContainEqual({ label: 'Forma de pago', value: '30 días' });
    expect(doc.table.rows).toEqual([
      ['1', 'PUMP-300 · Bomba industrial P300', '3', '1.250,00', '5', '21', '3.562,50'],
      ['2', 'Cartucho filtrante', '7 box', '33,33', '', '10', '233,31'],
      ['', 'Cargo: Transporte', '', '', '', '21', '120,00'],
    ]);
    expect(doc.totals).toEqual([
      { label: 'Importe neto', value: '3.795,81' },
      { label: 'Descuento', value: '-189,79' },
      { label: 'Cargos', value: '120,00' },
      { label: 'Base imponible', value: '3.726,02' },
      { label: 'IVA 21 % sobre 3.504,37', value: '735,92' },
      { label: 'IVA 10 % sobre 221,65', value: '22,17' },
      { label: 'Total (EUR)', value: '4.484,11', emphasis: true },
    ]);
    expect(doc.watermark).toBeUndefined();
  });

  it('prints a Persian quote right to left with Persian digits and a Solar Hijri date', () => {
    const doc = quotePrintable({ ...quote, status: 'draft' }, issuer, customer, 'fa');
    expect(doc).toMatchObject({ direction: 'rtl', title: 'پیش‌فاکتور', watermark: 'پیش‌نویس' });
    expect(doc.meta).toContainEqual({ label: 'معتبر تا', value: '۱۴۰۵/۱۰/۰۲' });
    expect(doc.table.rows[0]).toEqual(['۱', 'PUMP-300 · Bomba industrial P300', '۳', '۱٬۲۵۰٫۰۰', '۵', '۲۱', '۳٬۵۶۲٫۵۰']);
    expect(doc.totals.at(-1)).toEqual({ label: 'جمع کل (EUR)', value: '۴٬۴۸۴٫۱۱', emphasis: true });
    expect(typeof doc.pageLabel === 'function' && doc.pageLabel(1, 2)).toBe('صفحهٔ ۱ از ۲');
  });
});
