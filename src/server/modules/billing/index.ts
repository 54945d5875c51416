import type { App } from '../../platform/http/server.js';
import { creditRoutes } from './credit.routes.js';
import { invoicesRoutes } from './invoices.routes.js';
import { paymentsRoutes } from './payments.routes.js';

/** The credit rating of an account from its history, counting `pending` (an order about to be confirmed) as open balance. */
export { assessCredit } from './use-cases/assess-credit.js';
/** The invoice with its lines, charges, totals and frozen parties if the actor may see it; undefined otherwise. */
export { invoiceView as findVisibleInvoice } from './use-cases/load.js';
export { createInvoice } from './use-cases/create-invoice.js';
export { issueInvoice } from './use-cases/issue-invoice.js';
export { recordPayment } from './use-cases/record-payment.js';
export { creditInvoice } from './use-cases/credit-invoice.js';

/** Invoices, credit notes, payments and the credit policy: /api/v1/invoices, /payments, /credit-policy, /accounts/{id}/credit. */
export function billingRoutes(app: App): void {
  invoicesRoutes(app);
  paymentsRoutes(app);
  creditRoutes(app);
}
