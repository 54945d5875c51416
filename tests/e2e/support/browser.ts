import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { describe, it } from 'vitest';
import { en } from '../../../src/web/app/i18n/locales/en';

export const chromiumPath = process.env.CICLO_CHROMIUM ?? '/usr/bin/chromium';

const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Debian's Chromium, headless; playwright gives it a fresh temporary profile. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
}

/**
 * A describe block that needs Chromium. Without it the suite fails on CI (a missing browser must not
 * pass silently there) and is skipped with a warning elsewhere.
 */
export function describeWithChromium(name: string, body: () => void): void {
  if (existsSync(chromiumPath)) {
    describe(name, body);
    return;
  }
  const message = `Chromium is not installed at ${chromiumPath}. Install it with \`apt-get install -y chromium\` or set CICLO_CHROMIUM.`;
  if (process.env.CI) {
    describe(name, () => {
      it('has Chromium to drive', () => {
        throw new Error(message);
      });
    });
    return;
  }
  console.warn(`\n⚠️  Skipping "${name}": ${message}\n`);
  describe.skip(name, body);
}

/** A page of its own on the app under test: English, a desktop window, 15 s to find things. */
export async function newAppPage(browser: Browser, baseURL: string): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale: 'en-GB', viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return page;
}

/** Fills the open sign-in form as `who` and waits until the app lands on `landing`. */
export async function signIn(page: Page, who: { email: string; password: string }, landing: string): Promise<void> {
  await page.getByRole('textbox', { name: en.auth.email, exact: true }).fill(who.email);
  await page.getByRole('textbox', { name: en.auth.password, exact: true }).fill(who.password);
  await page.getByRole('button', { name: en.auth.signIn }).click();
  await page.waitForURL((url) => url.pathname === landing);
}
