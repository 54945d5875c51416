import { humanise, type Lookup } from './audit-text';

/**
 * What the audit trail's stored fields are, so their history reads like the forms that changed them.
 * Keyed by field name for every entity type, with the few names that mean something else on one type.
 */

/** The translation of each field's label: the form's own label where the app has one, else audit.fields.*. */
const labels: Record<string, string> = {
  name: 'audit.fields.name',
  status: 'documents.status',
  kind: 'products.kind',
  ownerId: 'sales.owner',
  accountId: 'documents.account',
  contactId: 'documents.contact',
  opportunityId: 'quotes.opportunity',
  quoteId: 'orders.quote',
  orderId: 'invoices.order',
  deliveryId: 'orders.delivery',
  currency: 'documents.currency',
  notes: 'sales.notes',
  email: 'accounts.email',
  phone: 'accounts.phone',
  mobile: 'contacts.mobile',
  website: 'accounts.website',
  industry: 'accounts.industry',
  legalName: 'accounts.legalName',
  taxId: 'accounts.taxId',
  address: 'accounts.address',
  street: 'accounts.street',
  city: 'accounts.city',
  region: 'accounts.region',
  postalCode: 'accounts.postalCode',
  country: 'accounts.country',
  lifecycle: 'accounts.lifecycle',
  territoryId: 'accounts.territory',
  creditLimit: 'accounts.creditLimit',
  paymentTerms: 'documents.paymentTerms',
  deliveryTerms: 'documents.deliveryTerms',
  discountPercent: 'documents.documentDiscount',
  lines: 'documents.lines',
  charges: 'documents.charges',
  total: 'documents.total',
  netTotal: 'documents.net',
  taxTotal: 'documents.tax',
  taxBase: 'documents.taxBase',
  discountTotal: 'documents.discount',
  chargesTotal: 'documents.charges',
  issueDate: 'documents.issueDate',
  number: 'invoices.number',
  description: 'products.description',
  firstName: 'leads.firstName',
  lastName: 'leads.lastName',
  company: 'leads.company',
  source: 'leads.source',
  jobTitle: 'contacts.jobTitle',
  isPrimary: 'contacts.isPrimary',
  role: 'users.role',
  teamId: 'users.team',
  locale: 'users.language',
  passwordHash: 'users.password',
  managerId: 'teams.manager',
  repId: 'territories.rep',
  code: 'territories.code',
  sku: 'products.sku',
  unit: 'products.unit',
  category: 'products.category',
  taxRateId: 'products.taxRate',
  productId: 'documents.product',
  priceListId: 'quotes.priceList',
  unitPrice: 'documents.unitPrice',
  quantity: 'documents.quantity',
  taxRate: 'documents.taxRate',
  netAmount: 'documents.lineNet',
  amount: 'documents.amount',
  validFrom: 'exchangeRates.validFrom',
  baseCurrency: 'organization.baseCurrency',
  defaultLocale: 'organization.defaultLocale',
  taxIds: 'organization.taxIds',
  isDefault: 'catalog.default',
  pipelineId: 'opportunities.pipeline',
  stageId: 'opportunities.stage',
  probability: 'opportunities.probability',
  expectedCloseDate: 'opportunities.expectedClose',
  forecastCategory: 'opportunities.forecastCategory',
  lostNote: 'opportunities.lostNote',
  stageEnteredAt: 'opportunities.inStageSince',
  sourceLeadId: 'opportunities.sourceLead',
  stages: 'pipelines.stages',
  validUntil: 'quotes.validUntil',
  sentAt: 'quotes.sentAt',
  decidedAt: 'quotes.decidedAt',
  revision: 'quotes.revision',
  orderDate: 'orders.orderDate',
  contractSignedAt: 'orders.contractSignedAt',
  signedBy: 'orders.signedBy',
  contractReference: 'orders.contractReference',
  confirmedAt: 'orders.confirmedAt',
  creditApprovedBy: 'orders.creditApprovedBy',
  dueDate: 'invoices.dueDate',
  amountPaid: 'invoices.amountPaid',
  amountCredited: 'invoices.amountCredited',
  creditReason: 'invoices.creditReason',
  deliveredOn: 'deliveries.deliveredOn',
  paidOn: 'payments.paidOn',
  method: 'payments.method',
  reference: 'payments.reference',
  rating: 'credit.rating',
  allowedTerms: 'credit.allowedTerms',
  minWonRevenue: 'creditCondition.minWonRevenue',
  maxLatePaymentPercent: 'creditCondition.maxLatePaymentPercent',
  maxCreditUsePercent: 'creditCondition.maxCreditUsePercent',
  maxOverdueAmount: 'creditCondition.maxOverdueAmount',
  archivedAt: 'common.archived',
  prefix: 'apiKeys.prefix',
  lastUsedAt: 'apiKeys.lastUsedAt',
  revokedAt: 'apiKeys.revoked',
  downPaymentPercent: 'orders.downPaymentPercent',
  deliveredQuantity: 'orders.delivered',
  invoicedQuantity: 'orders.invoiced',
  invoiceId: 'entityTypes.invoices',
  taskTypeId: 'entityTypes.task-types',
  taskId: 'entityTypes.tasks',
  projectId: 'entityTypes.projects',
  userId: 'entityTypes.users',
  date: 'documents.date',
};

const labelsByEntity: Record<string, Record<string, string>> = {
  'tax-rates': { rate: 'taxRates.rate', country: 'taxRates.country', isDefault: 'taxRates.isDefault' },
  'exchange-rates': { rate: 'exchangeRates.rate' },
  'price-lists': { isDefault: 'priceLists.isDefault' },
  pipelines: { isDefault: 'pipelines.isDefault' },
  territories: { description: 'territories.description' },
  'lost-reasons': { name: 'lostReasons.name' },
};

/** Every translation key the maps name, for the test that they exist. */
export const labelKeys = [...Object.values(labels), ...Object.values(labelsByEntity).flatMap((map) => Object.values(map))];

export function fieldLabel(lookup: Lookup, entityType: string, field: string): string {
  const key = labelsByEntity[entityType]?.[field] ?? labels[field] ?? `audit.fields.${field}`;
  return lookup(key) ?? humanise(field);
}

/** What a stored value is, which decides how it is written. */
export type FieldKind =
  | { type: 'money' }
  | { type: 'percent' }
  | { type: 'decimal' }
  | { type: 'integer' }
  | { type: 'minutes' }
  | { type: 'country' }
  | { type: 'enum'; namespaces: readonly string[] }
  | { type: 'ref'; target: RefTarget }
  | { type: 'auto' };

/** The records an id can point at; `stages` are pipeline stages, found through the pipelines. */
export type RefTarget =
  | 'users'
  | 'accounts'
  | 'contacts'
  | 'leads'
  | 'opportunities'
  | 'quotes'
  | 'orders'
  | 'invoices'
  | 'deliveries'
  | 'products'
  | 'price-lists'
  | 'tax-rates'
  | 'teams'
  | 'territories'
  | 'pipelines'
  | 'stages'
  | 'lost-reasons'
  | 'task-types'
  | 'tasks'
  | 'projects';

const refs: Record<string, RefTarget> = {
  ownerId: 'users',
  confirmedBy: 'users',
  creditApprovedBy: 'users',
  managerId: 'users',
  repId: 'users',
  assigneeId: 'users',
  controllerId: 'users',
  defaultControllerId: 'users',
  userId: 'users',
  accountId: 'accounts',
  convertedAccountId: 'accounts',
  contactId: 'contacts',
  convertedContactId: 'contacts',
  sourceLeadId: 'leads',
  opportunityId: 'opportunities',
  convertedOpportunityId: 'opportunities',
  quoteId: 'quotes',
  previousRevisionId: 'quotes',
  supersededById: 'quotes',
  orderId: 'orders',
  invoiceId: 'invoices',
  creditedInvoiceId: 'invoices',
  deliveryId: 'deliveries',
  productId: 'products',
  priceListId: 'price-lists',
  taxRateId: 'tax-rates',
  teamId: 'teams',
  territoryId: 'territories',
  pipelineId: 'pipelines',
  stageId: 'stages',
  lostReasonId: 'lost-reasons',
  taskTypeId: 'task-types',
  taskId: 'tasks',
  previousOccurrenceId: 'tasks',
  nextOccurrenceId: 'tasks',
  projectId: 'projects',
};

const money = new Set([
  'total',
  'netTotal',
  'taxTotal',
  'taxBase',
  'chargesTotal',
  'discountTotal',
  'amountPaid',
  'amountCredited',
  'amountDue',
  'amount',
  'unitPrice',
  'netAmount',
  'creditLimit',
  'minWonRevenue',
  'maxOverdueAmount',
]);
const percent = new Set(['discountPercent', 'probability', 'taxRate', 'downPaymentPercent', 'maxLatePaymentPercent', 'maxCreditUsePercent']);
const decimal = new Set(['quantity', 'deliveredQuantity', 'invoicedQuantity', 'rate']);
const integer = new Set(['revision', 'position', 'fiscalYear', 'recurrenceEvery']);
const minutes = new Set(['minutes', 'durationMinutes', 'defaultDurationMinutes']);

// The value labels the app's screens use.
const enums: Record<string, readonly string[]> = {
  paymentTerms: ['paymentTerms'],
  allowedTerms: ['paymentTerms'],
  lifecycle: ['lifecycle'],
  source: ['leadSource'],
  forecastCategory: ['forecastCategory'],
  role: ['roles'],
  locale: ['languages'],
  defaultLocale: ['languages'],
  method: ['paymentMethod'],
  priority: ['taskPriority'],
  defaultPriority: ['taskPriority'],
  assignmentRule: ['assignmentRule'],
  recurrenceUnit: ['recurrenceUnit'],
  relatedType: ['relatedType', 'entityTypes'],
};

const enumsByEntity: Record<string, Record<string, readonly string[]>> = {
  leads: { status: ['leadStatus'] },
  opportunities: { status: ['opportunityStatus'] },
  quotes: { status: ['quoteStatus'] },
  orders: { status: ['orderStatus'] },
  invoices: { status: ['invoiceStatus'], kind: ['invoiceKind'] },
  products: { kind: ['productKind'] },
  tasks: { status: ['taskStatus'], kind: ['taskKind'] },
  'task-types': { kind: ['taskKind'] },
  projects: { status: ['projectStatus'], kind: ['projectKind'] },
};

export function fieldKind(entityType: string, field: string): FieldKind {
  const namespaces = enumsByEntity[entityType]?.[field] ?? enums[field];
  if (namespaces) return { type: 'enum', namespaces };
  if (entityType === 'tax-rates' && field === 'rate') return { type: 'percent' };
  const target = refs[field];
  if (target) return { type: 'ref', target };
  if (money.has(field)) return { type: 'money' };
  if (percent.has(field)) return { type: 'percent' };
  if (decimal.has(field)) return { type: 'decimal' };
  if (integer.has(field)) return { type: 'integer' };
  if (minutes.has(field)) return { type: 'minutes' };
  if (field === 'country') return { type: 'country' };
  return { type: 'auto' };
}

/** Who and what the record is come first; then the rest as stored; long texts and lines last. */
const leading = [
  'name',
  'subject',
  'number',
  'firstName',
  'lastName',
  'company',
  'code',
  'sku',
  'status',
  'kind',
  'lifecycle',
  'relatedType',
  'relatedId',
  'accountId',
  'contactId',
  'opportunityId',
  'quoteId',
  'orderId',
  'invoiceId',
  'ownerId',
  'assigneeId',
  'stageId',
  'amount',
];
// A document's totals in the order the document adds them up.
const totals = ['currency', 'netTotal', 'discountPercent', 'discountTotal', 'chargesTotal', 'taxBase', 'taxTotal', 'total', 'amountPaid', 'amountCredited'];
const trailing = ['lines', 'charges', 'parties', 'stages', 'playbook', 'rules', 'description', 'deliveryTerms', 'notes'];

function rank(field: string): number {
  const groups = [leading, totals, trailing];
  for (const [index, group] of groups.entries()) {
    const position = group.indexOf(field);
    if (position >= 0) return index === 0 ? position : 500 + index * 100 + position;
  }
  return 500;
}

/** The fields in reading order; fields of equal rank keep the order they were stored in. */
export function orderFields(fields: readonly string[]): string[] {
  return fields.map((field, index) => ({ field, index })).sort((a, b) => rank(a.field) - rank(b.field) || a.index - b.index).map(({ field }) => field);
}
