import { z } from 'zod';
import { idParams, problemSchema, uuid } from '../../../contracts/common.js';
import { cancelOrderBody, confirmOrderBody, order, orderStatuses, orderSummary, updateOrderBody } from '../../../contracts/orders.js';
import { listQuery } from '../../platform/http/collection.js';
import { recordRoutes } from '../../platform/http/record-routes.js';
import type { App } from '../../platform/http/server.js';
import { expectedVersion, withEtag } from '../../platform/http/versioning.js';
import type { CreditCheck } from './credit-check.js';
import { archiveOrder } from './use-cases/archive-order.js';
import { cancelOrder } from './use-cases/cancel-order.js';
import { closeOrder } from './use-cases/close-order.js';
import { confirmOrder } from './use-cases/confirm-order.js';
import { listOrderSummaries } from './use-cases/list.js';
import { getOrder } from './use-cases/load.js';
import { updateOrder } from './use-cases/update-order.js';

const tags = ['orders'];
const errors = { 400: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema, 412: problemSchema, 422: problemSchema };
const ordersQuery = listQuery({
  sort: ['number', 'createdAt', 'orderDate', 'total'],
  defaultSort: '-createdAt',
  filters: { status: z.enum(orderStatuses), accountId: uuid, ownerId: uuid, quoteId: uuid, opportunityId: uuid },
});

/** Orders come from accepted quotes (POST /quotes/{id}/accept): there is no POST /orders. */
export function ordersRoutes(app: App, deps: { assessCredit: CreditCheck }): void {
  recordRoutes(app, {
    resource: 'orders',
    name: 'Order',
    access: { read: 'orders:read', write: 'orders:write' },
    record: order,
    get: getOrder,
    list: { query: ordersQuery, summary: 'List the orders you may see', item: orderSummary, load: listOrderSummaries },
    update: { body: updateOrderBody, summary: 'Change the terms, notes or contact of a pending order', run: updateOrder },
    archive: { summary: 'Archive a cancelled or closed order', run: archiveOrder },
  });

  app.post('/api/v1/orders/:id/confirm', {
    // Checked in the use case: sales (orders:write) or finance (credit:manage) may confirm.
    config: { access: 'orders:read' },
    schema: {
      tags,
      summary: 'Record the signed contract and confirm a pending order after the credit check; terms the rating does not allow need approveCreditException by a manager, finance or an admin',
      params: idParams,
      body: confirmOrderBody,
      response: { 200: order, ...errors },
    },
    handler: (req, reply) => {
      const version = expectedVersion(req);
      return req.run(async (ctx) => withEtag(reply, await confirmOrder(ctx, req.params.id, req.body, deps.assessCredit, version)));
    },
  });

  app.post('/api/v1/orders/:id/cancel', {
    config: { access: 'orders:write' },
    schema: { tags, summary: 'Cancel a pending order, or a confirmed one nothing of which was delivered or invoiced', params: idParams, body: cancelOrderBody.nullish(), response: { 200: order, ...errors } },
    handler: (req, reply) => {
      const version = expectedVersion(req);
      return req.run(async (ctx) => withEtag(reply, await cancelOrder(ctx, req.params.id, req.body?.reason, version)));
    },
  });

  app.post('/api/v1/orders/:id/close', {
    config: { access: 'orders:write' },
    schema: { tags, summary: 'Close a delivered order (e.g. after the last payment)', params: idParams, response: { 200: order, ...errors } },
    handler: (req, reply) => {
      const version = expectedVersion(req);
      return req.run(async (ctx) => withEtag(reply, await closeOrder(ctx, req.params.id, version)));
    },
  });
}
