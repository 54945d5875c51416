import { conversion, convertQuery, createExchangeRateBody, exchangeRate } from '../../../contracts/catalog.js';
import { currencyCode, problemSchema } from '../../../contracts/common.js';
import { listQuery } from '../../platform/http/collection.js';
import { recordRoutes } from '../../platform/http/record-routes.js';
import type { App } from '../../platform/http/server.js';
import { exchangeRateDto } from './dto.js';
import { findExchangeRate, listExchangeRates } from './exchange-rates.repository.js';
import { archiveExchangeRate } from './use-cases/archive-exchange-rate.js';
import { convertToBase } from './use-cases/convert-to-base.js';
import { createExchangeRate } from './use-cases/create-exchange-rate.js';

const tags = ['exchange-rates'];

export function exchangeRatesRoutes(app: App): void {
  // No PATCH: a wrong rate is archived and entered again, so the rate a past conversion used stays on record.
  recordRoutes(app, {
    resource: 'exchange-rates',
    name: 'Exchange rate',
    access: { read: 'catalog:read', write: 'catalog:manage' },
    record: exchangeRate,
    get: async ({ tx }, id) => {
      const row = await findExchangeRate(tx, id);
      return row && exchangeRateDto(row);
    },
    list: {
      query: listQuery({ sort: ['validFrom', 'createdAt'], defaultSort: '-validFrom', filters: { currency: currencyCode } }),
      summary: 'List exchange rates into the base currency, newest first',
      load: async ({ tx }, query) => {
        const page = await listExchangeRates(tx, query);
        return { data: page.data.map(exchangeRateDto), nextCursor: page.nextCursor };
      },
    },
    create: { body: createExchangeRateBody, summary: 'Enter a rate: from validFrom on, 1 unit of currency = rate units of the base currency', run: createExchangeRate },
    archive: { summary: 'Archive an exchange rate (to correct it, archive it and enter it again)', run: archiveExchangeRate },
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
}
