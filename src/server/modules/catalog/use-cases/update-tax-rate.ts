import type { TaxRate, UpdateTaxRateBody } from '../../../../contracts/catalog.js';
import { AppError, notFound } from '../../../kernel/errors.js';
import { recordAudit } from '../../../platform/audit/record-audit.js';
import type { Ctx } from '../../../platform/context.js';
import { assertVersion } from '../../../platform/http/versioning.js';
import { auditableTaxRate, taxRateDto } from '../dto.js';
import { findTaxRate, updateTaxRate as saveTaxRate } from '../tax-rates.repository.js';
import { demoteDefaultTaxRate } from './demote-default-tax-rate.js';
import { assertTaxRateNameFree } from './references.js';

/** Changing a rate does not touch quotes already priced with it: they keep the percentage they copied. */
export async function updateTaxRate(ctx: Ctx, id: string, input: UpdateTaxRateBody, expectedVersion?: number): Promise<TaxRate> {
  const before = await findTaxRate(ctx.tx, id, { forUpdate: true });
  if (!before) throw notFound('Tax rate');
  assertVersion(before.version, expectedVersion);
  if (before.archivedAt) throw new AppError('invalid_state', 'The tax rate is archived; archived records cannot be changed.');
  if (input.isDefault === false && before.isDefault) {
    throw new AppError('conflict', 'Make another tax rate the default instead.', { errors: [{ path: 'isDefault', message: 'there must be a default tax rate' }] });
  }
  if (input.name !== undefined) await assertTaxRateNameFree(ctx.tx, input.name, id);
  const becomesDefault = input.isDefault === true && !before.isDefault;
  if (becomesDefault) await demoteDefaultTaxRate(ctx);
  const after = await saveTaxRate(ctx.tx, id, {
    ...(input.name !== undefined ? { name: input.name } : {}),
    ...(input.rate !== undefined ? { rate: input.rate } : {}),
    ...(input.country !== undefined ? { country: input.country } : {}),
    ...(becomesDefault ? { isDefault: true } : {}),
  });
  await recordAudit(ctx.tx, ctx.actor, { entityType: 'tax-rates', entityId: id, action: 'update', before: auditableTaxRate(before), after: auditableTaxRate(after) });
  return taxRateDto(after);
}
