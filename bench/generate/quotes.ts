import type pg from 'pg';
import { documentTotals, lineNet, taxTotalOf, type Totals } from '../../src/server/kernel/document-totals.js';
import { formatAmount } from '../../src/server/kernel/money.js';
import { copyRows, date, timestamp, type CopyResult, type CopyValue } from '../lib/copy.js';
import { mix, Rng } from '../lib/random.js';
import { dealOf, type Deal } from './deals.js';
import { dayMs, linesPerQuote, type Product, type World } from './world.js';

const currency = 'EUR';

export type QuoteLine = { product: Product; quantity: string; unitPrice: string; discountPercent: string; taxRate: string; netAmount: string };
export type GeneratedQuote = { deal: Deal; issuedAt: number; status: 'draft' | 'sent' | 'rejected'; discountPercent: string; lines: QuoteLine[] };

/** Quote q for its deal: three product lines, priced as Ciclo prices them (lineNet); totalled by quoteTotals. */
export function quoteOf(world: World, products: Product[], q: number): GeneratedQuote {
  const rng = new Rng(mix(world.seedFor('quote'), q));
  const deal = dealOf(world, world.quoteDeal(q));
  const latest = (deal.closedAt ?? world.asOf) - dayMs;
  const issuedAt = Math.max(deal.createdAt, Math.min(latest, deal.createdAt + rng.int(1, 20) * dayMs));
  const lines: QuoteLine[] = [];
  for (let k = 0; k < linesPerQuote; k++) {
    const product = rng.pick(products);
    const priced = { quantity: String(rng.int(1, 20)), unitPrice: product.unitPrice, discountPercent: rng.weighted([['0', 7], ['5', 2], ['10', 1]] as const) };
    lines.push({ product, ...priced, taxRate: product.taxRate, netAmount: formatAmount(lineNet(priced, currency), currency) });
  }
  const discountPercent = rng.chance(0.2) ? '3' : '0';
  const status = deal.status === 'lost' ? 'rejected' : deal.status === 'open' && world.asOf - issuedAt < 10 * dayMs && rng.chance(0.5) ? 'draft' : 'sent';
  return { deal, issuedAt, status, discountPercent, lines };
}

export function quoteTotals(quote: GeneratedQuote): Totals {
  return documentTotals({ currency, lines: quote.lines, discountPercent: quote.discountPercent });
}

function* quotes(world: World, products: Product[], lastNumbers: Map<number, number>): Generator<CopyValue[]> {
  const { orgId, priceListId } = world.seeded;
  for (let q = 0; q < world.sizes.quotes; q++) {
    const quote = quoteOf(world, products, q);
    const { deal } = quote;
    const totals = quoteTotals(quote);
    const issueDate = date(quote.issuedAt);
    const year = Number(issueDate.slice(0, 4));
    const number = (lastNumbers.get(year) ?? 0) + 1;
    lastNumbers.set(year, number);
    const sentAt = quote.status === 'draft' ? null : timestamp(quote.issuedAt + 3_600_000);
    const decidedAt = quote.status === 'rejected' ? timestamp(deal.closedAt!) : null;
    yield [
      world.ids.quote(q), orgId, quote.status === 'draft' ? 1 : quote.status === 'sent' ? 2 : 3, timestamp(quote.issuedAt), decidedAt ?? sentAt ?? timestamp(quote.issuedAt),
      deal.owner.id, deal.owner.id, `Q-${year}-${String(number).padStart(4, '0')}`, world.ids.opportunity(deal.index), world.ids.account(deal.account),
      deal.contact === null ? null : world.ids.contact(deal.contact), priceListId, currency, issueDate, date(quote.issuedAt + 30 * dayMs), 'net_30',
      quote.discountPercent, quote.status, sentAt, decidedAt, quote.status === 'rejected' ? 'Price too high' : '',
      totals.net, totals.discount, totals.charges, totals.taxBase, taxTotalOf(totals), totals.total,
    ];
  }
}

function* quoteLines(world: World, products: Product[]): Generator<CopyValue[]> {
  const { orgId } = world.seeded;
  for (let q = 0; q < world.sizes.quotes; q++) {
    const id = world.ids.quote(q);
    for (const [k, line] of quoteOf(world, products, q).lines.entries()) {
      const { product } = line;
      yield [
        world.ids.line(q * linesPerQuote + k), orgId, id, k + 1, product.id, product.sku, product.name, line.quantity, product.unit, line.unitPrice,
        line.discountPercent, line.taxRate, line.netAmount,
      ];
    }
  }
}

/** Quotes, their lines, and the Q number series moved past the numbers used (so Ciclo's next quote does not collide). */
export async function loadQuotes(client: pg.ClientBase, world: World, products: Product[]): Promise<CopyResult[]> {
  const lastNumbers = new Map<number, number>();
  const results = [
    await copyRows(
      client,
      'quotes',
      ['id', 'org_id', 'version', 'created_at', 'updated_at', 'owner_id', 'created_by', 'number', 'opportunity_id', 'account_id', 'contact_id', 'price_list_id', 'currency',
        'issue_date', 'valid_until', 'payment_terms', 'discount_percent', 'status', 'sent_at', 'decided_at', 'rejection_reason',
        'net_total', 'discount_total', 'charges_total', 'tax_base', 'tax_total', 'total'],
      quotes(world, products, lastNumbers),
    ),
    await copyRows(
      client,
      'quote_lines',
      ['id', 'org_id', 'quote_id', 'position', 'product_id', 'sku', 'description', 'quantity', 'unit', 'unit_price', 'discount_percent', 'tax_rate', 'net_amount'],
      quoteLines(world, products),
    ),
  ];
  for (const [year, last] of lastNumbers) {
    await client.query(
      `insert into document_sequences (org_id, series, year, last_value) values ($1, 'Q', $2, $3)
       on conflict (org_id, series, year) do update set last_value = greatest(document_sequences.last_value, excluded.last_value)`,
      [world.seeded.orgId, year, last],
    );
  }
  return results;
}
