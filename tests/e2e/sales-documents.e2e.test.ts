import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Invoice } from '../../src/contracts/invoices';
import type { Order } from '../../src/contracts/orders';
import type { Quote } from '../../src/contracts/quotes';
import { en } from '../../src/web/app/i18n/locales/en';
import { describeWithChromium, launchChromium, newAppPage, signIn } from './support/browser';
import { firstAdmin, startTestServer, type TestServer } from './support/server';

const dealName = 'Aceros del Norte – vigas 2027';
const beam = { sku: 'VIGA-HEB200', name: 'Viga HEB 200', unit: 'm', price: '120.00' };
const bolt = { sku: 'PERNO-M16', name: 'Perno M16 galvanizado', unit: 'unit', price: '2.50' };

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

const get = <T>(page: Page, path: string) => api<T>(page, 'GET', path);

/** Picks an option in a Mantine select that searches as the user types. */
async function choose(page: Page, input: Locator, search: string, option: string): Promise<void> {
  await input.click();
  await input.fill(search);
  await page.getByRole('option', { name: option }).click();
}

describeWithChromium('sales documents: quote → order → delivery → invoice → paid', () => {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let opportunityId = '';
  let quoteId = '';
  let orderId = '';

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchChromium();
    page = await newAppPage(browser, server.url);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('signs the admin in and shows the sales documents in the navigation and on the home page', async () => {
    await page.goto('/login');
    await signIn(page, firstAdmin, '/');
    const navigation = page.getByRole('navigation', { name: en.nav.main });
    for (const label of [en.nav.quotes, en.nav.orders, en.nav.invoices, en.nav.creditPolicy]) {
      await navigation.getByRole('link', { name: label, exact: true }).waitFor();
    }
    const home = page.getByRole('main');
    await home.getByRole('heading', { name: en.home.documentsTitle, level: 3 }).waitFor();
    for (const text of Object.values(en.home.documentLinks)) await home.getByText(text, { exact: true }).waitFor();
  });

  it('has a catalog and an open deal to quote (made through the API)', async () => {
    await api(page, 'POST', '/tax-rates', { name: 'IVA general', rate: '21' });
    const list = await api<{ id: string }>(page, 'POST', '/price-lists', { name: 'Tarifa 2027', currency: 'EUR' });
    for (const item of [beam, bolt]) {
      const product = await api<{ id: string }>(page, 'POST', '/products', { sku: item.sku, name: item.name, unit: item.unit });
      await api(page, 'PUT', `/price-lists/${list.id}/prices/${product.id}`, { unitPrice: item.price });
    }
    // Prepayment is allowed by every credit rating, so the order confirms without a manager's exception.
    const account = await api<{ id: string }>(page, 'POST', '/accounts', { name: 'Aceros del Norte', currency: 'EUR', paymentTerms: 'prepayment' });
    const deal = await api<{ id: string }>(page, 'POST', '/opportunities', {
      name: dealName,
      accountId: account.id,
      amount: { amount: '1500.00', currency: 'EUR' },
    });
    opportunityId = deal.id;
  });

  it('starts a quote from the opportunity and prices two product lines', async () => {
    await page.goto(`/opportunities/${opportunityId}`);
    await page.getByTestId('opportunity-name').waitFor();
    await page.getByRole('button', { name: en.quotes.create, exact: true }).click();
    await page.waitForURL(/\/quotes\/[0-9a-f-]{36}$/);
    quoteId = new URL(page.url()).pathname.split('/').pop() ?? '';
    await expect.poll(async () => page.getByTestId('quote-title').textContent()).toMatch(/^Q-\d{4}-\d{4} · rev\. 1$/);
    expect(await page.getByTestId('quote-status').textContent()).toBe(en.quoteStatus.draft);

    const name = (field: string, number: number) => fill(en.documents.lineField, { field, number: String(number) });
    const line = (field: string, number: number) => page.getByRole('textbox', { name: name(field, number), exact: true });
    const product = (number: number) => page.getByRole('combobox', { name: name(en.documents.product, number), exact: true });
    for (const [index, item, quantity] of [[0, beam, '10'], [1, bolt, '100']] as const) {
      await page.getByRole('button', { name: en.documents.addLine }).click();
      await choose(page, product(index + 1), item.sku, `${item.sku} · ${item.name}`);
      // Picking the product fills the line from the catalog: description, unit and the price of the quote's list.
      await expect.poll(async () => line(en.documents.description, index + 1).inputValue()).toBe(item.name);
      await expect.poll(async () => line(en.documents.unitPrice, index + 1).inputValue()).toBe(String(Number(item.price)));
      await line(en.documents.quantity, index + 1).fill(quantity);
    }
    const nets = page.getByTestId('line-net');
    await expect.poll(async () => nets.allTextContents()).toEqual(['€1,200.00', '€250.00']);

    await page.getByRole('button', { name: en.common.save, exact: true }).click();
    await expect.poll(async () => (await get<Quote>(page, `/quotes/${quoteId}`)).lines.length).toBe(2);
    // The totals are the server's: 1,450.00 net and 21% tax.
    await expect.poll(async () => page.getByTestId('totals-total').textContent()).toBe('€1,754.50');
    expect(await page.getByTestId('totals-tax').allTextContents()).toEqual(['€304.50']);
  });

  it('sends the quote and records the customer’s acceptance, which creates the order', async () => {
    await page.getByRole('button', { name: en.quotes.send, exact: true }).click();
    await expect.poll(async () => page.getByTestId('quote-status').textContent()).toBe(en.quoteStatus.sent);
    await page.getByRole('button', { name: en.quotes.accept, exact: true }).click();
    await page.getByRole('dialog', { name: en.quotes.acceptTitle }).getByRole('button', { name: en.quotes.accept, exact: true }).click();
    await expect.poll(async () => page.getByTestId('quote-status').textContent()).toBe(en.quoteStatus.accepted);
    await page.getByTestId('quote-order-link').click();
    await page.waitForURL(/\/orders\/[0-9a-f-]{36}$/);
    orderId = new URL(page.url()).pathname.split('/').pop() ?? '';
    expect(await page.getByTestId('order-status').textContent()).toBe(en.orderStatus.pending);
  });

  it('confirms the order with the signed contract and delivers everything', async () => {
    await page.getByRole('button', { name: en.orders.confirm, exact: true }).click();
    const confirm = page.getByTestId('confirm-order-form');
    await confirm.getByTestId('credit-assessment').waitFor();
    await confirm.getByRole('textbox', { name: en.orders.signedBy }).fill('Lucía Martín');
    await confirm.getByRole('textbox', { name: en.orders.contractReference }).fill('CTR-2027-001');
    await confirm.getByRole('button', { name: en.orders.confirm, exact: true }).click();
    await expect.poll(async () => page.getByTestId('order-status').textContent()).toBe(en.orderStatus.confirmed);

    await page.getByRole('button', { name: en.deliveries.record, exact: true }).click();
    const delivery = page.getByTestId('delivery-form');
    // Prefilled with what remains of each line.
    const quantities = delivery.getByRole('textbox', { name: /^Quantity of / });
    await expect.poll(async () => Promise.all((await quantities.all()).map((input) => input.inputValue()))).toEqual(['10', '100']);
    await delivery.getByRole('button', { name: en.deliveries.record, exact: true }).click();
    await expect.poll(async () => page.getByTestId('order-status').textContent()).toBe(en.orderStatus.delivered);
    await page.getByTestId('delivery-row').waitFor();
    const order = await get<Order>(page, `/orders/${orderId}`);
    expect(order.lines.map((line) => line.deliveredQuantity)).toEqual(order.lines.map((line) => line.quantity));
  });

  it('invoices the whole order, issues the invoice and records its payment', async () => {
    await page.getByRole('button', { name: en.orders.createInvoice, exact: true }).click();
    const create = page.getByTestId('create-invoice-form');
    expect(await create.getByRole('radio', { name: en.orders.invoiceWholeOrder }).isChecked()).toBe(true);
    await create.getByRole('button', { name: en.orders.createInvoice, exact: true }).click();
    await page.waitForURL(/\/invoices\/[0-9a-f-]{36}$/);
    const invoiceId = new URL(page.url()).pathname.split('/').pop() ?? '';
    expect(await page.getByTestId('invoice-title').textContent()).toBe(en.invoices.draftNumber);
    expect(await page.getByTestId('totals-total').textContent()).toBe('€1,754.50');

    await page.getByRole('button', { name: en.invoices.issue, exact: true }).click();
    await page.getByTestId('issue-invoice-form').getByRole('button', { name: en.invoices.issue, exact: true }).click();
    await expect.poll(async () => page.getByTestId('invoice-title').textContent()).toMatch(/^INV-\d{4}-\d{5}$/);
    expect(await page.getByTestId('invoice-status').textContent()).toBe(en.invoiceStatus.issued);
    expect(await page.getByTestId('invoice-due').textContent()).toBe('€1,754.50');

    await page.getByRole('button', { name: en.payments.record, exact: true }).click();
    const payment = page.getByTestId('payment-form');
    expect(await payment.getByRole('textbox', { name: en.payments.amount }).inputValue()).toBe('1754.50');
    await payment.getByRole('textbox', { name: en.payments.reference }).fill('TRF 2027-0042');
    await payment.getByRole('button', { name: en.payments.record, exact: true }).click();

    await expect.poll(async () => page.getByTestId('invoice-status').textContent()).toBe(en.invoiceStatus.paid);
    expect(await page.getByTestId('invoice-due').textContent()).toBe('€0.00');
    await page.getByTestId('payment-row').waitFor();
    const invoice = await get<Invoice>(page, `/invoices/${invoiceId}`);
    expect({ status: invoice.status, amountPaid: invoice.amountPaid, amountDue: invoice.amountDue }).toEqual({
      status: 'paid',
      amountPaid: '1754.50',
      amountDue: '0.00',
    });
  });
});
