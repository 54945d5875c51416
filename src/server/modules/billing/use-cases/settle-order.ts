import type { Ctx } from '../../../platform/context.js';
import { closeOrderIfSettled } from '../../orders/index.js';
import { amountDue } from '../domain/invoice-rules.js';
import { issuedOfOrder } from '../invoices.repository.js';

/**
 * Tells orders whether billing is done with an order: every issued invoice and down payment paid, credited,
 * or asking nothing (an invoice its down payments covered). Orders closes it if it is also delivered and
 * fully invoiced.
 */
export async function settleOrder(ctx: Ctx, orderId: string): Promise<void> {
  const issued = (await issuedOfOrder(ctx.tx, orderId)).filter((i) => i.kind !== 'credit_note');
  const settled = issued.length > 0 && issued.every((i) => i.status === 'paid' || i.status === 'credited' || amountDue(i).lte(0));
  await closeOrderIfSettled(ctx, orderId, settled);
}
