import { z } from 'zod';
import { createPriceListBody, listPrice, priceList, priceParams, setPriceBody, updatePriceListBody } from '../../../contracts/catalog.js';
import { currencyCode, idParams, pageOf, problemSchema } from '../../../contracts/common.js';
import { notFound } from '../../kernel/errors.js';
import { listQuery } from '../../platform/http/collection.js';
import { recordRoutes } from '../../platform/http/record-routes.js';
import type { App } from '../../platform/http/server.js';
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
// `archived` here is about the products: archived products' prices show with include or only.
const pricesQuery = listQuery({ sort: ['sku', 'productName', 'updatedAt'], defaultSort: 'sku' });

export function priceListsRoutes(app: App): void {
  recordRoutes(app, {
    resource: 'price-lists',
    name: 'Price list',
    access: { read: 'catalog:read', write: 'catalog:manage' },
    record: priceList,
    get: async ({ tx }, id) => {
      const row = await findPriceList(tx, id);
      return row && priceListDto(row);
    },
    list: {
      query: listQuery({ sort: ['name', 'createdAt', 'updatedAt'], defaultSort: 'name', filters: { currency: currencyCode } }),
      summary: 'List price lists',
      load: async ({ tx }, query) => {
        const page = await listPriceLists(tx, query);
        return { data: page.data.map(priceListDto), nextCursor: page.nextCursor };
      },
    },
    create: { body: createPriceListBody, summary: 'Create a price list (currency defaults to the base currency; the first list is the default)', run: createPriceList },
    update: { body: updatePriceListBody, summary: 'Rename a price list, make it the default, or change its currency while it has no prices', run: updatePriceList },
    archive: { summary: 'Archive a price list (not the default)', run: archivePriceList },
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
}
