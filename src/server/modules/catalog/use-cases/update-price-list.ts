import type { PriceList, UpdatePriceListBody } from '../../../../contracts/catalog.js';
import { AppError, notFound } from '../../../kernel/errors.js';
import { recordAudit } from '../../../platform/audit/record-audit.js';
import type { Ctx } from '../../../platform/context.js';
import { assertVersion } from '../../../platform/http/versioning.js';
import { auditablePriceList, priceListDto } from '../dto.js';
import { findPriceList, updatePriceList as savePriceList } from '../price-lists.repository.js';
import { countPrices } from '../prices.repository.js';
import { demoteDefaultPriceList } from './demote-default-price-list.js';
import { assertPriceListNameFree } from './references.js';

export async function updatePriceList(ctx: Ctx, id: string, input: UpdatePriceListBody, expectedVersion?: number): Promise<PriceList> {
  // The row lock waits for prices being set in the list (they hold it in share mode), so the count below is final.
  const before = await findPriceList(ctx.tx, id, { lock: 'update' });
  if (!before) throw notFound('Price list');
  assertVersion(before.version, expectedVersion);
  if (before.archivedAt) throw new AppError('invalid_state', 'The price list is archived; archived records cannot be changed.');
  if (input.isDefault === false && before.isDefault) {
    throw new AppError('conflict', 'Make another price list the default instead.', { errors: [{ path: 'isDefault', message: 'there must be a default price list' }] });
  }
  // Prices are amounts in the list's currency: they cannot silently become amounts in another one.
  if (input.currency !== undefined && input.currency !== before.currency && (await countPrices(ctx.tx, id)) > 0) {
    throw new AppError('conflict', `The list has prices in ${before.currency}; remove them first, or create a list in ${input.currency}.`, {
      errors: [{ path: 'currency', message: 'the list has prices' }],
    });
  }
  if (input.name !== undefined) await assertPriceListNameFree(ctx.tx, input.name, id);
  const becomesDefault = input.isDefault === true && !before.isDefault;
  if (becomesDefault) await demoteDefaultPriceList(ctx);
  const after = await savePriceList(ctx.tx, id, {
    ...(input.name !== undefined ? { name: input.name } : {}),
    ...(input.currency !== undefined ? { currency: input.currency } : {}),
    ...(becomesDefault ? { isDefault: true } : {}),
  });
  await recordAudit(ctx.tx, ctx.actor, { entityType: 'price-lists', entityId: id, action: 'update', before: auditablePriceList(before), after: auditablePriceList(after) });
  return priceListDto(after);
}
