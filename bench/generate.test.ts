import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { documentTotals, taxTotalOf } from '../src/server/kernel/document-totals.js';
import { formatAmount } from '../src/server/kernel/money.js';
import { generateDataset, loadedTables, type GenerateReport } from './generate/index.js';
import { foreignKeyViolations } from './generate/verify.js';
import { linesPerQuote } from './generate/world.js';

// The benchmark's generator at a tiny scale (a few thousand rows) in a fresh organisation of the test
// database, with PostgreSQL checking every foreign key as rows arrive: so the generator cannot rot.
describe('the benchmark data generator', () => {
  let owner: pg.Pool;
  let report: GenerateReport;
  const count = async (table: string) =>
    (await owner.query<{ n: number }>(`select count(*)::int as n from ${table} where org_id = $1`, [report.orgId])).rows[0]!.n;

  beforeAll(async () => {
    owner = new pg.Pool({ connectionString: inject('ownerUrl'), max: 2 });
    report = await generateDataset({
      ownerUrl: inject('ownerUrl'),
      appUrl: inject('appUrl'),
      scale: 0.0005,
      asOf: '2026-11-23',
      emailDomain: `bench-${randomUUID().slice(0, 8)}.example.com`,
      fast: false,
    });
  });

  afterAll(async () => {
    await owner.end();
  });

  it('loads the sizes asked for, and fifty users in five teams', async () => {
    const { sizes } = report;
    expect({
      accounts: await count('accounts'),
      contacts: await count('contacts'),
      leads: await count('leads'),
      opportunities: await count('opportunities'),
      tasks: await count('tasks'),
      quotes: await count('quotes'),
      quoteLines: await count('quote_lines'),
      teams: await count('teams'),
      users: await count('users'),
    }).toEqual({ ...sizes, quoteLines: sizes.quotes * linesPerQuote, teams: 5, users: 51 });
    const visits = await count('opportunity_stage_history');
    expect(visits / sizes.opportunities).toBeGreaterThan(3);
    expect(visits / sizes.opportunities).toBeLessThan(5);
  });

  it('keeps every foreign key of the loaded tables', async () => {
    expect(report.foreignKeysChecked).toBe('by PostgreSQL during the load');
    expect(await foreignKeyViolations(owner, report.orgId, loadedTables)).toEqual([]);
  });

  it('gives every open deal one open stage stay, whose start is the deal’s stage_entered_at', async () => {
    const { rows } = await owner.query<{ deals: number; consistent: number }>(
      `select count(*)::int as deals,
              count(*) filter (where h.stage_id = o.stage_id and h.entered_at = o.stage_entered_at
                and (select count(*) from opportunity_stage_history x where x.opportunity_id = o.id and x.left_at is null) = 1)::int as consistent
       from opportunities o join opportunity_stage_history h on h.opportunity_id = o.id and h.left_at is null
       where o.org_id = $1 and o.status = 'open'`,
      [report.orgId],
    );
    expect(rows[0]!.deals).toBeGreaterThan(0);
    expect(rows[0]!.consistent).toBe(rows[0]!.deals);
  });

  it('stores quote totals equal to documentTotals of the quote’s lines (a quote with a document discount)', async () => {
    const { rows: quotes } = await owner.query<{ id: string; currency: string; discount_percent: string; net_total: string; tax_total: string; total: string }>(
      'select id, currency, discount_percent::text, net_total::text, tax_total::text, total::text from quotes where org_id = $1 and discount_percent > 0 order by number limit 1',
      [report.orgId],
    );
    const quote = quotes[0]!;
    const { rows: lines } = await owner.query<{ quantity: string; unit_price: string; discount_percent: string; tax_rate: string }>(
      'select quantity::text, unit_price::text, discount_percent::text, tax_rate::text from quote_lines where quote_id = $1 order by position',
      [quote.id],
    );
    const totals = documentTotals({
      currency: quote.currency,
      discountPercent: quote.discount_percent,
      lines: lines.map((l) => ({ quantity: l.quantity, unitPrice: l.unit_price, discountPercent: l.discount_percent, taxRate: l.tax_rate })),
    });
    expect(lines).toHaveLength(linesPerQuote);
    const stored = [quote.net_total, quote.tax_total, quote.total].map((v) => formatAmount(v, quote.currency));
    expect(stored).toEqual([totals.net, taxTotalOf(totals), totals.total]);
  });
});
