import { uuid } from '../../../contracts/common.js';
import { createDeliveryBody, delivery } from '../../../contracts/orders.js';
import { listQuery } from '../../platform/http/collection.js';
import { recordRoutes } from '../../platform/http/record-routes.js';
import type { App } from '../../platform/http/server.js';
import { createDelivery } from './use-cases/create-delivery.js';
import { getDelivery, listDeliveryRecords } from './use-cases/list.js';

const deliveriesQuery = listQuery({ sort: ['number', 'createdAt', 'deliveredOn'], defaultSort: '-createdAt', filters: { orderId: uuid, accountId: uuid } });

/** A delivery is a fact: it is recorded, never changed nor archived. */
export function deliveriesRoutes(app: App): void {
  recordRoutes(app, {
    resource: 'deliveries',
    name: 'Delivery',
    access: { read: 'orders:read', write: 'deliveries:write' },
    record: delivery,
    get: getDelivery,
    list: { query: deliveriesQuery, summary: 'List the deliveries of the orders you may see', load: listDeliveryRecords },
    create: { body: createDeliveryBody, summary: 'Record what was delivered of a confirmed order; never more than remains of a line', run: createDelivery },
  });
}
