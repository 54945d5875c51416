import type { CreatePriceListBody, PriceList } from '../../../../contracts/catalog.js';
import { recordAudit } from '../../../platform/audit/record-audit.js';
import type { Ctx } from '../../../platform/context.js';
import { organizationBaseCurrency } from '../../directory/index.js';
import { auditablePriceList, priceListDto } from '../dto.js';
import { findDefaultPriceList, insertPriceList } from '../price-lists.repository.js';
import { demoteDefaultPriceList } from './demote-default-price-list.js';
import { assertPriceListNameFree } from './references.js';

export async function createPriceList(ctx: Ctx, input: CreatePriceListBody): Promise<PriceList> {
  await assertPriceListNameFree(ctx.tx, input.name);
  const currency = input.currency ?? (await organizationBaseCurrency(ctx.tx, ctx.actor.orgId));
  // Quotes price from the default list unless they name one, so the first active list is the default.
  const isDefault = input.isDefault === true || !(await findDefaultPriceList(ctx.tx));
  if (isDefault) await demoteDefaultPriceList(ctx);
  const row = await insertPriceList(ctx.tx, { orgId: ctx.actor.orgId, name: input.name, currency, isDefault, createdBy: ctx.actor.userId });
  await recordAudit(ctx.tx, ctx.actor, { entityType: 'price-lists', entityId: row.id, action: 'create', after: auditablePriceList(row) });
  return priceListDto(row);
}
