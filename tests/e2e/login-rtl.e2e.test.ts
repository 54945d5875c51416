import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { en } from '../../src/web/app/i18n/locales/en';
import { fa } from '../../src/web/app/i18n/locales/fa';
import { describeWithChromium, launchChromium } from './support/browser';
import { firstAdmin, orgName, startTestServer, type TestServer } from './support/server';

const persianDigits = /[۰-۹]/;
const persianLetters = /[\u0600-\u06FF]/;

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/{{(\w+)}}/g, (_, key: string) => values[key] ?? '');
}

describeWithChromium('signing in, switching to Persian and creating a territory', () => {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchChromium();
    context = await browser.newContext({ baseURL: server.url, locale: 'en-GB', viewport: { width: 1280, height: 800 } });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('sends a visitor to the login page and shows a wrong password as an error', async () => {
    await page.goto('/admin/territories');
    await page.waitForURL(/\/login\?redirect=/);
    await page.getByRole('textbox', { name: en.auth.email, exact: true }).fill(firstAdmin.email);
    await page.getByRole('textbox', { name: en.auth.password, exact: true }).fill('not-the-password');
    await page.getByRole('button', { name: en.auth.signIn }).click();
    await page.getByTestId('login-error').waitFor();
  });

  it('signs the first admin in and returns to where they were going', async () => {
    await page.getByRole('textbox', { name: en.auth.password, exact: true }).fill(firstAdmin.password);
    await page.getByRole('button', { name: en.auth.signIn }).click();
    await page.waitForURL((url) => url.pathname === '/admin/territories');
    await page.getByRole('heading', { name: en.territories.title }).waitFor();
  });

  it('shows the home page with the user and organisation', async () => {
    await page.getByRole('navigation', { name: en.nav.main }).getByRole('link', { name: en.nav.home }).click();
    await page.getByRole('heading', { name: fill(en.home.welcome, { name: firstAdmin.name }) }).waitFor();
    expect(await page.getByTestId('org-name').textContent()).toBe(orgName);
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('ltr');
  });

  it('switches to Persian: right-to-left, Persian text and digits, saved on the server', async () => {
    await page.getByRole('button', { name: en.common.userMenu }).click();
    await page.getByRole('menuitem', { name: fa.languages.fa }).click();
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');

    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fa');
    const heading = page.getByRole('heading', { name: fill(fa.home.welcome, { name: firstAdmin.name }) });
    await heading.waitFor();
    expect(await heading.textContent()).toMatch(persianLetters);
    expect(await page.getByTestId('today').textContent()).toMatch(persianDigits);

    const saved = await page.evaluate(async () => (await fetch('/api/v1/me')).json() as Promise<{ user: { locale: string } }>);
    expect(saved.user.locale).toBe('fa');
  });

  it('creates a territory from Admin → Territories and lists it', async () => {
    await page.getByRole('navigation', { name: fa.nav.main }).getByRole('link', { name: fa.nav.territories }).click();
    await page.getByRole('heading', { name: fa.territories.title }).waitFor();
    await page.getByRole('button', { name: fa.territories.create }).click();

    const drawer = page.getByRole('dialog');
    await drawer.getByRole('textbox', { name: fa.territories.code, exact: true }).fill('TEH-N');
    await drawer.getByRole('textbox', { name: fa.territories.name, exact: true }).fill('تهران شمالی');
    await drawer.getByRole('textbox', { name: fa.territories.description, exact: true }).fill('مناطق شمالی تهران');
    await drawer.getByRole('button', { name: fa.common.save }).click();
    await drawer.waitFor({ state: 'hidden' });

    const row = page.getByTestId('territories-table').getByRole('row', { name: /TEH-N/ });
    await row.waitFor();
    expect(await row.textContent()).toContain('تهران شمالی');
  });
});
