import { z } from 'zod';
import { idParams, problemSchema, uuid } from '../../../contracts/common.js';
import {
  createInvoiceBody,
  creditNoteBody,
  invoice,
  invoiceKinds,
  invoiceStatuses,
  invoiceSummary,
  issueInvoiceBody,
  updateInvoiceBody,
} from '../../../contracts/invoices.js';
import { listQuery } from '../../platform/http/collection.js';
import { recordRoutes } from '../../platform/http/record-routes.js';
import type { App } from '../../platform/http/server.js';
import { expectedVersion, withEtag } from '../../platform/http/versioning.js';
import { invoiceSummaryDto } from './dto.js';
import { chargesOf, linesOf, listInvoices } from './invoices.repository.js';
import { archiveInvoice } from './use-cases/archive-invoice.js';
import { createInvoice } from './use-cases/create-invoice.js';
import { creditInvoice } from './use-cases/credit-invoice.js';
import { issueInvoice } from './use-cases/issue-invoice.js';
import { invoiceView, todayOf } from './use-cases/load.js';
import { updateInvoice } from './use-cases/update-invoice.js';

const tags = ['invoices'];
const errors = { 400: problemSchema, 404: problemSchema, 409: problemSchema, 412: problemSchema, 422: problemSchema };

const invoicesQuery = listQuery({
  sort: ['createdAt', 'number', 'issueDate', 'dueDate', 'total'],
  defaultSort: '-createdAt',
  filters: {
    status: z.enum(invoiceStatuses),
    kind: z.enum(invoiceKinds),
    orderId: uuid,
    accountId: uuid,
    ownerId: uuid,
    overdue: z.enum(['true', 'false']).describe('Issued, not fully paid, and past the due date'),
  },
});

export function invoicesRoutes(app: App): void {
  recordRoutes(app, {
    resource: 'invoices',
    name: 'Invoice',
    access: { read: 'invoices:read', write: 'invoices:write' },
    record: invoice,
    get: (ctx, id) => invoiceView(ctx, id),
    list: {
      query: invoicesQuery,
      item: invoiceSummary,
      summary: 'List the invoices, down payments and credit notes you may see',
      load: async (ctx, query) => {
        const today = todayOf(ctx);
        const page = await listInvoices(ctx.tx, ctx.actor, query, today);
        const ids = page.data.map((r) => r.id);
        const [lines, charges] = [await linesOf(ctx.tx, ids), await chargesOf(ctx.tx, ids)];
        return {
          data: page.data.map((r) => invoiceSummaryDto(r, lines.filter((l) => l.invoiceId === r.id), charges.filter((c) => c.invoiceId === r.id), today)),
          nextCursor: page.nextCursor,
        };
      },
    },
    create: {
      body: createInvoiceBody,
      summary: 'Draw a draft invoice from a confirmed order: the whole order, one delivery, or a down payment',
      run: createInvoice,
    },
    update: { body: updateInvoiceBody, summary: 'Change the notes or payment terms of a draft invoice', run: updateInvoice },
    archive: { summary: 'Archive a draft invoice (issued invoices are corrected with a credit note)', run: archiveInvoice },
  });

  app.post('/api/v1/invoices/:id/issue', {
    config: { access: 'invoices:write' },
    schema: {
      tags,
      summary: 'Issue a draft: gapless number per series and fiscal year, due date, parties frozen',
      params: idParams,
      body: issueInvoiceBody,
      response: { 200: invoice, ...errors },
    },
    handler: (req, reply) => {
      const version = expectedVersion(req);
      return req.run(async (ctx) => withEtag(reply, await issueInvoice(ctx, req.params.id, req.body, version)));
    },
  });

  app.post('/api/v1/invoices/:id/credit-note', {
    config: { access: 'invoices:write' },
    schema: {
      tags,
      summary: 'Correct an issued invoice with a credit note (whole, or some quantities of some lines), issued at once',
      params: idParams,
      body: creditNoteBody,
      response: { 201: invoice, ...errors },
    },
    handler: async (req, reply) => {
      const version = expectedVersion(req);
      const created = await req.run((ctx) => creditInvoice(ctx, req.params.id, req.body, version));
      return reply.status(201).send(withEtag(reply, created));
    },
  });
}
