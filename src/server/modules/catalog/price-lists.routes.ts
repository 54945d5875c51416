import { z } from 'zod';
import { createPriceListBody, listPrice, priceList, priceParams, setPriceBody, updatePriceListBody } from '../../../contracts/catalog.js';
import { currencyCode, idParams, pageOf, problemSchema } from '../../../contracts/common.js';
import { notFound } from '../../kernel/errors.js';
import { timelineRoute } from '../../platform/audit/audit.routes.js';
import { listQuery } from '../../platform/http/collection.js';
import type { App } from '../../platform/http/server.js';
import { expectedVersion, withEtag } from '../../platform/http/versioning.js';
import { listPriceDto, priceListDto } from './dto.js';
import { findPriceList, listPriceLists } from './price-lists.repository.js';
import { listPrices } from './prices.repository.js';
import { archivePriceList } from './use-cases/archive-price-list.js';
import { createPriceList } from './use-cases/create-price-list.js';
import { removePrice } from './use-cases/remove-price.js';
import { setPrice } from './use-cases/set-price.js';
import { updatePriceList } from './use-cases/update-price-list.js';

const tags = ['price-lists'];
const errors = { 400: problemSchema, 404: problemSchema, 409: problemSchema, 412: problemSchema, 422: problemSchema };
const priceListsQuery = listQuery({ sort: ['name', 'createdAt', 'updatedAt'], defaultSort: 'name', filters: { currency: currencyCode } });
// `archived` here is about the products: archived products' prices show with include or only.
const pricesQuery = listQuery({ sort: ['sku', 'productName', 'updatedAt'], defaultSort: 'sku' });

export function priceListsRoutes(app: App): void {
  app.get('/api/v1/price-lists', {
    config: { access: 'catalog:read' },
    schema: { tags, summary: 'List price lists', querystring: priceListsQuery, response: { 200: pageOf(priceList), 400: problemSchema } },
    handler: (req) => req.run(async ({ tx }) => {
      const page = await listPriceLists(tx, req.query);
      return { data: page.data.map(priceListDto), nextCursor: page.nextCursor };
    }),
  });

  app.post('/api/v1/price-lists', {
    config: { access: 'catalog:manage' },
    schema: { tags, summary: 'Create a price list (currency defaults to the base currency; the first list is the default)', body: createPriceListBody, response: { 201: priceList, ...errors } },
    handler: async (req, reply) => reply.status(201).send(await req.run((ctx) => createPriceList(ctx, req.body))),
  });

  app.get('/api/v1/price-lists/:id', {
    config: { access: 'catalog:read' },
    schema: { tags, summary: 'Get a price list', params: idParams, response: { 200: priceList, 404: problemSchema } },
    handler: (req, reply) => req.run(async ({ tx }) => {
      const row = await findPriceList(tx, req.params.id);
      if (!row) throw notFound('Price list');
      return withEtag(reply, priceListDto(row));
    }),
  });

  app.patch('/api/v1/price-lists/:id', {
    config: { access: 'catalog:manage' },
    schema: { tags, summary: 'Rename a price list, make it the default, or change its currency while it has no prices (If-Match)', params: idParams, body: updatePriceListBody, response: { 200: priceList, ...errors } },
    handler: (req, reply) => {
      const version = expectedVersion(req);
      return req.run(async (ctx) => withEtag(reply, await updatePriceList(ctx, req.params.id, req.body, version)));
    },
  });

  app.delete('/api/v1/price-lists/:id', {
    config: { access: 'catalog:manage' },
    schema: { tags, summary: 'Archive a price list (not the default)', params: idParams, response: { 204: z.null(), ...errors } },
    handler: async (req, reply) => {
      await req.run((ctx) => archivePriceList(ctx, req.params.id));
      return reply.status(204).send(null);
    },
  });

  app.get('/api/v1/price-lists/:id/prices', {
    config: { access: 'catalog:read' },
    schema: { tags, summary: 'The prices of a list (q searches SKU and product name)', params: idParams, querystring: pricesQuery, response: { 200: pageOf(listPrice), 400: problemSchema, 404: problemSchema } },
    handler: (req) => req.run(async ({ tx }) => {
      const list = await findPriceList(tx, req.params.id);
      if (!list) throw notFound('Price list');
      const page = await listPrices(tx, list.id, req.query);
      return { data: page.data.map((r) => listPriceDto(r, list.currency)), nextCursor: page.nextCursor };
    }),
  });

  app.put('/api/v1/price-lists/:id/prices/:productId', {
    config: { access: 'catalog:manage' },
    schema: {
      tags,
      summary: 'Set a product’s price in the list: 201 when it had none, 200 when changed',
      params: priceParams,
      body: setPriceBody,
      response: { 200: listPrice, 201: listPrice, ...errors },
    },
    handler: async (req, reply) => {
      const { price, created } = await req.run((ctx) => setPrice(ctx, req.params.id, req.params.productId, req.body.unitPrice));
      return reply.status(created ? 201 : 200).send(price);
    },
  });

  app.delete('/api/v1/price-lists/:id/prices/:productId', {
    config: { access: 'catalog:manage' },
    schema: { tags, summary: 'Remove a product’s price from the list', params: priceParams, response: { 204: z.null(), ...errors } },
    handler: async (req, reply) => {
      await req.run((ctx) => removePrice(ctx, req.params.id, req.params.productId));
      return reply.status(204).send(null);
    },
  });

  timelineRoute(app, {
    resource: 'price-lists',
    entityType: 'price-lists',
    access: 'catalog:read',
    assertVisible: async ({ tx }, id) => {
      if (!(await findPriceList(tx, id))) throw notFound('Price list');
    },
  });
}
