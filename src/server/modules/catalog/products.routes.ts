import { z } from 'zod';
import { createProductBody, product, productDetail, productKinds, updateProductBody } from '../../../contracts/catalog.js';
import { uuid } from '../../../contracts/common.js';
import { listQuery } from '../../platform/http/collection.js';
import { recordRoutes } from '../../platform/http/record-routes.js';
import type { App } from '../../platform/http/server.js';
import { productDto } from './dto.js';
import { listProducts } from './products.repository.js';
import { archiveProduct } from './use-cases/archive-product.js';
import { createProduct } from './use-cases/create-product.js';
import { getProduct } from './use-cases/get-product.js';
import { updateProduct } from './use-cases/update-product.js';

export function productsRoutes(app: App): void {
  recordRoutes(app, {
    resource: 'products',
    name: 'Product',
    access: { read: 'catalog:read', write: 'catalog:manage' },
    record: productDetail,
    get: getProduct,
    getSummary: 'Get a product with its prices in the active price lists',
    list: {
      query: listQuery({
        sort: ['name', 'sku', 'createdAt', 'updatedAt'],
        defaultSort: 'name',
        filters: { kind: z.enum(productKinds), category: z.string().max(100), taxRateId: uuid },
      }),
      item: product,
      summary: 'List products and services (q searches SKU, name and description)',
      load: async ({ tx }, query) => {
        const page = await listProducts(tx, query);
        return { data: page.data.map(productDto), nextCursor: page.nextCursor };
      },
    },
    create: { body: createProductBody, summary: 'Create a product or service (SKU unique among active products, ignoring case)', run: createProduct },
    update: { body: updateProductBody, summary: 'Change a product; prices change through its price lists', run: updateProduct },
    archive: { summary: 'Archive a product (frees its SKU; its prices are no longer quoted)', run: archiveProduct },
  });
}
