import type { Invoice } from '../../../../contracts/invoices.js';
import { AppError, invalidField, notFound } from '../../../kernel/errors.js';
import type { Ctx } from '../../../platform/context.js';
import { loadBillableDelivery, loadBillableOrder, type BillableDelivery, type BillableOrder } from '../../orders/index.js';
import type { OrderBilling } from '../domain/order-billing.js';
import { todayOf } from '../../../kernel/calendar.js';
import { invoiceDto } from '../dto.js';
import { chargesOf, creditedQuantities, findInvoice, issuedOfOrder, linesOf, type InvoiceRow } from '../invoices.repository.js';

export { todayOf };

/** The invoice if the actor may see it, locked for the command; 404 otherwise. */
export async function loadInvoice(ctx: Ctx, id: string): Promise<InvoiceRow> {
  const row = await findInvoice(ctx.tx, ctx.actor, id, { forUpdate: true });
  if (!row) throw notFound('Invoice');
  return row;
}

/** The invoice as the API shows it, with its lines, charges and what credit notes corrected of each line. */
export async function invoiceView(ctx: Ctx, id: string): Promise<Invoice | undefined> {
  const row = await findInvoice(ctx.tx, ctx.actor, id);
  if (!row) return undefined;
  const [lines, charges, credited] = [await linesOf(ctx.tx, [id]), await chargesOf(ctx.tx, [id]), await creditedQuantities(ctx.tx, [id])];
  return invoiceDto(row, lines, charges, credited, todayOf(ctx));
}

/** Orders an invoice may be drawn from: confirmed and not closed or cancelled. */
export function assertBillable(order: Pick<BillableOrder, 'status' | 'number'>): void {
  if (!['confirmed', 'partially_delivered', 'delivered'].includes(order.status)) {
    throw new AppError('invalid_state', `The order ${order.number} is ${order.status.replace('_', ' ')}; only a confirmed or (partially) delivered order can be invoiced.`, {
      extra: { state: order.status },
    });
  }
}

/** An order named in a request body: a missing or invisible one is a validation error on that field. */
export async function referencedOrder(ctx: Ctx, orderId: string, path = 'orderId'): Promise<BillableOrder> {
  try {
    return await loadBillableOrder(ctx, orderId);
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') throw invalidField(path, 'no such order');
    throw error;
  }
}

export async function referencedDelivery(ctx: Ctx, deliveryId: string, orderId: string, path = 'deliveryId'): Promise<BillableDelivery> {
  let delivery: BillableDelivery;
  try {
    delivery = await loadBillableDelivery(ctx, deliveryId);
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') throw invalidField(path, 'no such delivery');
    throw error;
  }
  if (delivery.orderId !== orderId) throw invalidField(path, 'not a delivery of this order');
  return delivery;
}

/** What an order's issued documents say, read whoever owns them (the drafting rules need all of them). */
export async function orderBilling(ctx: Ctx, orderId: string): Promise<OrderBilling> {
  const documents = await issuedOfOrder(ctx.tx, orderId);
  const ids = documents.map((d) => d.id);
  return { documents, lines: await linesOf(ctx.tx, ids), charges: await chargesOf(ctx.tx, ids) };
}
