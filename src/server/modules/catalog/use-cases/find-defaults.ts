import type { PriceList, TaxRate } from '../../../../contracts/catalog.js';
import type { Ctx } from '../../../platform/context.js';
import { priceListDto, taxRateDto } from '../dto.js';
import { findDefaultPriceList } from '../price-lists.repository.js';
import { findDefaultTaxRate } from '../tax-rates.repository.js';

/** The organisation's default price list and tax rate (what quotes and products fall back on), if any. */
export async function findCatalogDefaults(ctx: Pick<Ctx, 'tx'>): Promise<{ priceList: PriceList | undefined; taxRate: TaxRate | undefined }> {
  const priceList = await findDefaultPriceList(ctx.tx);
  const taxRate = await findDefaultTaxRate(ctx.tx);
  return { priceList: priceList && priceListDto(priceList), taxRate: taxRate && taxRateDto(taxRate) };
}
