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

/** What the account dossier (a rep's brief before a visit) says, in each language. */
export type DossierLabels = {
  title: string;
  printedOn: string;
  notes: string;
  customer: string;
  owner: string;
  lifecycle: string;
  lifecycles: Record<'prospect' | 'customer' | 'inactive', string>;
  creditRating: string;
  creditLimit: string;
  openBalance: string;
  overdue: string;
  details: string;
  phone: string;
  email: string;
  website: string;
  industry: string;
  currency: string;
  contacts: string;
  contactColumns: { name: string; jobTitle: string; email: string; phone: string };
  primary: string;
  deals: string;
  dealColumns: { name: string; stage: string; amount: string; probability: string; closeDate: string };
  quotes: string;
  quoteColumns: { number: string; status: string; issueDate: string; validUntil: string; total: string };
  quoteStatuses: Record<'draft' | 'sent', string>;
  orders: string;
  orderColumns: { number: string; status: string; date: string; total: string };
  orderStatuses: Record<'pending' | 'confirmed' | 'partially_delivered' | 'delivered', string>;
  activity: string;
  activityColumns: { date: string; what: string; detail: string; who: string };
  activityKinds: Record<'task_created' | 'task_completed' | 'note', string>;
  time: string;
  timeColumns: { date: string; person: string; task: string; minutes: string; comment: string };
  none: string;
};

export const dossierLabels: Record<Locale, DossierLabels> = {
  en: {
    title: 'Account dossier',
    printedOn: 'Printed on',
    notes: 'Notes',
    customer: 'Customer',
    owner: 'Account owner',
    lifecycle: 'Lifecycle',
    lifecycles: { prospect: 'Prospect', customer: 'Customer', inactive: 'Inactive' },
    creditRating: 'Credit rating',
    creditLimit: 'Credit limit',
    openBalance: 'Open balance',
    overdue: 'Overdue',
    details: 'Account details',
    phone: 'Phone',
    email: 'Email',
    website: 'Website',
    industry: 'Industry',
    currency: 'Currency',
    contacts: 'Contacts',
    contactColumns: { name: 'Name', jobTitle: 'Job title', email: 'Email', phone: 'Phone' },
    primary: 'primary',
    deals: 'Open deals',
    dealColumns: { name: 'Deal', stage: 'Stage', amount: 'Amount', probability: 'Prob. %', closeDate: 'Expected close' },
    quotes: 'Open quotes',
    quoteColumns: { number: 'Number', status: 'Status', issueDate: 'Issued', validUntil: 'Valid until', total: 'Total' },
    quoteStatuses: { draft: 'Draft', sent: 'Sent' },
    orders: 'Orders in progress',
    orderColumns: { number: 'Number', status: 'Status', date: 'Date', total: 'Total' },
    orderStatuses: { pending: 'Pending', confirmed: 'Confirmed', partially_delivered: 'Partially delivered', delivered: 'Delivered' },
    activity: 'Recent activity',
    activityColumns: { date: 'Date', what: 'What', detail: 'Detail', who: 'By' },
    activityKinds: { task_created: 'Task', task_completed: 'Task done', note: 'Note' },
    time: 'Recent time entries',
    timeColumns: { date: 'Date', person: 'Person', task: 'Task', minutes: 'Min.', comment: 'Comment' },
    none: 'None',
  },
  es: {
    title: 'Ficha del cliente',
    printedOn: 'Fecha',
    notes: 'Notas',
    customer: 'Cliente',
    owner: 'Responsable',
    lifecycle: 'Estado',
    lifecycles: { prospect: 'Potencial', customer: 'Cliente', inactive: 'Inactivo' },
    creditRating: 'Calificación crediticia',
    creditLimit: 'Límite de crédito',
    openBalance: 'Saldo pendiente',
    overdue: 'Vencido',
    details: 'Datos de la cuenta',
    phone: 'Teléfono',
    email: 'Correo electrónico',
    website: 'Web',
    industry: 'Sector',
    currency: 'Moneda',
    contacts: 'Contactos',
    contactColumns: { name: 'Nombre', jobTitle: 'Cargo', email: 'Correo', phone: 'Teléfono' },
    primary: 'principal',
    deals: 'Oportunidades abiertas',
    dealColumns: { name: 'Oportunidad', stage: 'Etapa', amount: 'Importe', probability: 'Prob. %', closeDate: 'Cierre previsto' },
    quotes: 'Presupuestos abiertos',
    quoteColumns: { number: 'Número', status: 'Estado', issueDate: 'Emisión', validUntil: 'Válido hasta', total: 'Total' },
    quoteStatuses: { draft: 'Borrador', sent: 'Enviado' },
    orders: 'Pedidos en curso',
    orderColumns: { number: 'Número', status: 'Estado', date: 'Fecha', total: 'Total' },
    orderStatuses: { pending: 'Pendiente', confirmed: 'Confirmado', partially_delivered: 'Entregado en parte', delivered: 'Entregado' },
    activity: 'Actividad reciente',
    activityColumns: { date: 'Fecha', what: 'Tipo', detail: 'Detalle', who: 'Quién' },
    activityKinds: { task_created: 'Tarea', task_completed: 'Tarea hecha', note: 'Nota' },
    time: 'Tiempo dedicado reciente',
    timeColumns: { date: 'Fecha', person: 'Persona', task: 'Tarea', minutes: 'Min.', comment: 'Comentario' },
    none: 'Ninguno',
  },
  fa: {
    title: 'پروندهٔ مشتری',
    printedOn: 'تاریخ چاپ',
    notes: 'یادداشت‌ها',
    customer: 'مشتری',
    owner: 'مسئول حساب',
    lifecycle: 'وضعیت',
    lifecycles: { prospect: 'مشتری بالقوه', customer: 'مشتری', inactive: 'غیرفعال' },
    creditRating: 'رتبهٔ اعتباری',
    creditLimit: 'سقف اعتبار',
    openBalance: 'ماندهٔ باز',
    overdue: 'معوق',
    details: 'مشخصات حساب',
    phone: 'تلفن',
    email: 'ایمیل',
    website: 'وب‌سایت',
    industry: 'صنعت',
    currency: 'ارز',
    contacts: 'مخاطبان',
    contactColumns: { name: 'نام', jobTitle: 'سمت', email: 'ایمیل', phone: 'تلفن' },
    primary: 'اصلی',
    deals: 'فرصت‌های باز',
    dealColumns: { name: 'فرصت', stage: 'مرحله', amount: 'مبلغ', probability: 'احتمال ٪', closeDate: 'تاریخ بستن' },
    quotes: 'پیش‌فاکتورهای باز',
    quoteColumns: { number: 'شماره', status: 'وضعیت', issueDate: 'تاریخ صدور', validUntil: 'معتبر تا', total: 'جمع کل' },
    quoteStatuses: { draft: 'پیش‌نویس', sent: 'ارسال‌شده' },
    orders: 'سفارش‌های جاری',
    orderColumns: { number: 'شماره', status: 'وضعیت', date: 'تاریخ', total: 'جمع کل' },
    orderStatuses: { pending: 'در انتظار', confirmed: 'تأییدشده', partially_delivered: 'تحویل جزئی', delivered: 'تحویل‌شده' },
    activity: 'فعالیت‌های اخیر',
    activityColumns: { date: 'تاریخ', what: 'نوع', detail: 'شرح', who: 'توسط' },
    activityKinds: { task_created: 'وظیفه', task_completed: 'وظیفهٔ انجام‌شده', note: 'یادداشت' },
    time: 'زمان‌های ثبت‌شدهٔ اخیر',
    timeColumns: { date: 'تاریخ', person: 'شخص', task: 'وظیفه', minutes: 'دقیقه', comment: 'توضیح' },
    none: 'موردی نیست',
  },
};
