import type { UpdateOrderBody } from '../../../../contracts/orders.js';
import { invalidField } from '../../../kernel/errors.js';
import type { Ctx } from '../../../platform/context.js';
import { assertVersion } from '../../../platform/http/versioning.js';
import { findVisibleContact } from '../../accounts/index.js';
import { assertStatus } from '../domain/order-rules.js';
import { updateOrderRow } from '../orders.repository.js';
import { auditedOrder, loadOrderForCommand } from './load.js';

/** Changes the terms, notes or contact of a pending order; its lines are those of the accepted quote. */
export async function updateOrder(ctx: Ctx, id: string, input: UpdateOrderBody, expectedVersion?: number) {
  const before = await loadOrderForCommand(ctx, id);
  assertVersion(before.row.version, expectedVersion);
  assertStatus(before.row.status, ['pending'], 'be changed');
  if (input.contactId) {
    const contact = await findVisibleContact(ctx, input.contactId);
    if (!contact || contact.accountId !== before.row.accountId) throw invalidField('contactId', 'not a contact of this account');
  }
  await updateOrderRow(ctx.tx, id, input);
  return auditedOrder(ctx, before, 'update');
}
