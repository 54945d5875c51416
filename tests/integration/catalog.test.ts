import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../src/server/kernel/errors.js';
import { convertToBase, priceOf } from '../../src/server/modules/catalog/index.js';
import { createOrganizationWithDefaults } from '../../src/server/organizations.js';
import { actorOf, type Actor } from '../../src/server/platform/access/actor.js';
import { withTenant, type Tx } from '../../src/server/platform/db/tenant.js';
import { call, expectProblem, newOrganization, password, signIn, startHarness, type Harness, type Response, type Session } from '../support/harness.js';
import {
  catalogDefaults,
  catalogFootprint,
  newPriceList,
  newProduct,
  newTaxRate,
  putPrice,
  type PriceListBody,
  type ProductBody,
  type TaxRateBody,
} from '../support/catalog.js';

let h: Harness;
let admin: Session;
let finance: Session;
let rep: Session;
let defaults: { priceList: PriceListBody; taxRate: TaxRateBody };

beforeAll(async () => {
  h = await startHarness();
  const org = await newOrganization(h);
  admin = org.admin;
  finance = await org.member('finance');
  rep = await org.member('sales_rep');
  defaults = await catalogDefaults(h, admin);
});
afterAll(() => h.close());

const get = (url: string, session = admin) => call(h.app, 'GET', url, { session });
const post = (url: string, body: unknown, session = admin) => call(h.app, 'POST', url, { session, body });
const patch = (url: string, body: unknown, headers: Record<string, string> = {}, session = admin) => call(h.app, 'PATCH', url, { session, body, headers });
const del = (url: string, session = admin) => call(h.app, 'DELETE', url, { session });
const footprint = () => catalogFootprint(h, admin.orgId);

function expectFieldErrors(res: Response, status: number, paths: string[]): void {
  expectProblem(res, status);
  expect((res.body.errors as { path: string }[]).map((e) => e.path).sort(), JSON.stringify(res.body)).toEqual([...paths].sort());
}

/** The request is refused with `status`, naming `paths`, and writes nothing. */
async function refused(request: () => Promise<Response>, status: number, paths: string[]): Promise<Response> {
  const before = await footprint();
  const res = await request();
  expectFieldErrors(res, status, paths);
  expect(await footprint()).toEqual(before);
  return res;
}

async function timeline(resource: string, id: string): Promise<{ action: string; changes: Record<string, { before: unknown; after: unknown }> }[]> {
  const res = await get(`/api/v1/${resource}/${id}/timeline`);
  expect(res.status).toBe(200);
  return res.body.data;
}

/** A context for calling the module's index directly, as another module would. */
function asAdmin<T>(orgId: string, userId: string, fn: (ctx: { tx: Tx; actor: Actor }) => Promise<T>): Promise<T> {
  const actor = actorOf({ orgId, userId, role: 'admin' });
  return withTenant(h.db, orgId, userId, (tx) => fn({ tx, actor }));
}

describe('what a new organisation starts with', () => {
  it('has a default price list "General" in its base currency and a default "Standard" tax rate', () => {
    expect(defaults.priceList).toMatchObject({ name: 'General', currency: 'EUR', isDefault: true });
    expect(defaults.taxRate).toMatchObject({ name: 'Standard', rate: '21', country: null, isDefault: true });
  });

  it.each([
    ['MXN', '16', 'MX'],
    ['IRR', '10', 'IR'],
    ['JPY', '0', null],
  ])('guesses the standard rate from a %s base currency: %s %%', async (baseCurrency, rate, country) => {
    const { orgId } = await createOrganizationWithDefaults(h.db, { name: `Org ${baseCurrency}`, baseCurrency, admin: { email: `a-${randomUUID()}@example.com`, name: 'A', password } });
    const { rows } = await h.owner.query(
      `select (select row_to_json(p) from (select name, currency, is_default from price_lists where org_id = $1) p) as list,
              (select row_to_json(t) from (select name, rate, country, is_default from tax_rates where org_id = $1) t) as rate`,
      [orgId],
    );
    expect(rows[0]).toEqual({
      list: { name: 'General', currency: baseCurrency, is_default: true },
      rate: { name: 'Standard', rate: Number(rate), country, is_default: true },
    });
  });
});

describe('tax rates', () => {
  it('creates, reads, lists and changes a rate, with the percentage as a plain decimal string', async () => {
    const created = await newTaxRate(h, admin, { name: 'IVA reducido', rate: '10.50', country: 'ES' });
    expect(created).toMatchObject({ name: 'IVA reducido', rate: '10.5', country: 'ES', isDefault: false, version: 1, archivedAt: null });
    const read = await get(`/api/v1/tax-rates/${created.id}`);
    expect(read).toMatchObject({ status: 200, body: created, headers: { etag: '"1"' } });
    const persian = await newTaxRate(h, admin, { name: 'مالیات بر ارزش افزوده', rate: '10', country: 'IR' });
    const iranian = (await get('/api/v1/tax-rates?filter[country]=IR')).body.data as TaxRateBody[];
    expect(iranian.map((r) => r.id)).toEqual([persian.id]);

    const before = await footprint();
    const conflict = await patch(`/api/v1/tax-rates/${created.id}`, { rate: '10' }, { 'if-match': '"7"' });
    expectProblem(conflict, 412);
    expect(conflict.body.currentVersion).toBe(1);
    expect(await footprint()).toEqual(before);
    const changed = await patch(`/api/v1/tax-rates/${created.id}`, { rate: '10', name: 'IVA reducido 2026' }, { 'if-match': '"1"' });
    expect(changed).toMatchObject({ status: 200, body: { rate: '10', name: 'IVA reducido 2026', version: 2 }, headers: { etag: '"2"' } });
    const history = await timeline('tax-rates', created.id);
    expect(history.map((e) => e.action)).toEqual(['update', 'create']);
    expect(history[0]!.changes).toEqual({ rate: { before: '10.5', after: '10' }, name: { before: 'IVA reducido', after: 'IVA reducido 2026' } });
  });

  it('refuses invalid rates and names every bad field, writing nothing', async () => {
    await refused(() => post('/api/v1/tax-rates', { name: '', rate: '101', country: 'es', colour: 'red' }), 422, ['name', 'rate', 'country', 'colour']);
    await refused(() => post('/api/v1/tax-rates', { name: 'Odd', rate: '21.1234' }), 422, ['rate']);
    await refused(() => post('/api/v1/tax-rates', { name: 'Negative', rate: '-1' }), 422, ['rate']);
    await refused(() => post('/api/v1/tax-rates', { name: 'Number', rate: 21 }), 422, ['rate']);
    await refused(() => post('/api/v1/tax-rates', { rate: '21' }), 422, ['name']);
  });

  it('keeps active names unique ignoring case; an archived rate frees its name', async () => {
    const rate = await newTaxRate(h, admin, { name: 'Recargo equivalencia', rate: '5.2' });
    await refused(() => post('/api/v1/tax-rates', { name: 'RECARGO equivalencia', rate: '1.4' }), 409, ['name']);
    expect((await del(`/api/v1/tax-rates/${rate.id}`)).status).toBe(204);
    expect((await newTaxRate(h, admin, { name: 'Recargo equivalencia', rate: '5.2' })).id).not.toBe(rate.id);
  });

  it('has exactly one default: a new default demotes the old one, on record; the default cannot be unset or archived', async () => {
    const { admin: own } = await newOrganization(h);
    const { taxRate: standard } = await catalogDefaults(h, own);
    const reduced = await newTaxRate(h, own, { name: 'Reducido', rate: '10', isDefault: true });
    expect(reduced.isDefault).toBe(true);
    const rates = (await call(h.app, 'GET', '/api/v1/tax-rates', { session: own })).body.data as TaxRateBody[];
    expect(rates.filter((r) => r.isDefault).map((r) => r.id)).toEqual([reduced.id]);
    const demoted = (await call(h.app, 'GET', `/api/v1/tax-rates/${standard.id}/timeline`, { session: own })).body.data;
    expect(demoted[0]).toMatchObject({ action: 'update', changes: { isDefault: { before: true, after: false } } });

    const unset = await call(h.app, 'PATCH', `/api/v1/tax-rates/${reduced.id}`, { session: own, body: { isDefault: false } });
    expectFieldErrors(unset, 409, ['isDefault']);
    expectProblem(await call(h.app, 'DELETE', `/api/v1/tax-rates/${reduced.id}`, { session: own }), 409);
    const back = await call(h.app, 'PATCH', `/api/v1/tax-rates/${standard.id}`, { session: own, body: { isDefault: true } });
    expect(back.body.isDefault).toBe(true);
    expect((await call(h.app, 'GET', `/api/v1/tax-rates/${reduced.id}`, { session: own })).body.isDefault).toBe(false);
    // Products without a tax rate take the default one.
    expect((await newProduct(h, own)).taxRateId).toBe(standard.id);
  });

  it('leaves an archived rate on the products that use it, but offers it to no new product', async () => {
    const rate = await newTaxRate(h, admin, { name: `Old ${randomUUID().slice(0, 6)}`, rate: '7' });
    const product = await newProduct(h, admin, { taxRateId: rate.id });
    expect((await del(`/api/v1/tax-rates/${rate.id}`)).status).toBe(204);
    expect((await del(`/api/v1/tax-rates/${rate.id}`)).status).toBe(204);
    expect((await get(`/api/v1/tax-rates/${rate.id}`)).body.archivedAt).not.toBeNull();
    expect(((await get('/api/v1/tax-rates?limit=200')).body.data as TaxRateBody[]).map((r) => r.id)).not.toContain(rate.id);
    expect((await get(`/api/v1/products/${product.id}`)).body.taxRateId).toBe(rate.id);
    // Changing the product while keeping the rate is fine; moving another product onto it is not.
    expect((await patch(`/api/v1/products/${product.id}`, { name: 'Renamed', taxRateId: rate.id })).status).toBe(200);
    await refused(() => post('/api/v1/products', { sku: 'NEW-ON-OLD', name: 'x', taxRateId: rate.id }), 422, ['taxRateId']);
    const other = await newProduct(h, admin);
    await refused(() => patch(`/api/v1/products/${other.id}`, { taxRateId: rate.id }), 422, ['taxRateId']);
    expectProblem(await patch(`/api/v1/tax-rates/${rate.id}`, { rate: '8' }), 409);
  });
});

describe('products and services', () => {
  it('creates a product with only SKU and name: a product, per unit, at the default tax rate, without prices yet', async () => {
    const res = await post('/api/v1/products', { sku: ' BRG-6204 ', name: '  Rodamiento 6204 ' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ sku: 'BRG-6204', name: 'Rodamiento 6204', description: '', kind: 'product', unit: 'unit', category: '', taxRateId: defaults.taxRate.id, prices: [], version: 1 });
    const read = await get(`/api/v1/products/${res.body.id}`);
    expect(read).toMatchObject({ status: 200, body: res.body, headers: { etag: '"1"' } });
  });

  it('keeps SKUs unique among active products, ignoring case; archiving frees the SKU', async () => {
    const first = await newProduct(h, admin, { sku: 'ab-100' });
    await refused(() => post('/api/v1/products', { sku: 'AB-100', name: 'Twin' }), 409, ['sku']);
    const second = await newProduct(h, admin, { sku: 'AB-101' });
    await refused(() => patch(`/api/v1/products/${second.id}`, { sku: 'Ab-100' }), 409, ['sku']);
    // A product may change the case of its own SKU.
    expect((await patch(`/api/v1/products/${first.id}`, { sku: 'AB-100' })).body.sku).toBe('AB-100');
    expect((await del(`/api/v1/products/${first.id}`)).status).toBe(204);
    expect((await newProduct(h, admin, { sku: 'ab-100' })).id).not.toBe(first.id);
  });

  it('refuses invalid products and names every bad field, writing nothing', async () => {
    await refused(
      () => post('/api/v1/products', { sku: 'HAS SPACE', name: '', kind: 'goods', unit: 'a-very-long-unit-code', taxRateId: 'nope', extra: 1 }),
      422,
      ['sku', 'name', 'kind', 'unit', 'taxRateId', 'extra'],
    );
    await refused(() => post('/api/v1/products', { name: 'No SKU' }), 422, ['sku']);
    await refused(() => post('/api/v1/products', { sku: 'X-1', name: 'Ghost rate', taxRateId: randomUUID() }), 422, ['taxRateId']);
    const product = await newProduct(h, admin);
    await refused(() => patch(`/api/v1/products/${product.id}`, { kind: 'thing', category: 'x'.repeat(101) }), 422, ['kind', 'category']);
  });

  it('changes a product with If-Match (412 when stale, nothing written), and archives it', async () => {
    const product = await newProduct(h, admin, { kind: 'service', unit: 'hour', category: 'Servicios' });
    const before = await footprint();
    const stale = await patch(`/api/v1/products/${product.id}`, { name: 'Late' }, { 'if-match': '"2"' });
    expectProblem(stale, 412);
    expect(await footprint()).toEqual(before);
    const changed = await patch(`/api/v1/products/${product.id}`, { name: 'Hora de técnico', description: 'Mano de obra' }, { 'if-match': '"1"' });
    expect(changed).toMatchObject({ status: 200, body: { name: 'Hora de técnico', description: 'Mano de obra', kind: 'service', unit: 'hour', version: 2, prices: [] } });
    expect((await del(`/api/v1/products/${product.id}`)).status).toBe(204);
    const archived = await patch(`/api/v1/products/${product.id}`, { name: 'Again' });
    expectProblem(archived, 409);
    expect(archived.body.code).toBe('invalid_state');
    expect((await timeline('products', product.id)).map((e) => e.action)).toEqual(['archive', 'update', 'create']);
    expectProblem(await get(`/api/v1/products/${randomUUID()}`), 404);
  });

  it('lists with sorts, filters, search and keyset pages', async () => {
    const tag = randomUUID().slice(0, 6);
    const category = `Cat ${tag}`;
    const rate = await newTaxRate(h, admin, { name: `Filter ${tag}`, rate: '4' });
    const made = [
      await newProduct(h, admin, { sku: `${tag}-C`, name: 'Alpha', category }),
      await newProduct(h, admin, { sku: `${tag}-A`, name: 'Charlie', category, kind: 'service', description: `needle ${tag}` }),
      await newProduct(h, admin, { sku: `${tag}-B`, name: 'Bravo', category, taxRateId: rate.id }),
    ];
    const ids = async (query: string) => ((await get(`/api/v1/products?${query}`)).body.data as ProductBody[]).map((p) => p.sku);
    const inCategory = `filter[category]=${encodeURIComponent(category)}`;
    expect(await ids(inCategory)).toEqual([`${tag}-C`, `${tag}-B`, `${tag}-A`]); // by name
    expect(await ids(`${inCategory}&sort=sku`)).toEqual([`${tag}-A`, `${tag}-B`, `${tag}-C`]);
    expect(await ids(`${inCategory}&sort=-sku`)).toEqual([`${tag}-C`, `${tag}-B`, `${tag}-A`]);
    expect(await ids(`${inCategory}&filter[kind]=service`)).toEqual([`${tag}-A`]);
    expect(await ids(`filter[taxRateId]=${rate.id}`)).toEqual([`${tag}-B`]);
    expect(await ids(`q=needle%20${tag}`)).toEqual([`${tag}-A`]);
    expect(await ids(`q=${tag}-b`)).toEqual([`${tag}-B`]);
    const pages: string[] = [];
    let cursor: string | null = null;
    do {
      const res: Response = await get(`/api/v1/products?${inCategory}&sort=sku&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      pages.push(...(res.body.data as ProductBody[]).map((p) => p.sku));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(pages).toEqual([`${tag}-A`, `${tag}-B`, `${tag}-C`]);
    expect(made).toHaveLength(3);
    expectProblem(await get('/api/v1/products?sort=price'), 400);
  });
});

describe('price lists and prices', () => {
  it('creates lists in the base currency by default; a new default demotes the old one; the default stays', async () => {
    const { admin: own } = await newOrganization(h);
    const { priceList: general } = await catalogDefaults(h, own);
    const usd = await newPriceList(h, own, { name: 'Export USD', currency: 'USD' });
    expect(usd).toMatchObject({ currency: 'USD', isDefault: false, version: 1 });
    const retail = await newPriceList(h, own, { name: 'Retail' });
    expect(retail).toMatchObject({ currency: 'EUR', isDefault: false });
    const promoted = await call(h.app, 'PATCH', `/api/v1/price-lists/${retail.id}`, { session: own, body: { isDefault: true }, headers: { 'if-match': '"1"' } });
    expect(promoted.body).toMatchObject({ isDefault: true, version: 2 });
    expect((await call(h.app, 'GET', `/api/v1/price-lists/${general.id}`, { session: own })).body).toMatchObject({ isDefault: false, version: 2 });
    expectFieldErrors(await call(h.app, 'PATCH', `/api/v1/price-lists/${retail.id}`, { session: own, body: { isDefault: false } }), 409, ['isDefault']);
    expectProblem(await call(h.app, 'DELETE', `/api/v1/price-lists/${retail.id}`, { session: own }), 409);
    expect((await call(h.app, 'DELETE', `/api/v1/price-lists/${general.id}`, { session: own })).status).toBe(204);
    const invalid = await call(h.app, 'POST', '/api/v1/price-lists', { session: own, body: { name: ' ', currency: 'usd', isDefault: 'yes' } });
    expectFieldErrors(invalid, 422, ['name', 'currency', 'isDefault']);
    const dup = await call(h.app, 'POST', '/api/v1/price-lists', { session: own, body: { name: 'export usd' } });
    expectFieldErrors(dup, 409, ['name']);
    const listed = (await call(h.app, 'GET', '/api/v1/price-lists?filter[currency]=USD', { session: own })).body.data as PriceListBody[];
    expect(listed.map((l) => l.id)).toEqual([usd.id]);
  });

  it('sets a price (201), changes it (200), lists it, shows it on the product, and removes it (204), all on record', async () => {
    const product = await newProduct(h, admin, { name: 'Correa SPA 1250' });
    const usd = await newPriceList(h, admin, { currency: 'USD' });
    const first = await putPrice(h, admin, defaults.priceList.id, product.id, '12.5');
    expect(first).toMatchObject({ status: 201, body: { productId: product.id, sku: product.sku, productName: 'Correa SPA 1250', unitPrice: { amount: '12.50', currency: 'EUR' } } });
    const changed = await putPrice(h, admin, defaults.priceList.id, product.id, '13.75');
    expect(changed).toMatchObject({ status: 200, body: { unitPrice: { amount: '13.75', currency: 'EUR' } } });
    expect((await putPrice(h, admin, usd.id, product.id, '0')).body.unitPrice).toEqual({ amount: '0.00', currency: 'USD' });

    const detail = await get(`/api/v1/products/${product.id}`);
    expect(detail.body.prices).toEqual([
      { priceListId: defaults.priceList.id, priceListName: 'General', currency: 'EUR', unitPrice: { amount: '13.75', currency: 'EUR' } },
      { priceListId: usd.id, priceListName: usd.name, currency: 'USD', unitPrice: { amount: '0.00', currency: 'USD' } },
    ]);
    const prices = await get(`/api/v1/price-lists/${usd.id}/prices`);
    expect(prices.body).toEqual({ data: [{ productId: product.id, sku: product.sku, productName: 'Correa SPA 1250', unitPrice: { amount: '0.00', currency: 'USD' } }], nextCursor: null });

    expect((await del(`/api/v1/price-lists/${usd.id}/prices/${product.id}`)).status).toBe(204);
    expect((await del(`/api/v1/price-lists/${usd.id}/prices/${product.id}`)).status).toBe(204);
    expect((await get(`/api/v1/price-lists/${usd.id}/prices`)).body.data).toEqual([]);
    expect((await get(`/api/v1/products/${product.id}`)).body.prices).toHaveLength(1);
    // Setting it again brings it back: 201, the product had no price in the list.
    expect((await putPrice(h, admin, usd.id, product.id, '15')).status).toBe(201);

    const { rows } = await h.owner.query<{ action: string; changes: Record<string, { before: unknown; after: unknown }> }>(
      `select action, changes from audit_events where org_id = $1 and entity_type = 'product-prices'
         and entity_id in (select id from product_prices where product_id = $2) order by occurred_at, id`,
      [admin.orgId, product.id],
    );
    expect(rows.map((r) => r.action)).toEqual(['create', 'update', 'create', 'archive', 'update']);
    expect(rows[1]!.changes).toEqual({ unitPrice: { before: '12.50', after: '13.75' } });
    expect(rows[0]!.changes).toMatchObject({ sku: { after: product.sku }, currency: { after: 'EUR' }, productId: { after: product.id }, priceListId: { after: defaults.priceList.id } });
  });

  it('refuses a price with more decimals than the list currency has, or below zero, writing nothing', async () => {
    const product = await newProduct(h, admin);
    const rial = await newPriceList(h, admin, { currency: 'IRR' });
    const dinar = await newPriceList(h, admin, { currency: 'KWD' });
    await refused(() => putPrice(h, admin, defaults.priceList.id, product.id, '12.505'), 422, ['unitPrice']);
    await refused(() => putPrice(h, admin, defaults.priceList.id, product.id, '-1.00'), 422, ['unitPrice']);
    await refused(() => putPrice(h, admin, defaults.priceList.id, product.id, 12.5), 422, ['unitPrice']);
    await refused(() => putPrice(h, admin, defaults.priceList.id, product.id, '1e3'), 422, ['unitPrice']);
    await refused(() => putPrice(h, admin, rial.id, product.id, '1500000.5'), 422, ['unitPrice']);
    await refused(() => putPrice(h, admin, dinar.id, product.id, '3.1255'), 422, ['unitPrice']);
    expect((await putPrice(h, admin, rial.id, product.id, '1500000')).body.unitPrice).toEqual({ amount: '1500000', currency: 'IRR' });
    expect((await putPrice(h, admin, dinar.id, product.id, '3.125')).body.unitPrice).toEqual({ amount: '3.125', currency: 'KWD' });
  });

  it('answers 404 for an unknown list or product and 409 for an archived one', async () => {
    const product = await newProduct(h, admin);
    const list = await newPriceList(h, admin);
    expectProblem(await putPrice(h, admin, randomUUID(), product.id, '1'), 404);
    expectProblem(await putPrice(h, admin, list.id, randomUUID(), '1'), 404);
    expectProblem(await del(`/api/v1/price-lists/${list.id}/prices/${product.id}`), 404); // never priced
    expectProblem(await get(`/api/v1/price-lists/${randomUUID()}/prices`), 404);
    const gone = await newProduct(h, admin);
    expect((await del(`/api/v1/products/${gone.id}`)).status).toBe(204);
    expectProblem(await putPrice(h, admin, list.id, gone.id, '1'), 409);
    expect((await putPrice(h, admin, list.id, product.id, '1')).status).toBe(201);
    expect((await del(`/api/v1/price-lists/${list.id}`)).status).toBe(204);
    expectProblem(await putPrice(h, admin, list.id, product.id, '2'), 409);
    // An archived list's prices no longer show on the product.
    expect((await get(`/api/v1/products/${product.id}`)).body.prices).toEqual([]);
  });

  it('changes a list’s currency only while it has no prices', async () => {
    const list = await newPriceList(h, admin, { currency: 'USD' });
    expect((await patch(`/api/v1/price-lists/${list.id}`, { currency: 'GBP' })).body.currency).toBe('GBP');
    const product = await newProduct(h, admin);
    expect((await putPrice(h, admin, list.id, product.id, '9.99')).status).toBe(201);
    await refused(() => patch(`/api/v1/price-lists/${list.id}`, { currency: 'EUR' }), 409, ['currency']);
    expect((await patch(`/api/v1/price-lists/${list.id}`, { name: 'UK 2026', currency: 'GBP' })).body).toMatchObject({ name: 'UK 2026', currency: 'GBP' });
  });

  it('lists a list’s prices by SKU or product name, searched, in keyset pages; archived products only on request', async () => {
    const list = await newPriceList(h, admin);
    const tag = randomUUID().slice(0, 6);
    const names = ['Zeta', 'Alfa', 'Mu'];
    const products = [];
    for (const [i, name] of names.entries()) {
      const product = await newProduct(h, admin, { sku: `${tag}-${i}`, name });
      await putPrice(h, admin, list.id, product.id, `${i + 1}`);
      products.push(product);
    }
    const skus = async (query: string) => ((await get(`/api/v1/price-lists/${list.id}/prices?${query}`)).body.data as { sku: string }[]).map((p) => p.sku);
    expect(await skus('')).toEqual([`${tag}-0`, `${tag}-1`, `${tag}-2`]);
    expect(await skus('sort=productName')).toEqual([`${tag}-1`, `${tag}-2`, `${tag}-0`]);
    expect(await skus('q=zeta')).toEqual([`${tag}-0`]);
    const page = await get(`/api/v1/price-lists/${list.id}/prices?limit=2`);
    const next = await get(`/api/v1/price-lists/${list.id}/prices?limit=2&cursor=${page.body.nextCursor}`);
    expect([...page.body.data, ...next.body.data].map((p: { sku: string }) => p.sku)).toEqual([`${tag}-0`, `${tag}-1`, `${tag}-2`]);
    expect(next.body.nextCursor).toBeNull();
    expect((await del(`/api/v1/products/${products[1]!.id}`)).status).toBe(204);
    expect(await skus('')).toEqual([`${tag}-0`, `${tag}-2`]);
    expect(await skus('archived=only')).toEqual([`${tag}-1`]);
  });

  it('prices a product for quotes with priceOf: from the default list or a given one, with its tax rate', async () => {
    const rate = await newTaxRate(h, admin, { name: `Quote rate ${randomUUID().slice(0, 6)}`, rate: '10' });
    const product = await newProduct(h, admin, { taxRateId: rate.id });
    const usd = await newPriceList(h, admin, { currency: 'USD' });
    await putPrice(h, admin, defaults.priceList.id, product.id, '100');
    await putPrice(h, admin, usd.id, product.id, '110.5');
    const fromDefault = await asAdmin(admin.orgId, admin.userId, (ctx) => priceOf(ctx, product.id));
    expect(fromDefault).toEqual({ productId: product.id, priceListId: defaults.priceList.id, unitPrice: '100.00', currency: 'EUR', taxRate: { id: rate.id, name: rate.name, rate: '10' } });
    const fromUsd = await asAdmin(admin.orgId, admin.userId, (ctx) => priceOf(ctx, product.id, usd.id));
    expect(fromUsd).toMatchObject({ priceListId: usd.id, unitPrice: '110.50', currency: 'USD' });

    const failure = async (fn: () => Promise<unknown>) => {
      const error = await fn().then(() => null, (e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      return { code: (error as AppError).code, paths: (error as AppError).errors?.map((e) => e.path) };
    };
    const unpriced = await newProduct(h, admin);
    expect(await failure(() => asAdmin(admin.orgId, admin.userId, (ctx) => priceOf(ctx, unpriced.id)))).toEqual({ code: 'validation', paths: ['productId'] });
    expect(await failure(() => asAdmin(admin.orgId, admin.userId, (ctx) => priceOf(ctx, product.id, randomUUID(), { priceListId: 'lines.0.priceListId' })))).toEqual({
      code: 'validation',
      paths: ['lines.0.priceListId'],
    });
    await del(`/api/v1/products/${unpriced.id}`);
    expect(await failure(() => asAdmin(admin.orgId, admin.userId, (ctx) => priceOf(ctx, unpriced.id, null, { productId: 'lines.3.productId' })))).toEqual({
      code: 'validation',
      paths: ['lines.3.productId'],
    });
    // An archived tax rate still prices the products that keep it.
    expect((await del(`/api/v1/tax-rates/${rate.id}`)).status).toBe(204);
    expect((await asAdmin(admin.orgId, admin.userId, (ctx) => priceOf(ctx, product.id))).taxRate.rate).toBe('10');
  });
});

describe('exchange rates and conversion into the base currency', () => {
  let own: Session;
  let first: { id: string };
  beforeAll(async () => {
    own = (await newOrganization(h)).admin;
    const rate = async (currency: string, value: string, validFrom: string) => {
      const res = await call(h.app, 'POST', '/api/v1/exchange-rates', { session: own, body: { currency, rate: value, validFrom } });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      return res.body as { id: string };
    };
    first = await rate('USD', '0.92', '2026-01-01');
    await rate('USD', '0.9500000000', '2026-03-01');
    await rate('MXN', '0.0512345678', '2026-02-01');
  });
  const convert = (query: string, session = own) => call(h.app, 'GET', `/api/v1/exchange-rates/convert?${query}`, { session });

  it('lists rates newest first, by currency, with the base currency they convert into', async () => {
    const all = await call(h.app, 'GET', '/api/v1/exchange-rates', { session: own });
    expect(all.body.data.map((r: { currency: string; validFrom: string; rate: string }) => `${r.currency} ${r.validFrom} ${r.rate}`)).toEqual([
      'USD 2026-03-01 0.95',
      'MXN 2026-02-01 0.0512345678',
      'USD 2026-01-01 0.92',
    ]);
    expect(all.body.data[0]).toMatchObject({ baseCurrency: 'EUR', version: 1, archivedAt: null });
    const usd = await call(h.app, 'GET', '/api/v1/exchange-rates?filter[currency]=USD&sort=validFrom', { session: own });
    expect(usd.body.data.map((r: { validFrom: string }) => r.validFrom)).toEqual(['2026-01-01', '2026-03-01']);
    const days: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Response = await call(h.app, 'GET', `/api/v1/exchange-rates?limit=1${cursor ? `&cursor=${cursor}` : ''}`, { session: own });
      days.push(...page.body.data.map((r: { validFrom: string }) => r.validFrom));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(days).toEqual(['2026-03-01', '2026-02-01', '2026-01-01']);
    expect((await call(h.app, 'GET', `/api/v1/exchange-rates/${first.id}`, { session: own })).body).toMatchObject({ currency: 'USD', rate: '0.92', validFrom: '2026-01-01' });
  });

  it('converts with the latest rate on or before the day, rounding half away from zero', async () => {
    expect((await convert('amount=1234.565&currency=USD&date=2026-02-15')).body).toEqual({
      from: { amount: '1234.565', currency: 'USD' },
      to: { amount: '1135.80', currency: 'EUR' },
      rate: '0.92',
      rateValidFrom: '2026-01-01',
    });
    expect((await convert('amount=1234.565&currency=USD&date=2026-03-01')).body).toMatchObject({ to: { amount: '1172.84', currency: 'EUR' }, rate: '0.95' }); // 1172.83675
    expect((await convert('amount=-10.01&currency=MXN&date=2026-12-31')).body.to).toEqual({ amount: '-0.51', currency: 'EUR' }); // -0.51285…
    expect((await convert('amount=99.999&currency=EUR&date=2020-01-01')).body).toEqual({
      from: { amount: '99.999', currency: 'EUR' },
      to: { amount: '100.00', currency: 'EUR' },
      rate: '1',
      rateValidFrom: null,
    });
  });

  it('answers 422 naming the date before the first rate, or the currency without rates; 400 for a malformed query', async () => {
    const early = await convert('amount=10&currency=USD&date=2025-12-31');
    expectFieldErrors(early, 422, ['date']);
    expect(early.body.detail).toContain('2026-01-01');
    expectFieldErrors(await convert('amount=10&currency=GBP&date=2026-02-01'), 422, ['currency']);
    expectProblem(await convert('amount=ten&currency=USD&date=2026-02-01'), 400);
    expectProblem(await convert('amount=10&currency=usd&date=2026-02-30'), 400);
    expectProblem(await convert('amount=10&currency=USD'), 400);
  });

  it('refuses a duplicate start day (409), the base currency and bad rates (422), writing nothing', async () => {
    const ownFootprint = () => catalogFootprint(h, own.orgId);
    const before = await ownFootprint();
    const send = (body: unknown) => call(h.app, 'POST', '/api/v1/exchange-rates', { session: own, body });
    expectFieldErrors(await send({ currency: 'USD', rate: '0.93', validFrom: '2026-01-01' }), 409, ['validFrom']);
    expectFieldErrors(await send({ currency: 'EUR', rate: '1', validFrom: '2026-01-01' }), 422, ['currency']);
    expectFieldErrors(await send({ currency: 'USD', rate: '0', validFrom: '2026-04-01' }), 422, ['rate']);
    expectFieldErrors(await send({ currency: 'USD', rate: '0.12345678901', validFrom: '2026-04-01' }), 422, ['rate']);
    expectFieldErrors(await send({ currency: 'USD', rate: '-0.9', validFrom: '2026-04-01' }), 422, ['rate']);
    expectFieldErrors(await send({ currency: 'usd', rate: 0.9, validFrom: '2026-13-01' }), 422, ['currency', 'rate', 'validFrom']);
    expect(await ownFootprint()).toEqual(before);
  });

  it('archives a rate with DELETE: conversions fall back on the one before, and its day is free again', async () => {
    const may = await call(h.app, 'POST', '/api/v1/exchange-rates', { session: own, body: { currency: 'USD', rate: '0.97', validFrom: '2026-05-01' } });
    expect((await convert('amount=100&currency=USD&date=2026-05-02')).body.to.amount).toBe('97.00');
    expect((await call(h.app, 'DELETE', `/api/v1/exchange-rates/${may.body.id}`, { session: own })).status).toBe(204);
    expect((await convert('amount=100&currency=USD&date=2026-05-02')).body.to.amount).toBe('95.00');
    const again = await call(h.app, 'POST', '/api/v1/exchange-rates', { session: own, body: { currency: 'USD', rate: '0.96', validFrom: '2026-05-01' } });
    expect(again.status).toBe(201);
    const history = (await call(h.app, 'GET', `/api/v1/exchange-rates/${may.body.id}/timeline`, { session: own })).body.data;
    expect(history.map((e: { action: string }) => e.action)).toEqual(['archive', 'create']);
  });

  it('converts into a base currency without decimals (IRR), and ignores rates entered for a former base currency', async () => {
    const email = `irr-${randomUUID()}@example.com`;
    await createOrganizationWithDefaults(h.db, { name: 'Tehran', baseCurrency: 'IRR', admin: { email, name: 'A', password } });
    const tehran = await signIn(h.app, email);
    expect((await call(h.app, 'POST', '/api/v1/exchange-rates', { session: tehran, body: { currency: 'USD', rate: '420000.5', validFrom: '2026-01-01' } })).status).toBe(201);
    expect((await convert('amount=12.35&currency=USD&date=2026-01-01', tehran)).body.to).toEqual({ amount: '5187006', currency: 'IRR' }); // 5187006.175
    expect((await convert('amount=2.5&currency=USD&date=2026-01-01', tehran)).body.to).toEqual({ amount: '1050001', currency: 'IRR' }); // 1050001.25
    expectFieldErrors(await convert('amount=100000000000&currency=USD&date=2026-01-01', tehran), 422, ['amount']);

    expect((await call(h.app, 'PATCH', '/api/v1/organization', { session: tehran, body: { baseCurrency: 'EUR' } })).status).toBe(200);
    expectFieldErrors(await convert('amount=1&currency=USD&date=2026-02-01', tehran), 422, ['currency']);
    expect((await convert('amount=1&currency=EUR&date=2026-02-01', tehran)).body.to).toEqual({ amount: '1.00', currency: 'EUR' });
  });

  it('offers convertToBase to other modules through the index', async () => {
    const result = await asAdmin(own.orgId, own.userId, (ctx) => convertToBase(ctx, '1000', 'MXN', '2026-02-01'));
    expect(result).toEqual({ amount: '51.23', currency: 'EUR', rate: '0.0512345678', rateValidFrom: '2026-02-01' });
  });
});

describe('who may do what', () => {
  it('lets every role read the catalog, and only admin and finance change it (403 otherwise, nothing written)', async () => {
    const product = await newProduct(h, finance);
    const list = await newPriceList(h, finance);
    expect((await putPrice(h, finance, list.id, product.id, '5')).status).toBe(201);
    for (const url of ['/api/v1/tax-rates', '/api/v1/products', '/api/v1/price-lists', '/api/v1/exchange-rates', `/api/v1/products/${product.id}`, `/api/v1/price-lists/${list.id}/prices`]) {
      expect((await get(url, rep)).status, url).toBe(200);
    }
    expect((await get('/api/v1/exchange-rates/convert?amount=1&currency=EUR&date=2026-01-01', rep)).status).toBe(200);
    const before = await footprint();
    const attempts: Response[] = [
      await post('/api/v1/products', { sku: 'REP-1', name: 'Mine' }, rep),
      await patch(`/api/v1/products/${product.id}`, { name: 'Cheaper' }, {}, rep),
      await del(`/api/v1/products/${product.id}`, rep),
      await post('/api/v1/tax-rates', { name: 'Zero', rate: '0' }, rep),
      await patch(`/api/v1/tax-rates/${defaults.taxRate.id}`, { rate: '0' }, {}, rep),
      await post('/api/v1/price-lists', { name: 'Friends' }, rep),
      await patch(`/api/v1/price-lists/${list.id}`, { isDefault: true }, {}, rep),
      await putPrice(h, rep, list.id, product.id, '0.01'),
      await del(`/api/v1/price-lists/${list.id}/prices/${product.id}`, rep),
      await post('/api/v1/exchange-rates', { currency: 'USD', rate: '2', validFrom: '2026-01-01' }, rep),
    ];
    for (const res of attempts) expectProblem(res, 403);
    expect(await footprint()).toEqual(before);
  });
});
