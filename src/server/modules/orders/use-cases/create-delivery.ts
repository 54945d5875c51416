import type { CreateDeliveryBody } from '../../../../contracts/orders.js';
import { AppError } from '../../../kernel/errors.js';
import { Decimal } from '../../../kernel/money.js';
import { recordAudit } from '../../../platform/audit/record-audit.js';
import type { Ctx } from '../../../platform/context.js';
import { nextNumber } from '../../../platform/numbering/next-number.js';
import { deliveryLinesOf, findDelivery, insertDelivery, insertDeliveryLines } from '../deliveries.repository.js';
import { assertStatus, dateOf, deliveryErrors, futureDateErrors, statusAfterDelivery } from '../domain/order-rules.js';
import { auditableDelivery, deliveryDto } from '../dto.js';
import { setDeliveredQuantity, updateOrderRow } from '../orders.repository.js';
import { auditedOrder, loadOrderForCommand } from './load.js';

/**
 * Records what was delivered of a confirmed order, line by line, never more than remains; the order becomes
 * partially delivered or delivered. The order row stays locked until commit, so concurrent deliveries queue.
 */
export async function createDelivery(ctx: Ctx, input: CreateDeliveryBody) {
  const { tx, actor } = ctx;
  const before = await findOrderToDeliver(ctx, input.orderId);
  const order = before.row;
  assertStatus(order.status, ['confirmed', 'partially_delivered'], 'be delivered');
  const now = ctx.clock.now();
  const deliveredOn = input.deliveredOn ?? dateOf(now);
  const errors = [...deliveryErrors(before.lines, input.lines), ...futureDateErrors('deliveredOn', deliveredOn, dateOf(now))];
  if (errors.length > 0) throw new AppError('validation', errors.map((e) => `${e.path}: ${e.message}`).join('; '), { errors });

  const number = await nextNumber(tx, 'DN', now.getUTCFullYear(), 5);
  const id = await insertDelivery(tx, {
    orgId: actor.orgId,
    createdBy: actor.userId,
    ownerId: order.ownerId,
    number,
    orderId: order.id,
    accountId: order.accountId,
    deliveredOn,
    notes: input.notes ?? '',
  });
  await insertDeliveryLines(tx, input.lines.map((l) => ({ orgId: actor.orgId, deliveryId: id, orderLineId: l.orderLineId, quantity: l.quantity })));

  const delivered = before.lines.map((line) => {
    const item = input.lines.find((l) => l.orderLineId === line.id);
    return { ...line, deliveredQuantity: item ? new Decimal(line.deliveredQuantity).plus(item.quantity).toString() : line.deliveredQuantity };
  });
  for (const line of delivered) if (input.lines.some((l) => l.orderLineId === line.id)) await setDeliveredQuantity(tx, line.id, line.deliveredQuantity);
  const status = statusAfterDelivery(delivered);
  await updateOrderRow(tx, order.id, { status });
  await auditedOrder(ctx, before, status === order.status ? 'update' : 'transition');

  const row = (await findDelivery(tx, actor, id))!;
  const lines = await deliveryLinesOf(tx, [id]);
  await recordAudit(tx, actor, { entityType: 'deliveries', entityId: id, action: 'create', after: auditableDelivery(row, lines) });
  return deliveryDto(row, lines);
}

/** The order to deliver, locked; an unknown or invisible order is a field error of the body, not a missing URL. */
async function findOrderToDeliver(ctx: Ctx, orderId: string) {
  try {
    return await loadOrderForCommand(ctx, orderId);
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') {
      throw new AppError('validation', 'orderId: no such order', { errors: [{ path: 'orderId', message: 'no such order' }] });
    }
    throw error;
  }
}
