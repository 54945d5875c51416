import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { currencyCode, idParams, problemSchema, uuid } from '../../../contracts/common.js';
import { createQuoteBody, quote, quoteStatuses, quoteSummary, rejectQuoteBody, reviseQuoteBody, updateQuoteBody } from '../../../contracts/quotes.js';
import { notFound } from '../../kernel/errors.js';
import type { Ctx } from '../../platform/context.js';
import { listQuery } from '../../platform/http/collection.js';
import { recordRoutes } from '../../platform/http/record-routes.js';
import type { App } from '../../platform/http/server.js';
import { expectedVersion, withEtag } from '../../platform/http/versioning.js';
import { quoteSummaryDto } from './dto.js';
import { chargesOf, findQuote, linesOf, listQuotes, listRevisions, type QuoteRow } from './quotes.repository.js';
import { acceptQuote } from './use-cases/accept-quote.js';
import { archiveQuote } from './use-cases/archive-quote.js';
import { createQuote } from './use-cases/create-quote.js';
import { expireQuote, settleExpiry } from './use-cases/expire-quote.js';
import { findVisibleQuote } from './use-cases/find-visible-quote.js';
import { todayOf } from './use-cases/load.js';
import { rejectQuote } from './use-cases/reject-quote.js';
import { reviseQuote } from './use-cases/revise-quote.js';
import { sendQuote } from './use-cases/send-quote.js';
import { updateQuote } from './use-cases/update-quote.js';

const tags = ['quotes'];
const errors = { 400: problemSchema, 404: problemSchema, 409: problemSchema, 412: problemSchema, 422: problemSchema };
const quotesQuery = listQuery({
  sort: ['createdAt', 'number', 'validUntil', 'total'],
  defaultSort: '-createdAt',
  filters: {
    status: z.enum(quoteStatuses),
    opportunityId: uuid,
    accountId: uuid,
    ownerId: uuid,
    currency: currencyCode,
    latest: z.enum(['true', 'false']).transform((v) => v === 'true'),
  },
});

function byQuote<T extends { quoteId: string }>(rows: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(row.quoteId, [...(groups.get(row.quoteId) ?? []), row]);
  return groups;
}

/** Summaries of quote rows, totals computed from their lines (two queries for the whole page). */
async function summaries(ctx: Ctx, rows: QuoteRow[]) {
  const ids = rows.map((r) => r.id);
  const lines = byQuote(await linesOf(ctx.tx, ids));
  const charges = byQuote(await chargesOf(ctx.tx, ids));
  const today = todayOf(ctx);
  return rows.map((r) => quoteSummaryDto(r, { lines: lines.get(r.id) ?? [], charges: charges.get(r.id) ?? [] }, today));
}

/**
 * Runs a command on a quote after writing down, in a transaction of its own, that it has lapsed if it
 * has: a refused command (409 expired) must not roll that back.
 */
async function command<T>(req: FastifyRequest, id: string, run: (ctx: Ctx) => Promise<T>): Promise<T> {
  await req.run((ctx) => settleExpiry(ctx, id));
  return req.run(run);
}

export function quotesRoutes(app: App): void {
  recordRoutes(app, {
    resource: 'quotes',
    name: 'Quote',
    access: { read: 'quotes:read', write: 'quotes:write' },
    record: quote,
    getSummary: 'Get a quote with its lines, charges and totals',
    get: (ctx, id) => findVisibleQuote(ctx, id),
    list: {
      query: quotesQuery,
      item: quoteSummary,
      summary: 'List the quotes you may see (every revision; filter[latest]=true for the current rounds)',
      load: async (ctx, query) => {
        const page = await listQuotes(ctx.tx, ctx.actor, query, todayOf(ctx));
        return { data: await summaries(ctx, page.data), nextCursor: page.nextCursor };
      },
    },
    create: { body: createQuoteBody, summary: 'Create a quote for an open opportunity (revision 1, a draft)', run: createQuote },
  });

  app.patch('/api/v1/quotes/:id', {
    config: { access: 'quotes:write' },
    schema: { tags, summary: 'Change a draft quote; lines and charges, when given, replace the lists (send If-Match with the version)', params: idParams, body: updateQuoteBody, response: { 200: quote, ...errors } },
    handler: (req, reply) => {
      const version = expectedVersion(req);
      return command(req, req.params.id, async (ctx) => withEtag(reply, await updateQuote(ctx, req.params.id, req.body, version)));
    },
  });

  app.delete('/api/v1/quotes/:id', {
    config: { access: 'quotes:write' },
    schema: { tags, summary: 'Archive a draft, superseded, rejected or expired quote', params: idParams, response: { 204: z.null(), ...errors } },
    handler: async (req, reply) => {
      await command(req, req.params.id, (ctx) => archiveQuote(ctx, req.params.id));
      return reply.status(204).send(null);
    },
  });

  const action = (name: string, summary: string, run: (ctx: Ctx, id: string, version: number | undefined) => Promise<z.output<typeof quote>>) =>
    app.post(`/api/v1/quotes/:id/${name}`, {
      config: { access: 'quotes:write' },
      schema: { tags, summary, params: idParams, response: { 200: quote, ...errors } },
      handler: (req, reply) => {
        const version = expectedVersion(req);
        return command(req, req.params.id, async (ctx) => withEtag(reply, await run(ctx, req.params.id, version)));
      },
    });
  action('send', 'Send a draft quote to the customer (it needs lines)', sendQuote);
  action('accept', 'Accept a sent, valid quote: it becomes an order and the opportunity is won', acceptQuote);
  action('expire', 'Withdraw a sent quote before its validity ends', expireQuote);

  app.post('/api/v1/quotes/:id/reject', {
    config: { access: 'quotes:write' },
    schema: { tags, summary: 'Record that the customer rejected a sent quote', params: idParams, body: rejectQuoteBody.nullish(), response: { 200: quote, ...errors } },
    handler: (req, reply) => {
      const version = expectedVersion(req);
      return command(req, req.params.id, async (ctx) => withEtag(reply, await rejectQuote(ctx, req.params.id, req.body?.reason, version)));
    },
  });

  app.post('/api/v1/quotes/:id/revise', {
    config: { access: 'quotes:write' },
    schema: {
      tags,
      summary: 'Start the next round: a draft copy (revision n+1) of a sent, rejected or expired quote, with the changes given; the old round is superseded',
      params: idParams,
      body: reviseQuoteBody.nullish(),
      response: { 201: quote, ...errors },
    },
    handler: async (req, reply) => {
      const version = expectedVersion(req);
      const revision = await command(req, req.params.id, (ctx) => reviseQuote(ctx, req.params.id, req.body ?? {}, version));
      return reply.status(201).send(withEtag(reply, revision));
    },
  });

  app.get('/api/v1/quotes/:id/revisions', {
    config: { access: 'quotes:read' },
    schema: { tags, summary: 'Every round of the quote’s negotiation, revision 1 first, for side-by-side comparison', params: idParams, response: { 200: z.object({ data: z.array(quoteSummary) }), 404: problemSchema } },
    handler: (req) =>
      req.run(async (ctx) => {
        const found = await findQuote(ctx.tx, ctx.actor, req.params.id);
        if (!found) throw notFound('Quote');
        return { data: await summaries(ctx, await listRevisions(ctx.tx, ctx.actor, found.number)) };
      }),
  });
}
