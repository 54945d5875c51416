import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { call, type Harness, type Session } from './harness.js';

export type ProductBody = {
  id: string;
  sku: string;
  name: string;
  kind: string;
  unit: string;
  category: string;
  taxRateId: string;
  version: number;
  archivedAt: string | null;
  prices: { priceListId: string; priceListName: string; currency: string; unitPrice: { amount: string; currency: string } }[];
};
export type PriceListBody = { id: string; name: string; currency: string; isDefault: boolean; version: number };
export type TaxRateBody = { id: string; name: string; rate: string; country: string | null; isDefault: boolean; version: number };

async function created<T>(h: Harness, session: Session, url: string, body: Record<string, unknown>): Promise<T> {
  const res = await call(h.app, 'POST', url, { session, body });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as T;
}

/** Creates a product as `session` (fails the test unless 201); a unique SKU unless one is given. */
export const newProduct = (h: Harness, session: Session, body: Record<string, unknown> = {}) =>
  created<ProductBody>(h, session, '/api/v1/products', { sku: `SKU-${randomUUID().slice(0, 8)}`, name: 'Widget', ...body });

export const newPriceList = (h: Harness, session: Session, body: Record<string, unknown> = {}) =>
  created<PriceListBody>(h, session, '/api/v1/price-lists', { name: `List ${randomUUID().slice(0, 8)}`, ...body });

export const newTaxRate = (h: Harness, session: Session, body: Record<string, unknown> = {}) =>
  created<TaxRateBody>(h, session, '/api/v1/tax-rates', { name: `Rate ${randomUUID().slice(0, 8)}`, rate: '21', ...body });

/** Sets a price and answers the response (status 200 or 201 expected by the caller). */
export const putPrice = (h: Harness, session: Session, priceListId: string, productId: string, unitPrice: unknown) =>
  call(h.app, 'PUT', `/api/v1/price-lists/${priceListId}/prices/${productId}`, { session, body: { unitPrice } });

/** The organisation's default price list and tax rate, as `session` reads them. */
export async function catalogDefaults(h: Harness, session: Session): Promise<{ priceList: PriceListBody; taxRate: TaxRateBody }> {
  const lists = (await call(h.app, 'GET', '/api/v1/price-lists?limit=200', { session })).body.data as PriceListBody[];
  const rates = (await call(h.app, 'GET', '/api/v1/tax-rates?limit=200', { session })).body.data as TaxRateBody[];
  const priceList = lists.find((l) => l.isDefault);
  const taxRate = rates.find((r) => r.isDefault);
  expect(priceList && taxRate, 'the organisation has a default price list and tax rate').toBeTruthy();
  return { priceList: priceList!, taxRate: taxRate! };
}

/**
 * Everything the catalog of an organisation has written: rows and the sum of record versions per
 * table, and audit events; read with the owner connection. Equal before and after: nothing written.
 */
export async function catalogFootprint(h: Harness, orgId: string): Promise<Record<string, number>> {
  const tables = ['tax_rates', 'products', 'price_lists', 'product_prices', 'exchange_rates'];
  const parts = tables.flatMap((t) => [
    `(select count(*) from ${t} where org_id = $1)::int as "${t}"`,
    `(select coalesce(sum(version), 0) from ${t} where org_id = $1)::int as "${t}_versions"`,
  ]);
  const { rows } = await h.owner.query<Record<string, number>>(
    `select ${parts.join(', ')}, (select count(*) from audit_events where org_id = $1)::int as "audit_events"`,
    [orgId],
  );
  return rows[0]!;
}
