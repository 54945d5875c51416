import { z } from 'zod';
import { countryCode, createTaxRateBody, taxRate, updateTaxRateBody } from '../../../contracts/catalog.js';
import { idParams, pageOf, problemSchema } from '../../../contracts/common.js';
import { notFound } from '../../kernel/errors.js';
import { timelineRoute } from '../../platform/audit/audit.routes.js';
import { listQuery } from '../../platform/http/collection.js';
import type { App } from '../../platform/http/server.js';
import { expectedVersion, withEtag } from '../../platform/http/versioning.js';
import { taxRateDto } from './dto.js';
import { findTaxRate, listTaxRates } from './tax-rates.repository.js';
import { archiveTaxRate } from './use-cases/archive-tax-rate.js';
import { createTaxRate } from './use-cases/create-tax-rate.js';
import { updateTaxRate } from './use-cases/update-tax-rate.js';

const tags = ['tax-rates'];
const errors = { 400: problemSchema, 404: problemSchema, 409: problemSchema, 412: problemSchema, 422: problemSchema };
const taxRatesQuery = listQuery({
  sort: ['name', 'createdAt', 'updatedAt'],
  defaultSort: 'name',
  filters: { country: countryCode },
});

export function taxRatesRoutes(app: App): void {
  app.get('/api/v1/tax-rates', {
    config: { access: 'catalog:read' },
    schema: { tags, summary: 'List tax rates (q searches the name)', querystring: taxRatesQuery, response: { 200: pageOf(taxRate), 400: problemSchema } },
    handler: (req) => req.run(async ({ tx }) => {
      const page = await listTaxRates(tx, req.query);
      return { data: page.data.map(taxRateDto), nextCursor: page.nextCursor };
    }),
  });

  app.post('/api/v1/tax-rates', {
    config: { access: 'catalog:manage' },
    schema: { tags, summary: 'Create a tax rate (the first one, or one with isDefault, becomes the default)', body: createTaxRateBody, response: { 201: taxRate, ...errors } },
    handler: async (req, reply) => reply.status(201).send(await req.run((ctx) => createTaxRate(ctx, req.body))),
  });

  app.get('/api/v1/tax-rates/:id', {
    config: { access: 'catalog:read' },
    schema: { tags, summary: 'Get a tax rate', params: idParams, response: { 200: taxRate, 404: problemSchema } },
    handler: (req, reply) => req.run(async ({ tx }) => {
      const row = await findTaxRate(tx, req.params.id);
      if (!row) throw notFound('Tax rate');
      return withEtag(reply, taxRateDto(row));
    }),
  });

  app.patch('/api/v1/tax-rates/:id', {
    config: { access: 'catalog:manage' },
    schema: { tags, summary: 'Change a tax rate or make it the default (If-Match)', params: idParams, body: updateTaxRateBody, response: { 200: taxRate, ...errors } },
    handler: (req, reply) => {
      const version = expectedVersion(req);
      return req.run(async (ctx) => withEtag(reply, await updateTaxRate(ctx, req.params.id, req.body, version)));
    },
  });

  app.delete('/api/v1/tax-rates/:id', {
    config: { access: 'catalog:manage' },
    schema: { tags, summary: 'Archive a tax rate (not the default; products keep it)', params: idParams, response: { 204: z.null(), ...errors } },
    handler: async (req, reply) => {
      await req.run((ctx) => archiveTaxRate(ctx, req.params.id));
      return reply.status(204).send(null);
    },
  });

  timelineRoute(app, {
    resource: 'tax-rates',
    entityType: 'tax-rates',
    access: 'catalog:read',
    assertVisible: async ({ tx }, id) => {
      if (!(await findTaxRate(tx, id))) throw notFound('Tax rate');
    },
  });
}
