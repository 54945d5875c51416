import { todayOf } from '../kernel/calendar.js';
import type { PaymentTerms } from '../../contracts/accounts.js';
import type { OrderLine } from '../../contracts/orders.js';
import { fixedClock } from '../kernel/clock.js';
import { Decimal } from '../kernel/money.js';
import type { Ctx } from '../platform/context.js';
import { assessCredit, createInvoice, creditInvoice, findVisibleInvoice, issueInvoice, recordPayment } from '../modules/billing/index.js';
import { createOpportunity, listPipelines, moveOpportunity } from '../modules/opportunities/index.js';
import { confirmOrder, createDelivery } from '../modules/orders/index.js';
import { acceptQuote, createQuote, rejectQuote, reviseQuote, sendQuote } from '../modules/quotes/index.js';
import { estimateOf, pickBasket } from './demo-baskets.js';
import type { DemoCatalog } from './demo-catalog.js';
import type { DemoAccount } from './demo-sales.js';
import type { seededRandom } from './random.js';

type Random = ReturnType<typeof seededRandom>;
type Payment = 'onTime' | 'late' | 'partial' | 'unpaid';

/** How far one deal gets: from a draft quote to an order delivered, invoiced and paid (or not). */
type Story = {
  /** When the deal starts, in days before today. */
  start: [number, number];
  currency: 'EUR' | 'MXN';
  quote: 'draft' | 'sent' | 'revisedSent' | 'accepted';
  /** Rejected once, revised with a better discount and sent again before it was accepted. */
  revised?: boolean;
  deliveries?: 0 | 1 | 2 | 'firstOfTwo';
  billing?: 'perDelivery' | 'wholeOrder';
  downPayment?: boolean;
  payment?: Payment;
  /** Part of the first invoice comes back: a credit note, then the customer pays the rest. */
  creditNote?: boolean;
};

// The longest stories first: they go to the oldest customers. Windows leave room for net 60 to fall due.
const stories: Story[] = [
  { start: [145, 160], currency: 'EUR', quote: 'accepted', deliveries: 2, billing: 'wholeOrder', payment: 'late' },
  { start: [135, 155], currency: 'EUR', quote: 'accepted', downPayment: true, deliveries: 1, billing: 'wholeOrder', payment: 'onTime' },
  { start: [125, 145], currency: 'EUR', quote: 'accepted', deliveries: 1, billing: 'perDelivery', payment: 'unpaid' },
  { start: [115, 135], currency: 'EUR', quote: 'accepted', deliveries: 1, billing: 'perDelivery', payment: 'partial' },
  { start: [105, 130], currency: 'EUR', quote: 'accepted', deliveries: 1, billing: 'perDelivery', payment: 'onTime', creditNote: true },
  { start: [100, 125], currency: 'EUR', quote: 'accepted', deliveries: 2, billing: 'perDelivery', payment: 'onTime' },
  { start: [95, 115], currency: 'EUR', quote: 'accepted', revised: true, deliveries: 1, billing: 'wholeOrder', payment: 'onTime' },
  { start: [70, 80], currency: 'EUR', quote: 'sent' }, // lapses: 30 days of validity are long gone
  { start: [55, 75], currency: 'EUR', quote: 'accepted', deliveries: 'firstOfTwo', billing: 'perDelivery', payment: 'onTime' },
  { start: [30, 40], currency: 'EUR', quote: 'accepted', deliveries: 2 }, // delivered, not invoiced yet
  { start: [28, 33], currency: 'EUR', quote: 'revisedSent' },
  { start: [15, 25], currency: 'EUR', quote: 'accepted', deliveries: 0 }, // confirmed, waiting for the goods
  { start: [10, 22], currency: 'EUR', quote: 'sent' },
  { start: [5, 10], currency: 'EUR', quote: 'draft' },
  { start: [3, 8], currency: 'EUR', quote: 'draft' },
  { start: [120, 140], currency: 'MXN', quote: 'accepted', deliveries: 1, billing: 'wholeOrder', payment: 'unpaid' },
  { start: [110, 125], currency: 'MXN', quote: 'accepted', deliveries: 2, billing: 'perDelivery', payment: 'late' },
  { start: [8, 20], currency: 'MXN', quote: 'sent' },
];

const rejections = ['El precio supera el presupuesto aprobado', 'La competencia ofrece mejores condiciones', 'Piden más descuento por volumen'];
const methods = ['bank_transfer', 'bank_transfer', 'bank_transfer', 'direct_debit', 'card'] as const;
const shipping = { EUR: { description: 'Transporte', amount: '35.00', taxRate: '21' }, MXN: { description: 'Flete', amount: '750.00', taxRate: '16' } };
const deliveryTerms = { EUR: 'Entrega en 5 a 10 días laborables en sus instalaciones', MXN: 'Entrega DAP en la planta del cliente' };

const dayMs = 24 * 60 * 60 * 1000;
const minuteMs = 60 * 1000;

export type DemoDocumentCounts = { deals: number; quotes: number; orders: number; deliveries: number; invoices: number; creditNotes: number; payments: number };
type Step = { at: number; story: number; seq: number; run: () => Promise<unknown> };
type Env = { ctx: Ctx; random: Random; catalog: DemoCatalog; midnight: number; stageIds: string[]; counts: DemoDocumentCounts };

const dueDaysOf = (terms: PaymentTerms) => Number(/^net_(\d+)$/.exec(terms)?.[1] ?? 0);

const between = (random: Random, min: number, max: number) => min + Math.floor(random.next() * (max - min + 1));

/** The moments of one story: a main thread that moves forward a few days at a time from `firstDay` (days ago), and payments aside. */
function timeline(story: number, env: Env, firstDay: number) {
  const steps: Step[] = [];
  // Office hours on a day before today; never today, so nothing lies in the future.
  const moment = (daysAgo: number) => env.midnight - Math.max(daysAgo, 1) * dayMs + (8 * 60 + between(env.random, 0, 540)) * minuteMs;
  const push = (at: number, run: Step['run']) => {
    steps.push({ at, story, seq: steps.length, run });
    return at;
  };
  let day = firstDay;
  let last = 0;
  return {
    steps,
    /** The first step, on the first day. */
    first(run: Step['run']): number {
      last = push(moment(day), run);
      return last;
    },
    /** The next step of the main thread, min–max days after the previous one (later the same day when 0). */
    next(min: number, max: number, run: Step['run']): number {
      day = Math.max(1, day - between(env.random, min, max));
      last = push(Math.max(moment(day), last + 10 * minuteMs), run);
      return last;
    },
    /** A step `days` after the moment `after`, outside the main thread (a payment after its invoice). */
    aside(after: number, days: number, run: Step['run']): void {
      const daysAgo = Math.floor((env.midnight - after) / dayMs) + 1 - days;
      push(Math.max(moment(daysAgo), after + 30 * minuteMs), run);
    },
  };
}

function planStory(index: number, story: Story, account: DemoAccount, env: Env): Step[] {
  const { ctx, random, counts } = env;
  const ageDays = Math.floor((env.midnight - account.createdAt.getTime()) / dayMs);
  // Not before the customer existed.
  const t = timeline(index, env, Math.min(between(random, ...story.start), ageDays - 1));
  const { currency } = story;
  const basket = pickBasket(random, env.catalog.bySku, currency, story.creditNote ? 3 : undefined);
  const discount = random.next() < 0.4 ? between(random, 2, 5) : 0;
  const charges = random.next() < 0.5 ? [shipping[currency]] : [];
  const dueDays = dueDaysOf(account.paymentTerms);
  const s = { opportunityId: '', quoteId: '', orderId: '', lines: [] as OrderLine[], deliveryIds: [] as string[], invoiceIds: [] as string[] };

  // The deal opens, reaches needs analysis, gets its quote.
  t.first(async () => {
    const deal = await createOpportunity(ctx, {
      name: `${basket.deal} — ${account.name}`,
      accountId: account.id,
      contactId: account.contactId,
      ownerId: account.ownerId,
      amount: { amount: estimateOf(basket.lines, discount), currency },
      expectedCloseDate: new Date(ctx.clock.now().getTime() + 30 * dayMs).toISOString().slice(0, 10),
    });
    s.opportunityId = deal.id;
    counts.deals += 1;
  });
  t.next(1, 3, () => moveOpportunity(ctx, s.opportunityId, env.stageIds[1]!));
  t.next(2, 5, async () => {
    const quote = await createQuote(ctx, {
      opportunityId: s.opportunityId,
      ...(currency === 'MXN' ? { priceListId: env.catalog.priceListIds.MXN } : {}),
      // Mexican customers pay Mexico's VAT, not the product's Spanish rate.
      lines: basket.lines.map((l) => ({ productId: l.productId, quantity: l.quantity, ...(currency === 'MXN' ? { taxRate: '16' } : {}) })),
      charges,
      discountPercent: String(discount),
      deliveryTerms: deliveryTerms[currency],
    });
    s.quoteId = quote.id;
    counts.quotes += 1;
  });
  if (story.quote === 'draft') return t.steps;
  t.next(0, 2, async () => {
    await sendQuote(ctx, s.quoteId);
    await moveOpportunity(ctx, s.opportunityId, env.stageIds[2]!);
  });
  if (story.quote === 'sent') return t.steps;
  if (story.quote === 'revisedSent' || story.revised) {
    const reason = random.pick(rejections);
    const better = String(discount + between(random, 2, 4));
    t.next(4, 8, () => rejectQuote(ctx, s.quoteId, reason));
    t.next(1, 3, async () => {
      const revision = await reviseQuote(ctx, s.quoteId, { discountPercent: better });
      s.quoteId = revision.id;
      counts.quotes += 1;
      await sendQuote(ctx, s.quoteId);
      await moveOpportunity(ctx, s.opportunityId, env.stageIds[3]!);
    });
  }
  if (story.quote === 'revisedSent') return t.steps;

  t.next(3, 9, async () => {
    const accepted = await acceptQuote(ctx, s.quoteId);
    s.orderId = accepted.orderId!;
    counts.orders += 1;
  });
  t.next(1, 3, async () => {
    const order = await confirmOrder(ctx, s.orderId, { contractSignedAt: todayOf(ctx), signedBy: account.contactName, approveCreditException: true }, assessCredit);
    s.lines = order.lines;
  });

  const method = random.pick(methods);
  const pay = async (invoiceId: string, percent = 100) => {
    const invoice = (await findVisibleInvoice(ctx, invoiceId))!;
    const amount = percent === 100 ? invoice.amountDue : new Decimal(invoice.amountDue).times(percent).div(100).toDecimalPlaces(0, Decimal.ROUND_DOWN).toFixed(2);
    await recordPayment(ctx, { invoiceId, amount, paidOn: todayOf(ctx), method, reference: invoice.number! });
    counts.payments += 1;
  };
  const invoice = async (body: { deliveryId?: string; downPaymentPercent?: string }) => {
    const draft = await createInvoice(ctx, { orderId: s.orderId, ...body });
    s.invoiceIds.push((await issueInvoice(ctx, draft.id, {})).id);
    counts.invoices += 1;
  };
  // Invoices of a story are issued in the order they are planned: slot n is the n-th.
  let plannedInvoices = 0;
  const billAndPay = (body: () => { deliveryId?: string }) => {
    const slot = plannedInvoices++;
    const issuedAt = t.next(0, 1, () => invoice(body()));
    if (story.creditNote || story.payment === 'unpaid') return;
    const days = story.payment === 'late' ? dueDays + between(random, 5, 25) : between(random, Math.ceil(dueDays * 0.4), dueDays);
    const percent = story.payment === 'partial' ? between(random, 40, 60) : 100;
    t.aside(issuedAt, days, () => pay(s.invoiceIds[slot]!, percent));
  };

  if (story.downPayment) {
    plannedInvoices++;
    t.next(0, 0, () => invoice({ downPaymentPercent: '30' }));
    t.next(1, 4, () => pay(s.invoiceIds[0]!));
  }
  const deliver = (which: 'all' | 'allButLast' | 'last', notes: string) => async () => {
    const lines = which === 'all' ? s.lines : which === 'allButLast' ? s.lines.slice(0, -1) : s.lines.slice(-1);
    const delivery = await createDelivery(ctx, { orderId: s.orderId, notes, lines: lines.map((l) => ({ orderLineId: l.id, quantity: l.quantity })) });
    s.deliveryIds.push(delivery.id);
    counts.deliveries += 1;
  };
  const perDelivery = story.billing === 'perDelivery';
  if (story.deliveries === 1) {
    t.next(4, 10, deliver('all', `Recibido por ${account.contactName}`));
    if (perDelivery) billAndPay(() => ({ deliveryId: s.deliveryIds[0]! }));
  } else if (story.deliveries === 2 || story.deliveries === 'firstOfTwo') {
    t.next(4, 8, deliver('allButLast', 'Entrega parcial: el resto sale en cuanto llegue del proveedor'));
    if (perDelivery) billAndPay(() => ({ deliveryId: s.deliveryIds[0]! }));
    if (story.deliveries === 2) {
      t.next(3, 7, deliver('last', 'Entrega final del pedido'));
      if (perDelivery) billAndPay(() => ({ deliveryId: s.deliveryIds[1]! }));
    }
  }
  if (story.billing === 'wholeOrder') billAndPay(() => ({}));

  if (story.creditNote) {
    t.next(3, 8, async () => {
      const original = (await findVisibleInvoice(ctx, s.invoiceIds[0]!))!;
      // The customer sends back a little of the line it bought most of.
      const goods = original.lines.filter((l) => l.orderLineId && !l.sku?.startsWith('SRV-'));
      const line = (goods.length > 0 ? goods : original.lines).reduce((a, b) => (Number(b.quantity) > Number(a.quantity) ? b : a));
      const quantity = Number(line.quantity) >= 10 ? '2' : '1';
      await creditInvoice(ctx, original.id, { reason: `Devolución de material dañado en el transporte: ${quantity} × ${line.description}`, lines: [{ invoiceLineId: line.id, quantity }] });
      counts.creditNotes += 1;
    });
    t.next(1, Math.max(1, dueDays - 8), () => pay(s.invoiceIds[0]!));
  }
  return t.steps;
}

/**
 * A realistic pipeline through the whole chain for about 18 customers: quotes in every state (drafts, sent,
 * rejected and revised, lapsed), orders confirmed with the credit check and the signed contract, deliveries,
 * invoices per delivery or for the whole order, a down payment, a credit note, and payments on time, late,
 * partial or missing. Every step is planned first, then run in date order with the clock turned back, so
 * numbers follow dates (the issue rule refuses an invoice dated before the last one).
 */
export async function loadDemoDocuments(base: Ctx, random: Random, accounts: DemoAccount[], catalog: DemoCatalog): Promise<DemoDocumentCounts> {
  const now = base.clock.now();
  const clock = fixedClock(now);
  const ctx: Ctx = { ...base, clock };
  const pipeline = (await listPipelines(ctx.tx, false))[0]!;
  const counts: DemoDocumentCounts = { deals: 0, quotes: 0, orders: 0, deliveries: 0, invoices: 0, creditNotes: 0, payments: 0 };
  const env: Env = { ctx, random, catalog, midnight: Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()), stageIds: pipeline.stages.map((s) => s.id), counts };

  const oldestFirst = (a: DemoAccount, b: DemoAccount) => a.createdAt.getTime() - b.createdAt.getTime();
  const pools = {
    EUR: accounts.filter((a) => a.currency === 'EUR').sort(oldestFirst),
    // Mexican companies first: the peso price list is theirs.
    MXN: accounts.filter((a) => a.currency === 'MXN').sort((a, b) => Number(b.country === 'MX') - Number(a.country === 'MX') || oldestFirst(a, b)),
  };
  const steps: Step[] = [];
  for (const [index, story] of stories.entries()) {
    const account = pools[story.currency].shift();
    if (account) steps.push(...planStory(index, story, account, env));
  }
  steps.sort((a, b) => a.at - b.at || a.story - b.story || a.seq - b.seq);
  for (const step of steps) {
    clock.set(new Date(step.at));
    await step.run();
  }
  return counts;
}
