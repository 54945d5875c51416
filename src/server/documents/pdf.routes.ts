import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { idParams, localeSchema, type Locale } from '../../contracts/common.js';
import { notFound } from '../kernel/errors.js';
import type { Ctx } from '../platform/context.js';
import type { App } from '../platform/http/server.js';
import { renderPdf, type PrintableDocument, type SectionedDocument } from '../platform/pdf/index.js';
import { accountOfDocument } from '../modules/accounts/index.js';
import { getProfile, organizationLetterhead } from '../modules/directory/index.js';
import { findVisibleInvoice } from '../modules/billing/index.js';
import { findVisibleOrder } from '../modules/orders/index.js';
import { findVisibleQuote } from '../modules/quotes/index.js';
import { loadDossier } from './dossier-data.js';
import { dossierPrintable } from './dossier-printable.js';
import { invoicePrintable, partiesOfInvoice } from './invoice-printable.js';
import type { Party } from './printable.js';
import { accountParty, quotePrintable } from './quote-printable.js';

const pdfQuery = z.object({ lang: localeSchema.optional().describe("The document's language; the caller's own by default") }).strict();

async function issuerOf(ctx: Ctx): Promise<Party> {
  const letterhead = await organizationLetterhead(ctx.tx, ctx.actor.orgId);
  return { name: letterhead.name, taxIds: letterhead.taxIds };
}

async function languageOf(ctx: Ctx, asked: Locale | undefined): Promise<Locale> {
  return asked ?? (await getProfile(ctx.tx, ctx.actor)).user.locale;
}

const pdfSchema = (tag: string, summary: string) => ({
  tags: [tag],
  summary,
  params: idParams,
  querystring: pdfQuery,
  produces: ['application/pdf'],
});

/** Printed documents: the data is read in the request's transaction, the PDF is drawn after it ends. */
export function documentRoutes(app: App): void {
  const send = async (reply: FastifyReply, doc: { printable: PrintableDocument | SectionedDocument; fileName: string }) => {
    const pdf = await renderPdf(doc.printable);
    return reply.type('application/pdf').header('content-disposition', `inline; filename="${doc.fileName}.pdf"`).send(pdf);
  };

  app.get('/api/v1/quotes/:id/pdf', {
    config: { access: 'quotes:read' },
    schema: pdfSchema('quotes', 'The quote as a PDF in English, Spanish or Persian'),
    handler: async (req, reply) => {
      const doc = await req.run(async (ctx) => {
        const quote = await findVisibleQuote(ctx, req.params.id);
        if (!quote) throw notFound('Quote');
        const account = await accountOfDocument(ctx, quote.accountId);
        const customer = account ? accountParty(account) : { name: '' };
        const printable = quotePrintable(quote, await issuerOf(ctx), customer, await languageOf(ctx, req.query.lang));
        return { printable, fileName: `${quote.number}-rev${quote.revision}` };
      });
      return send(reply, doc);
    },
  });

  app.get('/api/v1/invoices/:id/pdf', {
    config: { access: 'invoices:read' },
    schema: pdfSchema('invoices', 'The invoice or credit note as a PDF in English, Spanish or Persian'),
    handler: async (req, reply) => {
      const doc = await req.run(async (ctx) => {
        const invoice = await findVisibleInvoice(ctx, req.params.id);
        if (!invoice) throw notFound('Invoice');
        const parties = invoice.parties ? partiesOfInvoice(invoice.parties) : await partiesToday(ctx, invoice.accountId);
        // Only its number is printed: the reference, not the order's lines.
        const order = await findVisibleOrder(ctx, invoice.orderId);
        const credited = invoice.creditedInvoiceId ? await findVisibleInvoice(ctx, invoice.creditedInvoiceId) : undefined;
        const refs = { orderNumber: order?.number ?? null, creditedNumber: credited?.number ?? null };
        const printable = invoicePrintable(invoice, parties, refs, await languageOf(ctx, req.query.lang));
        return { printable, fileName: invoice.number ?? `draft-${invoice.id.slice(0, 8)}` };
      });
      return send(reply, doc);
    },
  });

  app.get('/api/v1/accounts/:id/dossier.pdf', {
    config: { access: 'accounts:read' },
    schema: pdfSchema('accounts', 'The account dossier for a visit: the account and its terms and credit, contacts, open deals and quotes, orders in progress, recent tasks, notes and time'),
    handler: async (req, reply) => {
      const doc = await req.run(async (ctx) => {
        const data = await loadDossier(ctx, req.params.id);
        const printable = dossierPrintable(data, await issuerOf(ctx), await languageOf(ctx, req.query.lang));
        // Header values are Latin-1: the file is named by the account's id, whatever script its name is in.
        return { printable, fileName: `dossier-${data.account.id}` };
      });
      return send(reply, doc);
    },
  });
}

/** A draft has no frozen parties yet: it prints them as they are now. */
async function partiesToday(ctx: Ctx, accountId: string): Promise<{ issuer: Party; customer: Party }> {
  const account = await accountOfDocument(ctx, accountId);
  return { issuer: await issuerOf(ctx), customer: account ? accountParty(account) : { name: '' } };
}
