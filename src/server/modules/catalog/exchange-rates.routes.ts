import { z } from 'zod';
import { conversion, convertQuery, createExchangeRateBody, exchangeRate } from '../../../contracts/catalog.js';
import { currencyCode, idParams, pageOf, problemSchema } from '../../../contracts/common.js';
import { notFound } from '../../kernel/errors.js';
import { timelineRoute } from '../../platform/audit/audit.routes.js';
import { listQuery } from '../../platform/http/collection.js';
import type { App } from '../../platform/http/server.js';
import { withEtag } from '../../platform/http/versioning.js';
import { exchangeRateDto } from './dto.js';
import { findExchangeRate, listExchangeRates } from './exchange-rates.repository.js';
import { archiveExchangeRate } from './use-cases/archive-exchange-rate.js';
import { convertToBase } from './use-cases/convert-to-base.js';
import { createExchangeRate } from './use-cases/create-exchange-rate.js';

const tags = ['exchange-rates'];
const errors = { 400: problemSchema, 404: problemSchema, 409: problemSchema, 412: problemSchema, 422: problemSchema };
const exchangeRatesQuery = listQuery({ sort: ['validFrom', 'createdAt'], defaultSort: '-validFrom', filters: { currency: currencyCode } });

export function exchangeRatesRoutes(app: App): void {
  app.get('/api/v1/exchange-rates', {
    config: { access: 'catalog:read' },
    schema: { tags, summary: 'List exchange rates into the base currency, newest first', querystring: exchangeRatesQuery, response: { 200: pageOf(exchangeRate), 400: problemSchema } },
    handler: (req) => req.run(async ({ tx }) => {
      const page = await listExchangeRates(tx, req.query);
      return { data: page.data.map(exchangeRateDto), nextCursor: page.nextCursor };
    }),
  });

  app.post('/api/v1/exchange-rates', {
    config: { access: 'catalog:manage' },
    schema: { tags, summary: 'Enter a rate: from validFrom on, 1 unit of currency = rate units of the base currency', body: createExchangeRateBody, response: { 201: exchangeRate, ...errors } },
    handler: async (req, reply) => reply.status(201).send(await req.run((ctx) => createExchangeRate(ctx, req.body))),
  });

  app.get('/api/v1/exchange-rates/convert', {
    config: { access: 'catalog:read' },
    schema: {
      tags,
      summary: 'Convert an amount into the base currency with the rate in force on a day (422 when there is none)',
      querystring: convertQuery,
      response: { 200: conversion, 400: problemSchema, 422: problemSchema },
    },
    handler: (req) => req.run(async (ctx) => {
      const { amount, currency, date } = req.query;
      const converted = await convertToBase(ctx, amount, currency, date);
      return { from: { amount, currency }, to: { amount: converted.amount, currency: converted.currency }, rate: converted.rate, rateValidFrom: converted.rateValidFrom };
    }),
  });

  app.get('/api/v1/exchange-rates/:id', {
    config: { access: 'catalog:read' },
    schema: { tags, summary: 'Get an exchange rate', params: idParams, response: { 200: exchangeRate, 404: problemSchema } },
    handler: (req, reply) => req.run(async ({ tx }) => {
      const row = await findExchangeRate(tx, req.params.id);
      if (!row) throw notFound('Exchange rate');
      return withEtag(reply, exchangeRateDto(row));
    }),
  });

  app.delete('/api/v1/exchange-rates/:id', {
    config: { access: 'catalog:manage' },
    schema: { tags, summary: 'Archive an exchange rate (to correct it, archive it and enter it again)', params: idParams, response: { 204: z.null(), ...errors } },
    handler: async (req, reply) => {
      await req.run((ctx) => archiveExchangeRate(ctx, req.params.id));
      return reply.status(204).send(null);
    },
  });

  timelineRoute(app, {
    resource: 'exchange-rates',
    entityType: 'exchange-rates',
    access: 'catalog:read',
    assertVisible: async ({ tx }, id) => {
      if (!(await findExchangeRate(tx, id))) throw notFound('Exchange rate');
    },
  });
}
