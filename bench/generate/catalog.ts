import type pg from 'pg';
import { copyRows, type CopyResult, type CopyValue } from '../lib/copy.js';
import { Rng } from '../lib/random.js';
import { cents, productCount, type Product, type World } from './world.js';
import { productNames } from './words.js';

/** Two more tax rates beside the seeded standard one, and products priced in the default price list. */
export async function loadCatalog(client: pg.ClientBase, world: World): Promise<{ results: CopyResult[]; products: Product[] }> {
  const { orgId, adminId, standardTaxRate, priceListId } = world.seeded;
  const created = new Date(world.start - 30 * 86_400_000);
  const rates = [
    { id: standardTaxRate.id, rate: standardTaxRate.rate },
    { id: world.ids.taxRate(1), rate: '10' },
    { id: world.ids.taxRate(2), rate: '4' },
  ];
  const taxRates = await copyRows(
    client,
    'tax_rates',
    ['id', 'org_id', 'name', 'rate', 'country', 'created_by', 'created_at', 'updated_at'],
    [
      [rates[1]!.id, orgId, 'Reduced', '10', 'ES', adminId, created, created],
      [rates[2]!.id, orgId, 'Super-reduced', '4', 'ES', adminId, created, created],
    ],
  );
  const rng = new Rng(world.seedFor('products'));
  const products: Product[] = [];
  for (let i = 0; i < productCount; i++) {
    const name = productNames[i % productNames.length]!;
    const service = i % productNames.length >= productNames.length - 4;
    const rate = rng.weighted([[rates[0]!, 80], [rates[1]!, 15], [rates[2]!, 5]] as const);
    products.push({
      id: world.ids.product(i),
      sku: `BN-${String(i + 1).padStart(4, '0')}`,
      name: `${name} ${Math.floor(i / productNames.length) + 1}`,
      unit: service ? 'hour' : 'unit',
      unitPrice: cents(rng.int(500, 250_000)),
      taxRate: rate.rate,
      taxRateId: rate.id,
    });
  }
  const productRows = await copyRows(
    client,
    'products',
    ['id', 'org_id', 'sku', 'name', 'kind', 'unit', 'category', 'tax_rate_id', 'created_by', 'created_at', 'updated_at'],
    products.map((p): CopyValue[] => [
      p.id, orgId, p.sku, p.name, p.unit === 'hour' ? 'service' : 'product', p.unit, p.unit === 'hour' ? 'Services' : 'Equipment',
      p.taxRateId, adminId, created, created,
    ]),
  );
  const prices = await copyRows(
    client,
    'product_prices',
    ['id', 'org_id', 'price_list_id', 'product_id', 'unit_price', 'created_by', 'created_at', 'updated_at'],
    products.map((p, i): CopyValue[] => [world.ids.price(i), orgId, priceListId, p.id, p.unitPrice, adminId, created, created]),
  );
  return { results: [taxRates, productRows, prices], products };
}
