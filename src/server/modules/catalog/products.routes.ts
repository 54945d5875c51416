import { z } from 'zod';
import { createProductBody, product, productDetail, productKinds, updateProductBody } from '../../../contracts/catalog.js';
import { idParams, pageOf, problemSchema, uuid } from '../../../contracts/common.js';
import { notFound } from '../../kernel/errors.js';
import { timelineRoute } from '../../platform/audit/audit.routes.js';
import { listQuery } from '../../platform/http/collection.js';
import type { App } from '../../platform/http/server.js';
import { expectedVersion, withEtag } from '../../platform/http/versioning.js';
import { productDto } from './dto.js';
import { findProduct, listProducts } from './products.repository.js';
import { archiveProduct } from './use-cases/archive-product.js';
import { createProduct } from './use-cases/create-product.js';
import { getProduct } from './use-cases/get-product.js';
import { updateProduct } from './use-cases/update-product.js';

const tags = ['products'];
const errors = { 400: problemSchema, 404: problemSchema, 409: problemSchema, 412: problemSchema, 422: problemSchema };
const productsQuery = listQuery({
  sort: ['name', 'sku', 'createdAt', 'updatedAt'],
  defaultSort: 'name',
  filters: { kind: z.enum(productKinds), category: z.string().max(100), taxRateId: uuid },
});

export function productsRoutes(app: App): void {
  app.get('/api/v1/products', {
    config: { access: 'catalog:read' },
    schema: { tags, summary: 'List products and services (q searches SKU, name and description)', querystring: productsQuery, response: { 200: pageOf(product), 400: problemSchema } },
    handler: (req) => req.run(async ({ tx }) => {
      const page = await listProducts(tx, req.query);
      return { data: page.data.map(productDto), nextCursor: page.nextCursor };
    }),
  });

  app.post('/api/v1/products', {
    config: { access: 'catalog:manage' },
    schema: { tags, summary: 'Create a product or service (SKU unique among active products, ignoring case)', body: createProductBody, response: { 201: productDetail, ...errors } },
    handler: async (req, reply) => reply.status(201).send(await req.run((ctx) => createProduct(ctx, req.body))),
  });

  app.get('/api/v1/products/:id', {
    config: { access: 'catalog:read' },
    schema: { tags, summary: 'Get a product with its prices in the active price lists', params: idParams, response: { 200: productDetail, 404: problemSchema } },
    handler: (req, reply) => req.run(async (ctx) => withEtag(reply, await getProduct(ctx, req.params.id))),
  });

  app.patch('/api/v1/products/:id', {
    config: { access: 'catalog:manage' },
    schema: { tags, summary: 'Change a product (If-Match); prices change through its price lists', params: idParams, body: updateProductBody, response: { 200: productDetail, ...errors } },
    handler: (req, reply) => {
      const version = expectedVersion(req);
      return req.run(async (ctx) => withEtag(reply, await updateProduct(ctx, req.params.id, req.body, version)));
    },
  });

  app.delete('/api/v1/products/:id', {
    config: { access: 'catalog:manage' },
    schema: { tags, summary: 'Archive a product (frees its SKU; its prices are no longer quoted)', params: idParams, response: { 204: z.null(), ...errors } },
    handler: async (req, reply) => {
      await req.run((ctx) => archiveProduct(ctx, req.params.id));
      return reply.status(204).send(null);
    },
  });

  timelineRoute(app, {
    resource: 'products',
    entityType: 'products',
    access: 'catalog:read',
    assertVisible: async ({ tx }, id) => {
      if (!(await findProduct(tx, id))) throw notFound('Product');
    },
  });
}
