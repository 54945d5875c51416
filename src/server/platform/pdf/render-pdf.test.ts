import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { renderPdf } from './render-pdf.js';
import type { PrintableDocument, SectionedDocument } from './printable-document.js';

function printable(rowCount: number, overrides: Partial<PrintableDocument> = {}): PrintableDocument {
  return {
    direction: 'ltr',
    title: 'Quote',
    number: 'Q-2026-0007 rev. 2',
    issuer: { name: 'Suministros Iberia S.L.', lines: ['NIF B12345678', 'Calle de Alcalá 123, 28009 Madrid'] },
    customer: { heading: 'Quote for', name: 'Hotel Mediterráneo Costa S.A.', lines: ['Avinguda Diagonal 640, Barcelona'] },
    meta: [{ label: 'Issue date', value: '23 Nov 2026' }],
    table: {
      columns: [
        { label: 'Description', align: 'start', width: 4 },
        { label: 'Qty', align: 'end', width: 1 },
        { label: 'Amount', align: 'end', width: 1.5 },
      ],
      rows: Array.from({ length: rowCount }, (_, i) => [`Line ${i + 1}: server rack cabinet 42U with perforated doors`, '2', '2,498.00']),
    },
    totals: [{ label: 'Total', value: '€12,803.13', emphasis: true }],
    notes: ['Valid for 30 days.'],
    footer: 'Suministros Iberia S.L. · ventas@suministros-iberia.es',
    createdAt: new Date('2026-11-23T09:00:00Z'),
    ...overrides,
  };
}

const persian: Partial<PrintableDocument> = {
  direction: 'rtl',
  title: 'پیش‌فاکتور',
  customer: { heading: 'خریدار', name: 'شرکت پارس تجهیز', lines: ['شناسه ملی: ۱۰۱۰۲۳۴۵۶۷۸'] },
  totals: [{ label: 'مبلغ قابل پرداخت', value: '۱۳٬۳۸۵٬۰۹۱٬۵۰۰ ریال', emphasis: true }],
  watermark: 'پیش‌نویس',
  pageLabel: (page, pages) => `صفحه ${page} از ${pages}`,
};

const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type \/Page\b/g)?.length ?? 0;
const embeddedFonts = (pdf: Buffer) => [...pdf.toString('latin1').matchAll(/\/BaseFont \/[A-Z]{6}\+([\w-]+)/g)].map((m) => m[1]);

describe('renderPdf', () => {
  it('renders a one-page PDF with subsetted fonts embedded', async () => {
    const pdf = await renderPdf(printable(3));
    const text = pdf.toString('latin1');
    expect(text.startsWith('%PDF-')).toBe(true);
    expect(text.trimEnd().endsWith('%%EOF')).toBe(true);
    expect(pageCount(pdf)).toBe(1);
    expect(text).toContain('/FontFile2');
    expect(new Set(embeddedFonts(pdf))).toEqual(new Set(['NotoSans-Regular', 'NotoSans-Bold']));
  });

  it('renders a Persian right-to-left document, breaking a 60-line table across pages', async () => {
    const pdf = await renderPdf(printable(60, persian));
    expect(pageCount(pdf)).toBe(3);
    expect(embeddedFonts(pdf)).toEqual(expect.arrayContaining(['Vazirmatn-Regular', 'Vazirmatn-Bold', 'NotoSans-Regular']));
  });

  it('is reproducible byte for byte with a fixed creation date', async () => {
    const [first, second] = await Promise.all([renderPdf(printable(2, persian)), renderPdf(printable(2, persian))]);
    expect(first.equals(second)).toBe(true);
  });

  it('renders a document of titled sections: key-value blocks, tables across pages and empty tables', async () => {
    const doc: SectionedDocument = {
      direction: 'ltr',
      title: 'Account dossier',
      number: 'Hotel Mediterráneo',
      issuer: { name: 'Suministros Iberia S.L.', lines: [] },
      customer: { heading: 'Account', name: 'Hotel Mediterráneo Costa S.A.', lines: ['Avinguda Diagonal 640, Barcelona'] },
      meta: [{ label: 'Credit rating', value: 'B' }],
      sections: [
        { kind: 'fields', title: 'Terms', fields: [{ label: 'Payment terms', value: 'Net 30 days' }, { label: 'Credit limit', value: '20,000.00 EUR' }] },
        { kind: 'table', title: 'Contacts', columns: [{ label: 'Name', align: 'start', width: 2 }, { label: 'Phone', align: 'end', width: 1 }], rows: Array.from({ length: 70 }, (_, i) => [`Contact number ${i + 1}`, `+34 600 000 ${String(i).padStart(3, '0')}`]) },
        { kind: 'table', title: 'Open quotes', columns: [{ label: 'Number', align: 'start', width: 1 }], rows: [], empty: 'No open quotes' },
      ],
      createdAt: new Date('2026-11-23T09:00:00Z'),
    };
    const pdf = await renderPdf(doc);
    expect(pageCount(pdf)).toBe(3);
    const text = execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf }).toString('utf8');
    for (const expected of ['Account dossier', 'Terms', 'Net 30 days', 'Contact number 1 ', 'Contact number 70', 'Open quotes', 'No open quotes']) expect(text).toContain(expected);
    // The contacts' header is repeated on each page the table spans (all three).
    expect(text.match(/Name\s+Phone/g)?.length).toBe(3);
  });
});
