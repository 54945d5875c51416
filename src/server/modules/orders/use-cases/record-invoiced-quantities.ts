import { AppError, type FieldError } from '../../../kernel/errors.js';
import { Decimal } from '../../../kernel/money.js';
import type { Ctx } from '../../../platform/context.js';
import type { InvoicedQuantity } from '../billable.js';
import { lockDeliveryLines, setDeliveryLineInvoiced } from '../deliveries.repository.js';
import { setInvoicedQuantity, updateOrderRow } from '../orders.repository.js';
import { auditedOrder, loadVisibleOrder } from './load.js';

type Running = { quantity: string; invoiced: InstanceType<typeof Decimal>; label: string };

const conflict = (message: string) => new AppError('conflict', message);

/**
 * Adds invoiced quantities (negative for credit notes) to order lines and, with deliveryLineId, to that delivery
 * line; never beyond what was ordered or delivered, nor below zero (409). Runs in billing's transaction.
 */
export async function recordInvoicedQuantities(ctx: Ctx, orderId: string, items: InvoicedQuantity[]): Promise<void> {
  const before = await loadVisibleOrder(ctx, orderId, { forUpdate: true });
  const orderLines = new Map<string, Running>(
    before.lines.map((l) => [l.id, { quantity: l.quantity, invoiced: new Decimal(l.invoicedQuantity), label: `line ${l.position} (${l.description})` }]),
  );
  const deliveryRows = await lockDeliveryLines(ctx.tx, items.flatMap((i) => (i.deliveryLineId ? [i.deliveryLineId] : [])));
  const deliveryLines = new Map<string, Running & { orderLineId: string }>(
    deliveryRows.map((d) => [d.id, { quantity: d.quantity, invoiced: new Decimal(d.invoicedQuantity), label: 'a delivery line', orderLineId: d.orderLineId }]),
  );

  const errors: FieldError[] = [];
  const touched = new Set<string>();
  const touchedDeliveries = new Set<string>();
  items.forEach((item, index) => {
    const line = orderLines.get(item.orderLineId);
    if (!line) {
      errors.push({ path: `lines.${index}.orderLineId`, message: 'not a line of this order' });
      return;
    }
    line.invoiced = line.invoiced.plus(item.quantity);
    touched.add(item.orderLineId);
    if (!item.deliveryLineId) return;
    const delivered = deliveryLines.get(item.deliveryLineId);
    if (!delivered || delivered.orderLineId !== item.orderLineId) {
      errors.push({ path: `lines.${index}.deliveryLineId`, message: 'not a delivery of this order line' });
      return;
    }
    delivered.invoiced = delivered.invoiced.plus(item.quantity);
    delivered.label = `the delivery of ${line.label}`;
    touchedDeliveries.add(item.deliveryLineId);
  });
  if (errors.length > 0) throw new AppError('validation', errors.map((e) => `${e.path}: ${e.message}`).join('; '), { errors });

  for (const running of [...orderLines.values(), ...deliveryLines.values()]) {
    if (running.invoiced.lt(0)) throw conflict(`This would leave ${running.label} with less than nothing invoiced (${running.invoiced.toString()}).`);
    if (running.invoiced.gt(running.quantity)) {
      throw conflict(`This would invoice ${running.invoiced.toString()} of ${running.label}, more than its ${new Decimal(running.quantity).toString()}.`);
    }
  }
  if (touched.size === 0) return;

  try {
    for (const id of touched) await setInvoicedQuantity(ctx.tx, id, orderLines.get(id)!.invoiced.toString());
    for (const id of touchedDeliveries) await setDeliveryLineInvoiced(ctx.tx, id, deliveryLines.get(id)!.invoiced.toString());
  } catch (error) {
    // The CHECK constraints are the last guard; a violation here is a conflict with a concurrent change, not a crash.
    if (isCheckViolation(error)) throw conflict('The invoiced quantities would exceed what was ordered or delivered.');
    throw error;
  }
  await updateOrderRow(ctx.tx, orderId, {});
  await auditedOrder(ctx, before, 'update');
}

function isCheckViolation(error: unknown): boolean {
  for (let current = error as { code?: string; cause?: unknown } | undefined, depth = 0; current && depth < 4; current = current.cause as typeof current, depth++) {
    if (current.code === '23514') return true;
  }
  return false;
}
