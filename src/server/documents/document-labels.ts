import type { PaymentTerms } from '../../contracts/accounts.js';
import type { Locale } from '../../contracts/common.js';

/** What printed quotes and invoices say, in each language the product speaks. */
export type DocumentLabels = {
  quote: string;
  invoice: string;
  downPayment: string;
  creditNote: string;
  draft: string;
  revision: string;
  customer: string;
  taxId: string;
  issueDate: string;
  validUntil: string;
  dueDate: string;
  paymentTerms: string;
  deliveryTerms: string;
  order: string;
  corrects: string;
  reason: string;
  columns: { position: string; description: string; quantity: string; unitPrice: string; discount: string; tax: string; net: string };
  charge: string;
  net: string;
  discount: string;
  charges: string;
  taxBase: string;
  taxOn: (rate: string, base: string) => string;
  total: string;
  paid: string;
  credited: string;
  due: string;
  page: (page: string, pages: string) => string;
  terms: Record<PaymentTerms, string>;
};

const en: DocumentLabels = {
  quote: 'Quote',
  invoice: 'Invoice',
  downPayment: 'Down-payment invoice',
  creditNote: 'Credit note',
  draft: 'DRAFT',
  revision: 'rev.',
  customer: 'Customer',
  taxId: 'Tax ID',
  issueDate: 'Issue date',
  validUntil: 'Valid until',
  dueDate: 'Due date',
  paymentTerms: 'Payment terms',
  deliveryTerms: 'Delivery terms',
  order: 'Order',
  corrects: 'Corrects invoice',
  reason: 'Reason',
  columns: { position: '#', description: 'Description', quantity: 'Qty', unitPrice: 'Unit price', discount: 'Disc. %', tax: 'Tax %', net: 'Net' },
  charge: 'Charge',
  net: 'Net amount',
  discount: 'Discount',
  charges: 'Charges',
  taxBase: 'Tax base',
  taxOn: (rate, base) => `Tax ${rate} % on ${base}`,
  total: 'Total',
  paid: 'Paid',
  credited: 'Credited',
  due: 'Amount due',
  page: (page, pages) => `Page ${page} of ${pages}`,
  terms: { prepayment: 'Prepayment', on_delivery: 'On delivery', net_15: 'Net 15 days', net_30: 'Net 30 days', net_45: 'Net 45 days', net_60: 'Net 60 days', net_90: 'Net 90 days' },
};

const es: DocumentLabels = {
  quote: 'Oferta',
  invoice: 'Factura',
  downPayment: 'Factura de anticipo',
  creditNote: 'Factura rectificativa',
  draft: 'BORRADOR',
  revision: 'rev.',
  customer: 'Cliente',
  taxId: 'NIF',
  issueDate: 'Fecha de emisión',
  validUntil: 'Válido hasta',
  dueDate: 'Vencimiento',
  paymentTerms: 'Forma de pago',
  deliveryTerms: 'Condiciones de entrega',
  order: 'Pedido',
  corrects: 'Rectifica la factura',
  reason: 'Motivo',
  columns: { position: 'Nº', description: 'Descripción', quantity: 'Cant.', unitPrice: 'Precio unit.', discount: 'Dto. %', tax: 'IVA %', net: 'Importe' },
  charge: 'Cargo',
  net: 'Importe neto',
  discount: 'Descuento',
  charges: 'Cargos',
  taxBase: 'Base imponible',
  taxOn: (rate, base) => `IVA ${rate} % sobre ${base}`,
  total: 'Total',
  paid: 'Pagado',
  credited: 'Rectificado',
  due: 'Pendiente de pago',
  page: (page, pages) => `Página ${page} de ${pages}`,
  terms: { prepayment: 'Pago anticipado', on_delivery: 'Contra entrega', net_15: '15 días', net_30: '30 días', net_45: '45 días', net_60: '60 días', net_90: '90 días' },
};

const fa: DocumentLabels = {
  quote: 'پیش‌فاکتور',
  invoice: 'فاکتور',
  downPayment: 'فاکتور پیش‌پرداخت',
  creditNote: 'اعلامیهٔ بستانکاری',
  draft: 'پیش‌نویس',
  revision: 'ویرایش',
  customer: 'مشتری',
  taxId: 'شناسهٔ مالیاتی',
  issueDate: 'تاریخ صدور',
  validUntil: 'معتبر تا',
  dueDate: 'سررسید',
  paymentTerms: 'شرایط پرداخت',
  deliveryTerms: 'شرایط تحویل',
  order: 'سفارش',
  corrects: 'اصلاح فاکتور',
  reason: 'دلیل',
  columns: { position: 'ردیف', description: 'شرح', quantity: 'تعداد', unitPrice: 'قیمت واحد', discount: 'تخفیف ٪', tax: 'مالیات ٪', net: 'مبلغ' },
  charge: 'هزینه',
  net: 'جمع خالص',
  discount: 'تخفیف',
  charges: 'هزینه‌ها',
  taxBase: 'مبنای مالیات',
  taxOn: (rate, base) => `مالیات ${rate}٪ بر ${base}`,
  total: 'جمع کل',
  paid: 'پرداخت‌شده',
  credited: 'برگشتی',
  due: 'مانده قابل پرداخت',
  page: (page, pages) => `صفحهٔ ${page} از ${pages}`,
  terms: { prepayment: 'پیش‌پرداخت', on_delivery: 'هنگام تحویل', net_15: '۱۵ روزه', net_30: '۳۰ روزه', net_45: '۴۵ روزه', net_60: '۶۰ روزه', net_90: '۹۰ روزه' },
};

export const documentLabels: Record<Locale, DocumentLabels> = { en, es, fa };
