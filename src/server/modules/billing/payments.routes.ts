import { uuid } from '../../../contracts/common.js';
import { createPaymentBody, payment } from '../../../contracts/invoices.js';
import { listQuery } from '../../platform/http/collection.js';
import { recordRoutes } from '../../platform/http/record-routes.js';
import type { App } from '../../platform/http/server.js';
import { paymentDto } from './dto.js';
import { findPayment, listPayments } from './payments.repository.js';
import { archivePayment } from './use-cases/archive-payment.js';
import { recordPayment } from './use-cases/record-payment.js';

const paymentsQuery = listQuery({ sort: ['paidOn', 'createdAt', 'amount'], defaultSort: '-paidOn', filters: { invoiceId: uuid, accountId: uuid } });

export function paymentsRoutes(app: App): void {
  // No PATCH: a wrong payment is archived (which takes it off its invoice) and recorded again.
  recordRoutes(app, {
    resource: 'payments',
    name: 'Payment',
    access: { read: 'invoices:read', write: 'payments:write' },
    record: payment,
    get: async ({ tx, actor }, id) => {
      const row = await findPayment(tx, actor, id);
      return row && paymentDto(row);
    },
    list: {
      query: paymentsQuery,
      summary: 'List the payments you may see',
      load: async ({ tx, actor }, query) => {
        const page = await listPayments(tx, actor, query);
        return { data: page.data.map(paymentDto), nextCursor: page.nextCursor };
      },
    },
    create: { body: createPaymentBody, summary: 'Record a payment against an issued or partially paid invoice, in its currency', run: recordPayment },
    archive: { summary: 'Archive a payment recorded by mistake: it is taken off its invoice', run: archivePayment },
  });
}
