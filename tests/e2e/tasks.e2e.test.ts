import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Task } from '../../src/contracts/tasks';
import type { TimeEntry } from '../../src/contracts/time-entries';
import { en } from '../../src/web/app/i18n/locales/en';
import { describeWithChromium, launchChromium, newAppPage, signIn } from './support/browser';
import { firstAdmin, startTestServer, type TestServer } from './support/server';

const rep = { name: 'Marta Ruiz', email: 'marta.ruiz@example.com' };
const accountName = 'Talleres del Norte';
const typeName = 'Presentation North';
const subject = 'Present the 2027 range to Talleres del Norte';

// The server and Chromium share a busy machine: give the UI time to settle.
const patiently = { timeout: 10_000 };

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/{{(\w+)}}/g, (_, key: string) => values[key] ?? '');
}

/** A call to the API from the signed-in page, with its session cookie and CSRF token. */
async function api<T>(page: Page, method: string, path: string, body?: unknown): Promise<T> {
  return page.evaluate(
    async ({ method, url, body }) => {
      const me = (await (await fetch('/api/v1/me')).json()) as { csrfToken: string };
      const response = await fetch(url, {
        method,
        headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const answer: unknown = await response.json();
      if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${JSON.stringify(answer)}`);
      return answer as T;
    },
    { method, url: `/api/v1${path}`, body },
  );
}

/** Picks an option in a Mantine select; a searchable one is typed into first. */
async function choose(page: Page, input: Locator, option: string, search?: string): Promise<void> {
  await input.click();
  if (search !== undefined) await input.fill(search);
  await page.getByRole('option', { name: option, exact: true }).click();
}

describeWithChromium('tasks: a typed task goes to the territory’s rep, is done, and its time shows in the account’s diary', () => {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let repId = '';
  let accountId = '';
  let taskId = '';

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchChromium();
    page = await newAppPage(browser, server.url);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('signs the admin in; tasks, projects and time are in the sales navigation', async () => {
    await page.goto('/login');
    await signIn(page, firstAdmin, '/');
    const navigation = page.getByRole('navigation', { name: en.nav.main });
    for (const label of [en.nav.tasks, en.nav.projects, en.nav.time, en.nav.taskTypes]) {
      await navigation.getByRole('link', { name: label, exact: true }).waitFor();
    }
  });

  it('has a rep responsible for a territory, and an account of the admin’s in it (made through the API)', async () => {
    const user = await api<{ id: string }>(page, 'POST', '/users', { ...rep, role: 'sales_rep', password: 'a-long-password-2' });
    repId = user.id;
    const territory = await api<{ id: string }>(page, 'POST', '/territories', { code: 'NORTE', name: 'Norte', repId });
    const account = await api<{ id: string }>(page, 'POST', '/accounts', { name: accountName, territoryId: territory.id });
    accountId = account.id;
  });

  it('creates a task type assigned by the territory rule', async () => {
    await page.getByRole('navigation', { name: en.nav.main }).getByRole('link', { name: en.nav.taskTypes, exact: true }).click();
    await page.getByRole('heading', { name: en.taskTypes.title }).waitFor();
    await page.getByRole('button', { name: en.taskTypes.create }).click();
    const form = page.getByTestId('task-type-form');
    await form.getByRole('textbox', { name: en.taskTypes.name }).fill(typeName);
    await choose(page, form.getByRole('combobox', { name: en.taskTypes.kind }), en.taskKind.presentation);
    await choose(page, form.getByRole('combobox', { name: en.taskTypes.defaultPriority }), en.taskPriority.high);
    await form.getByRole('textbox', { name: en.taskTypes.duration }).fill('90');
    await form.getByRole('radio', { name: en.assignmentRule.territory_rep }).check();
    await form.getByRole('button', { name: en.common.save }).click();
    const row = page.getByTestId('task-type-row').filter({ hasText: typeName });
    await row.waitFor();
    expect(await row.getByText(en.assignmentRule.territory_rep, { exact: true }).count()).toBe(1);
  });

  it('creates a task of the type on the account, and it goes to the territory’s rep', async () => {
    await page.goto(`/accounts/${accountId}`);
    await page.getByTestId('account-name').waitFor();
    await page.getByRole('tab', { name: en.accounts.tasksTab, exact: true }).click();
    await page.getByRole('button', { name: en.tasks.create, exact: true }).click();
    const form = page.getByTestId('task-form');
    await choose(page, form.getByRole('combobox', { name: en.tasks.type, exact: true }), typeName, 'Presentation');
    // The form says what the type will do, naming the rep it will go to.
    const hint = form.getByTestId('task-type-hint');
    await hint.getByText(en.assignmentRuleHint.territory_rep).waitFor();
    await expect.poll(async () => hint.getByTestId('task-rule-assignee').textContent(), patiently).toBe(`${en.tasks.willGoTo} ${rep.name}`);
    expect(await form.getByRole('textbox', { name: en.tasks.subject }).inputValue()).toBe(typeName);
    await form.getByRole('textbox', { name: en.tasks.subject }).fill(subject);
    await form.getByRole('button', { name: en.common.save }).click();

    const row = page.getByTestId('task-row').filter({ hasText: subject });
    await row.waitFor();
    await row.getByText(rep.name, { exact: true }).waitFor();
    expect(await row.getByTestId('task-priority').textContent()).toBe(en.taskPriority.high);
    const tasks = await api<{ data: Task[] }>(page, 'GET', `/tasks?filter[accountId]=${accountId}`);
    expect(tasks.data.map((task) => ({ subject: task.subject, assigneeId: task.assigneeId, kind: task.kind, durationMinutes: task.durationMinutes }))).toEqual([
      { subject, assigneeId: repId, kind: 'presentation', durationMinutes: 90 },
    ]);
    taskId = tasks.data[0]?.id ?? '';
  });

  it('shows the task in the explorer among those the admin controls', async () => {
    await page.getByRole('navigation', { name: en.nav.main }).getByRole('link', { name: en.nav.tasks, exact: true }).click();
    await page.getByTestId('task-views').getByText(en.tasks.views.control, { exact: true }).click();
    await page.getByTestId('task-row').filter({ hasText: subject }).getByRole('link', { name: subject }).click();
    await page.waitForURL((url) => url.pathname === `/tasks/${taskId}`);
    expect(await page.getByTestId('task-status').textContent()).toBe(en.taskStatus.pending);
  });

  it('completes the task with its outcome', async () => {
    await page.getByRole('button', { name: en.tasks.complete, exact: true }).click();
    const form = page.getByTestId('task-complete-form');
    await form.getByRole('textbox', { name: en.tasks.outcome }).fill('They want a quote for 40 units.');
    await form.getByRole('button', { name: en.tasks.complete, exact: true }).click();
    await expect.poll(async () => page.getByTestId('task-status').textContent(), patiently).toBe(en.taskStatus.done);
    await page.getByTestId('task-outcome').getByText('They want a quote for 40 units.').waitFor();
  });

  it('logs time on the task and sees its total', async () => {
    await page.getByRole('button', { name: en.time.log, exact: true }).click();
    const form = page.getByTestId('log-time-form');
    await form.getByRole('textbox', { name: en.time.minutes }).fill('90');
    await form.getByRole('textbox', { name: en.time.comment }).fill('Presentation on site');
    await form.getByRole('button', { name: en.time.log, exact: true }).click();
    await page.getByTestId('time-entry-row').filter({ hasText: 'Presentation on site' }).waitFor();
    await expect.poll(async () => page.getByTestId('time-total').textContent(), patiently).toBe(fill(en.time.total, { time: '1 hr 30 mins' }));
  });

  it('finds the time in the account’s diary, with the total over it', async () => {
    await page.goto(`/accounts/${accountId}`);
    await page.getByTestId('account-name').waitFor();
    await page.getByRole('tab', { name: en.accounts.timeTab, exact: true }).click();
    const row = page.getByTestId('time-entry-row').filter({ hasText: 'Presentation on site' });
    await row.getByRole('link', { name: subject }).waitFor();
    await expect.poll(async () => page.getByTestId('time-total').textContent(), patiently).toBe(fill(en.time.total, { time: '1 hr 30 mins' }));
    expect(await page.getByTestId('time-entry-count').textContent()).toBe(en.time.oneEntry);
    const diary = await api<{ data: TimeEntry[]; totals: { minutes: number; entries: number } }>(page, 'GET', `/time-entries?filter[accountId]=${accountId}`);
    expect(diary.totals).toEqual({ minutes: 90, entries: 1 });
  });
});
