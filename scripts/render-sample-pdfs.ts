// Renders sample quotes (en, es, fa, and 60-line ones for page breaks) into .tmp/pdf-samples/, then to PNG
// with poppler's pdftoppm when it is installed, so a person can look at them:
//   node --import tsx scripts/render-sample-pdfs.ts
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import Decimal from 'decimal.js';
import { formatDateForLocale, formatDecimalForLocale, renderPdf, type DocumentLocale, type PrintableDocument } from '../src/server/platform/pdf/index.js';

type Item = { sku: string; en: string; es: string; fa: string; qty: string; price: string };
const items: Item[] = [
  {
    sku: 'SRV-RACK-42U',
    en: 'Server rack cabinet 42U, 600 × 1000 mm, perforated front and rear doors, removable side panels and a 4-fan ventilation kit',
    es: 'Armario rack 42U de 600 × 1000 mm con puertas perforadas delantera y trasera, paneles laterales desmontables y kit de ventilación de 4 ventiladores',
    fa: 'کابینت رک 42U با ابعاد ۶۰۰ × ۱۰۰۰ میلی‌متر، درب‌های مشبک جلو و عقب، پنل‌های جانبی جداشدنی و کیت تهویه با ۴ فن',
    qty: '2', price: '1249.00',
  },
  {
    sku: 'LIC-M365-BP',
    en: 'Microsoft 365 Business Premium, annual subscription per user (includes Intune, Defender for Business and 1 TB OneDrive)',
    es: 'Microsoft 365 Business Premium, suscripción anual por usuario (incluye Intune, Defender for Business y 1 TB de OneDrive)',
    fa: 'اشتراک سالانه Microsoft 365 Business Premium برای هر کاربر (شامل Intune و Defender for Business و ۱ ترابایت OneDrive)',
    qty: '25', price: '264.00',
  },
  {
    sku: 'SVC-INST-DAY',
    en: 'On-site installation and configuration day by a certified technician, travel within 50 km included',
    es: 'Jornada de instalación y configuración in situ por técnico certificado, desplazamiento incluido hasta 50 km',
    fa: 'یک روز نصب و پیکربندی در محل توسط کارشناس دارای گواهی، هزینه ایاب و ذهاب تا ۵۰ کیلومتر شامل است',
    qty: '3', price: '680.00',
  },
];

const text = {
  en: { title: 'Quote', rev: 'rev. 2', customer: 'Quote for', cols: ['#', 'SKU', 'Description', 'Qty', 'Unit price', 'Amount'], meta: ['Issue date', 'Valid until', 'Payment terms', 'Sales rep'], terms: '30 days from invoice', totals: ['Subtotal', 'Discount (5%)', 'VAT (21%)', 'Total'], watermark: undefined, footer: 'Suministros Iberia S.L. · Registered in Madrid, Tomo 12345, Folio 67, Hoja M-123456 · ventas@suministros-iberia.es', page: (p: number, n: number) => `Page ${p} of ${n}`, notes: ['This quote is valid for 30 days. Prices in euros (EUR).', 'Payment by bank transfer to IBAN ES91 2100 0418 4502 0005 1332 (CaixaBank).'] },
  es: { title: 'Presupuesto', rev: 'rev. 2', customer: 'Presupuesto para', cols: ['#', 'Ref.', 'Descripción', 'Cant.', 'Precio unit.', 'Importe'], meta: ['Fecha de emisión', 'Válido hasta', 'Forma de pago', 'Comercial'], terms: '30 días fecha factura', totals: ['Base imponible', 'Descuento (5 %)', 'IVA (21 %)', 'Total'], watermark: 'BORRADOR', footer: 'Suministros Iberia S.L. · Inscrita en el Registro Mercantil de Madrid, Tomo 12345, Folio 67, Hoja M-123456 · ventas@suministros-iberia.es', page: (p: number, n: number) => `Página ${p} de ${n}`, notes: ['Presupuesto válido durante 30 días. Importes en euros (EUR).', 'Pago por transferencia a IBAN ES91 2100 0418 4502 0005 1332 (CaixaBank).'] },
  fa: { title: 'پیش‌فاکتور', rev: '(ویرایش ۲)', customer: 'خریدار', cols: ['ردیف', 'کد کالا', 'شرح کالا / خدمات', 'تعداد', 'بهای واحد (ریال)', 'مبلغ (ریال)'], meta: ['تاریخ صدور', 'معتبر تا', 'شرایط پرداخت', 'کارشناس فروش'], terms: '۳۰ روز پس از تحویل', totals: ['جمع جزء', 'تخفیف (۵٪)', 'مالیات بر ارزش افزوده (۱۰٪)', 'مبلغ قابل پرداخت'], watermark: 'پیش‌نویس', footer: '\u2068Suministros Iberia S.L.\u2069 · نشانی: Calle de Alcalá 123, Madrid · ventas@suministros-iberia.es', page: (p: number, n: number) => `صفحه ${formatDecimalForLocale(String(p), 'fa', 0)} از ${formatDecimalForLocale(String(n), 'fa', 0)}`, notes: ['این پیش‌فاکتور تا ۳۰ روز از تاریخ صدور معتبر است و مبالغ به ریال است.', 'پرداخت به حساب IBAN ES91 2100 0418 4502 0005 1332 نزد بانک CaixaBank انجام شود.'] },
} as const;

function sampleQuote(locale: DocumentLocale, lineCount: number): PrintableDocument {
  const t = text[locale];
  const digits = locale === 'fa' ? 0 : 2;
  const rate = locale === 'fa' ? 1_150_000 : 1; // rials per euro, for realistic Persian amounts
  const money = (d: Decimal) => formatDecimalForLocale(d.toFixed(digits), locale, digits);
  const count = (n: number | string) => formatDecimalForLocale(String(n), locale, 0);
  const lines = Array.from({ length: lineCount }, (_, i) => items[i % items.length] as Item);
  let subtotal = new Decimal(0);
  const rows = lines.map((item, i) => {
    const price = new Decimal(item.price).times(rate);
    const amount = price.times(item.qty);
    subtotal = subtotal.plus(amount);
    return [count(i + 1), item.sku, item[locale], count(item.qty), money(price), money(amount)];
  });
  const discount = subtotal.times('0.05').toDecimalPlaces(digits);
  const tax = subtotal.minus(discount).times(locale === 'fa' ? '0.10' : '0.21').toDecimalPlaces(digits);
  const total = subtotal.minus(discount).plus(tax);
  const euro = (s: string) => (locale === 'en' ? s.replace(/^(-?)/, '$1€') : locale === 'es' ? `${s} €` : `${s} ریال`);
  return {
    direction: locale === 'fa' ? 'rtl' : 'ltr',
    title: t.title,
    number: `Q-2026-0007 ${t.rev}`,
    issuer: {
      name: 'Suministros Iberia S.L.',
      lines: locale === 'fa'
        ? ['شناسه مالیاتی: NIF B12345678', 'Calle de Alcalá 123, 28009 Madrid, España', 'ventas@suministros-iberia.es · +34 910 000 000']
        : ['NIF B12345678', 'Calle de Alcalá 123, 28009 Madrid, España', 'ventas@suministros-iberia.es · +34 910 000 000'],
    },
    customer: locale === 'fa'
      ? { heading: t.customer, name: 'شرکت پارس تجهیز', lines: ['تهران، خیابان ولیعصر، پلاک ۱۲۳۴، طبقه ۳', 'شناسه ملی: ۱۰۱۰۲۳۴۵۶۷۸', 'info@parstajhiz.ir'] }
      : { heading: t.customer, name: 'Hotel Mediterráneo Costa S.A.', lines: ['Attn. María José Fernández-Ortega', 'Avinguda Diagonal 640, 08017 Barcelona', 'CIF A08765432'] },
    meta: [
      { label: t.meta[0], value: formatDateForLocale('2026-11-23', locale) },
      { label: t.meta[1], value: formatDateForLocale('2026-12-23', locale) },
      { label: t.meta[2], value: t.terms },
      { label: t.meta[3], value: locale === 'fa' ? 'سارا احمدی' : 'Lucía Martín' },
    ],
    table: {
      columns: t.cols.map((label, i) => ({ label, align: i >= 3 ? 'end' : 'start', width: [0.7, 1.5, 3.8, 0.75, 1.3, 1.4][i] ?? 1 })),
      rows,
    },
    totals: [
      { label: t.totals[0], value: euro(money(subtotal)) },
      { label: t.totals[1], value: euro(money(discount.negated())) },
      { label: t.totals[2], value: euro(money(tax)) },
      { label: t.totals[3], value: euro(money(total)), emphasis: true },
    ],
    notes: [...t.notes],
    footer: t.footer,
    watermark: t.watermark,
    pageLabel: t.page,
    createdAt: new Date('2026-11-23T09:00:00Z'),
  };
}

const out = '.tmp/pdf-samples';
mkdirSync(out, { recursive: true });
const samples: [string, PrintableDocument][] = [
  ['quote-en', sampleQuote('en', 3)],
  ['quote-es', sampleQuote('es', 3)],
  ['quote-fa', sampleQuote('fa', 3)],
  ['long-en', sampleQuote('en', 60)],
  ['long-fa', sampleQuote('fa', 60)],
];
for (const [name, doc] of samples) {
  const started = performance.now();
  const pdf = await renderPdf(doc);
  writeFileSync(`${out}/${name}.pdf`, pdf);
  console.log(`${name}.pdf: ${(pdf.length / 1024).toFixed(0)} KiB in ${(performance.now() - started).toFixed(0)} ms`);
  try {
    execFileSync('pdftoppm', ['-png', '-r', '80', `${out}/${name}.pdf`, `${out}/${name}`]);
  } catch {
    console.log('  (pdftoppm not found: apt-get install -y poppler-utils to get PNGs)');
  }
}
