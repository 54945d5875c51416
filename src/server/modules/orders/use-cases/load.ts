import { AppError, notFound } from '../../../kernel/errors.js';
import { recordAudit } from '../../../platform/audit/record-audit.js';
import type { Ctx } from '../../../platform/context.js';
import { auditableOrder, orderDto } from '../dto.js';
import { chargesOf, findOrder, linesOf, type OrderChargeRow, type OrderLineRow, type OrderRow } from '../orders.repository.js';

export type LoadedOrder = { row: OrderRow; lines: OrderLineRow[]; charges: OrderChargeRow[] };

/** The order with its lines and charges if the actor may see it (404 otherwise); forUpdate locks the order row first. */
export async function loadVisibleOrder(ctx: Ctx, id: string, options: { forUpdate?: boolean } = {}): Promise<LoadedOrder> {
  const row = await findOrder(ctx.tx, ctx.actor, id, options);
  if (!row) throw notFound('Order');
  const [lines, charges] = [await linesOf(ctx.tx, [id]), await chargesOf(ctx.tx, [id])];
  return { row, lines, charges };
}

/** The order locked for a command: visible (404) and not archived (409). */
export async function loadOrderForCommand(ctx: Ctx, id: string): Promise<LoadedOrder> {
  const order = await loadVisibleOrder(ctx, id, { forUpdate: true });
  if (order.row.archivedAt) throw new AppError('invalid_state', 'The order is archived; archived records cannot be changed.', { extra: { state: 'archived' } });
  return order;
}

/** The order as the API shows it, if the actor may see it. */
export async function getOrder(ctx: Ctx, id: string) {
  const row = await findOrder(ctx.tx, ctx.actor, id);
  if (!row) return undefined;
  return orderDto(row, await linesOf(ctx.tx, [id]), await chargesOf(ctx.tx, [id]));
}

/** After a command changed the order: reads it back, writes the audit row (before → after) and answers the API view. */
export async function auditedOrder(ctx: Ctx, before: LoadedOrder, action: 'update' | 'transition' | 'archive') {
  const after = await loadVisibleOrder(ctx, before.row.id);
  await recordAudit(ctx.tx, ctx.actor, {
    entityType: 'orders',
    entityId: before.row.id,
    action,
    before: auditableOrder(before.row, before.lines),
    after: auditableOrder(after.row, after.lines),
  });
  return orderDto(after.row, after.lines, after.charges);
}
