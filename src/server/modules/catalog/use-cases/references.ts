import { AppError, invalidField } from '../../../kernel/errors.js';
import type { Tx } from '../../../platform/db/tenant.js';
import { findActivePriceListNamed } from '../price-lists.repository.js';
import { findActiveProductBySku } from '../products.repository.js';
import { findActiveTaxRateNamed, findTaxRate, type TaxRateRow } from '../tax-rates.repository.js';

const duplicate = (path: string, message: string) => new AppError('duplicate', `${path}: ${message}`, { errors: [{ path, message }] });

/** New products may use only an active tax rate of the organisation (RLS hides the others): 422 at `path`. */
export async function assertActiveTaxRate(tx: Tx, id: string, path = 'taxRateId'): Promise<TaxRateRow> {
  const rate = await findTaxRate(tx, id);
  if (!rate || rate.archivedAt) throw invalidField(path, 'no active tax rate with this id');
  return rate;
}

// The unique indexes catch races; these checks give the usual case a clear answer first.

export async function assertSkuFree(tx: Tx, sku: string, except?: string): Promise<void> {
  const other = await findActiveProductBySku(tx, sku, except);
  if (other) throw duplicate('sku', `already used by "${other.name}" (SKUs are compared ignoring case)`);
}

export async function assertTaxRateNameFree(tx: Tx, name: string, except?: string): Promise<void> {
  if (await findActiveTaxRateNamed(tx, name, except)) throw duplicate('name', 'another active tax rate has this name');
}

export async function assertPriceListNameFree(tx: Tx, name: string, except?: string): Promise<void> {
  if (await findActivePriceListNamed(tx, name, except)) throw duplicate('name', 'another active price list has this name');
}
