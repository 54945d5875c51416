import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ProductDetail } from '../../src/contracts/catalog';
import type { Page as ListPage } from '../../src/contracts/common';
import { en } from '../../src/web/app/i18n/locales/en';
import { describeWithChromium, launchChromium, newAppPage, signIn } from './support/browser';
import { firstAdmin, startTestServer, type TestServer } from './support/server';

async function apiGet<T>(page: Page, path: string): Promise<T> {
  return page.evaluate(async (url) => {
    const response = await fetch(url);
    return (await response.json()) as T;
  }, `/api/v1${path}`);
}

describeWithChromium('the catalog: a product with a price, and the default tax rate kept', () => {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  let page: Page;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchChromium();
    page = await newAppPage(browser, server.url);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('signs the admin in and reaches products from the catalog navigation', async () => {
    await page.goto('/login');
    await signIn(page, firstAdmin, '/');
    const navigation = page.getByRole('navigation', { name: en.nav.main });
    for (const label of [en.nav.taxRates, en.nav.priceLists, en.nav.exchangeRates]) {
      await navigation.getByRole('link', { name: label, exact: true }).waitFor();
    }
    await navigation.getByRole('link', { name: en.nav.products, exact: true }).click();
    await page.getByRole('heading', { name: en.products.title }).waitFor();
  });

  it('creates a product and sets its price in the default list, refusing too many decimals', async () => {
    await page.getByRole('button', { name: en.products.create }).click();
    const drawer = page.getByRole('dialog');
    await drawer.getByRole('textbox', { name: en.products.sku, exact: true }).fill('TEST-001');
    await drawer.getByRole('textbox', { name: en.products.name, exact: true }).fill('Test widget');
    await drawer.getByRole('button', { name: en.common.save }).click();
    // The drawer stays open on the new product, with its prices.
    const prices = drawer.getByTestId('product-prices');
    await prices.waitFor();
    const row = prices.getByTestId('price-row').first();
    await row.getByRole('button', { name: en.prices.set }).click();
    const input = row.getByRole('textbox');
    await input.fill('12.345');
    await row.getByRole('button', { name: en.common.save }).click();
    await expect.poll(async () => (await row.textContent()) ?? '').toMatch(/2 decimals|decimal/i);
    await input.fill('12.50');
    await row.getByRole('button', { name: en.common.save }).click();
    await expect.poll(async () => (await row.textContent()) ?? '').toContain('12.50');

    const list = await apiGet<ListPage<ProductDetail>>(page, '/products?q=TEST-001');
    const product = await apiGet<ProductDetail>(page, `/products/${list.data[0]?.id ?? ''}`);
    expect(product.prices.map((price) => price.unitPrice.amount)).toEqual(['12.50']);
  });

  it('shows why the default tax rate cannot be archived', async () => {
    await page.keyboard.press('Escape');
    await page.getByRole('navigation', { name: en.nav.main }).getByRole('link', { name: en.nav.taxRates, exact: true }).click();
    const table = page.getByTestId('tax-rates-table');
    const defaultRow = table.locator('tbody tr', { hasText: en.catalog.default });
    await defaultRow.getByRole('button', { name: new RegExp(`^${en.common.archive}:`) }).click();
    await page.getByRole('dialog').getByRole('button', { name: en.common.archive }).click();
    // The server's 409 detail is shown as it is.
    await page.getByText(/cannot be archived/).waitFor();
    expect(await table.locator('tbody tr', { hasText: en.catalog.default }).count()).toBe(1);
  });
});
