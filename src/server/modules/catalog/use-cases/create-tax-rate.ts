import type { CreateTaxRateBody, TaxRate } from '../../../../contracts/catalog.js';
import { recordAudit } from '../../../platform/audit/record-audit.js';
import type { Ctx } from '../../../platform/context.js';
import { auditableTaxRate, taxRateDto } from '../dto.js';
import { findDefaultTaxRate, insertTaxRate } from '../tax-rates.repository.js';
import { demoteDefaultTaxRate } from './demote-default-tax-rate.js';
import { assertTaxRateNameFree } from './references.js';

export async function createTaxRate(ctx: Ctx, input: CreateTaxRateBody): Promise<TaxRate> {
  await assertTaxRateNameFree(ctx.tx, input.name);
  // Products fall back on the default rate, so the first active rate is the default.
  const isDefault = input.isDefault === true || !(await findDefaultTaxRate(ctx.tx));
  if (isDefault) await demoteDefaultTaxRate(ctx);
  const row = await insertTaxRate(ctx.tx, {
    orgId: ctx.actor.orgId,
    name: input.name,
    rate: input.rate,
    country: input.country ?? null,
    isDefault,
    createdBy: ctx.actor.userId,
  });
  await recordAudit(ctx.tx, ctx.actor, { entityType: 'tax-rates', entityId: row.id, action: 'create', after: auditableTaxRate(row) });
  return taxRateDto(row);
}
