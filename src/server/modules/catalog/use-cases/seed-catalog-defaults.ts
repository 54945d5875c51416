import type { Ctx } from '../../../platform/context.js';
import { organizationBaseCurrency } from '../../directory/index.js';
import { standardTaxRateFor } from '../domain/catalog-rules.js';
import { createPriceList } from './create-price-list.js';
import { createTaxRate } from './create-tax-rate.js';

/** A new organisation can price at once: a default price list in its base currency and a default tax rate. */
export async function seedCatalogDefaults(ctx: Ctx): Promise<void> {
  const baseCurrency = await organizationBaseCurrency(ctx.tx, ctx.actor.orgId);
  await createPriceList(ctx, { name: 'General', currency: baseCurrency, isDefault: true });
  await createTaxRate(ctx, { name: 'Standard', ...standardTaxRateFor(baseCurrency), isDefault: true });
}
