import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Opportunity, Pipeline } from '../../src/contracts/opportunities';
import { en } from '../../src/web/app/i18n/locales/en';
import { describeWithChromium, launchChromium, newAppPage, signIn } from './support/browser';
import { firstAdmin, startTestServer, type TestServer } from './support/server';

const lead = { firstName: 'Lucía', lastName: 'Martín', company: 'Aceros del Norte', email: 'lucia@aceros-norte.example' };
const dealName = 'Aceros del Norte – vigas 2027';

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/{{(\w+)}}/g, (_, key: string) => values[key] ?? '');
}

async function apiGet<T>(page: Page, path: string): Promise<T> {
  return page.evaluate(async (url) => {
    const response = await fetch(url);
    return (await response.json()) as T;
  }, `/api/v1${path}`);
}

/** Drags with real pointer moves, in small steps, so dnd-kit's pointer sensor activates and tracks it. */
async function drag(page: Page, source: Locator, target: Locator): Promise<void> {
  const from = await source.boundingBox();
  const to = await target.boundingBox();
  if (!from || !to) throw new Error('The card or the column is not visible');
  const start = { x: from.x + from.width / 2, y: from.y + from.height / 2 };
  const end = { x: to.x + to.width / 2, y: to.y + 120 };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 12, start.y + 4, { steps: 4 });
  await page.mouse.move(end.x, end.y, { steps: 25 });
  await page.mouse.move(end.x + 2, end.y + 2, { steps: 2 });
  await page.mouse.up();
}

describeWithChromium('the sales chain: lead → account and deal → pipeline board → won', () => {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let accountId = '';
  let opportunityId = '';
  let pipeline: Pipeline;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchChromium();
    page = await newAppPage(browser, server.url);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('signs the admin in and shows the sales navigation', async () => {
    await page.goto('/leads');
    await page.waitForURL(/\/login\?redirect=/);
    await signIn(page, firstAdmin, '/leads');
    await page.getByRole('heading', { name: en.leads.title }).waitFor();
    const navigation = page.getByRole('navigation', { name: en.nav.main });
    for (const label of [en.nav.leads, en.nav.accounts, en.nav.contacts, en.nav.opportunities, en.nav.pipelines, en.nav.lostReasons]) {
      await navigation.getByRole('link', { name: label, exact: true }).waitFor();
    }
  });

  it('creates a lead and opens it', async () => {
    await page.getByRole('button', { name: en.leads.create }).click();
    const drawer = page.getByRole('dialog');
    await drawer.getByRole('textbox', { name: en.leads.firstName, exact: true }).fill(lead.firstName);
    await drawer.getByRole('textbox', { name: en.leads.lastName, exact: true }).fill(lead.lastName);
    await drawer.getByRole('textbox', { name: en.leads.company, exact: true }).fill(lead.company);
    await drawer.getByRole('textbox', { name: en.leads.email, exact: true }).fill(lead.email);
    await drawer.getByRole('button', { name: en.common.save }).click();
    await page.waitForURL(/\/leads\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: `${lead.firstName} ${lead.lastName}` }).waitFor();
  });

  it('converts the lead into an account with an opportunity and lands on the account', async () => {
    await page.getByRole('button', { name: en.leads.convert, exact: true }).click();
    const modal = page.getByRole('dialog', { name: fill(en.leads.convertTitle, { name: `${lead.firstName} ${lead.lastName}` }) });
    await modal.getByRole('radio', { name: fill(en.leads.newAccount, { name: lead.company }) }).waitFor();
    expect(await modal.getByRole('checkbox', { name: en.leads.createOpportunity }).isChecked()).toBe(true);
    await modal.getByRole('textbox', { name: en.leads.opportunityName }).fill(dealName);
    await modal.getByRole('button', { name: en.leads.convert, exact: true }).click();
    await page.waitForURL(/\/accounts\/[0-9a-f-]{36}$/);
    accountId = new URL(page.url()).pathname.split('/').pop() ?? '';
    expect(await page.getByTestId('account-name').textContent()).toBe(lead.company);
    expect(await page.getByTestId('lifecycle-badge').textContent()).toBe(en.lifecycle.prospect);

    const deals = await apiGet<{ data: Opportunity[] }>(page, `/opportunities?filter[accountId]=${accountId}`);
    expect(deals.data.map((deal) => deal.name)).toEqual([dealName]);
    opportunityId = deals.data[0]?.id ?? '';
    pipeline = (await apiGet<{ data: Pipeline[] }>(page, '/pipelines')).data[0] as Pipeline;
    expect(deals.data[0]?.stageId).toBe(pipeline.stages[0]?.id);
  });

  it('drags the deal to the next stage on the pipeline board', async () => {
    await page.getByRole('navigation', { name: en.nav.main }).getByRole('link', { name: en.nav.opportunities, exact: true }).click();
    await page.getByTestId('pipeline-board').waitFor();
    const [first, second] = pipeline.stages;
    if (!first || !second) throw new Error('The default pipeline has fewer than two stages');
    const firstColumn = page.locator(`[data-testid="board-column"][data-stage-id="${first.id}"]`);
    const secondColumn = page.locator(`[data-testid="board-column"][data-stage-id="${second.id}"]`);
    const card = page.locator(`[data-deal-id="${opportunityId}"]`);
    await firstColumn.locator(`[data-deal-id="${opportunityId}"]`).waitFor();

    await drag(page, card, secondColumn);

    await secondColumn.locator(`[data-deal-id="${opportunityId}"]`).waitFor();
    expect(await firstColumn.locator(`[data-deal-id="${opportunityId}"]`).count()).toBe(0);
    await expect
      .poll(async () => (await apiGet<Opportunity>(page, `/opportunities/${opportunityId}`)).stageId, { timeout: 10_000 })
      .toBe(second.id);
    await expect.poll(async () => secondColumn.getByTestId('column-count').textContent()).toBe('1');
  });

  it('wins the deal from its page, and its account becomes a customer', async () => {
    await page.locator(`[data-deal-id="${opportunityId}"]`).getByRole('link', { name: dealName }).click();
    await page.waitForURL((url) => url.pathname === `/opportunities/${opportunityId}`);
    expect(await page.getByTestId('opportunity-stage').textContent()).toBe(pipeline.stages[1]?.name);

    await page.getByRole('button', { name: en.opportunities.win }).click();
    const confirm = page.getByRole('dialog', { name: en.opportunities.winTitle });
    await confirm.getByRole('button', { name: en.opportunities.win }).click();
    await page.getByTestId('opportunity-outcome').waitFor();
    expect(await page.getByTestId('opportunity-status').textContent()).toBe(en.opportunityStatus.won);
    expect(await page.getByRole('button', { name: en.opportunities.lose }).count()).toBe(0);

    await page.getByRole('link', { name: lead.company }).first().click();
    await page.waitForURL((url) => url.pathname === `/accounts/${accountId}`);
    await expect.poll(async () => page.getByTestId('lifecycle-badge').textContent()).toBe(en.lifecycle.customer);
  });
});
