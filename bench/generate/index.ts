import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import * as schema from '../../src/server/db-schema.js';
import { createOrganizationWithDefaults } from '../../src/server/organizations.js';
import { hashPassword } from '../../src/server/platform/security/passwords.js';
import type { CopyResult } from '../lib/copy.js';
import { withIndexesRebuilt } from '../lib/indexes.js';
import { loadCatalog } from './catalog.js';
import { loadAccounts, loadLeads } from './crm.js';
import { loadDeals } from './deals.js';
import { loadPeople } from './people.js';
import { loadQuotes } from './quotes.js';
import { loadTasks } from './tasks.js';
import { foreignKeyViolations, type Violation } from './verify.js';
import { sizesFor, World, type Seeded, type Sizes } from './world.js';

export const benchPassword = 'ciclo-bench-2026';
export const defaultEmailDomain = 'bench.ciclo.test';

export type GenerateOptions = {
  ownerUrl: string;
  appUrl: string;
  scale: number;
  seed?: number;
  /** The day the data set is as of (YYYY-MM-DD, UTC): everything in it happened before that day began. Default: today. */
  asOf?: string;
  emailDomain?: string;
  /**
   * Bulk mode for a dedicated database: foreign-key triggers off during COPY (session_replication_role,
   * superuser only) and every key checked afterwards; secondary indexes built after the load; then
   * VACUUM ANALYZE. Off: PostgreSQL checks each row and maintains each index as rows arrive.
   */
  fast?: boolean;
  log?: (message: string) => void;
};

export type GenerateReport = {
  orgId: string;
  adminEmail: string;
  emailDomain: string;
  sizes: Sizes;
  tables: (CopyResult & { rowsPerSecond: number })[];
  violations: Violation[];
  foreignKeysChecked: 'by PostgreSQL during the load' | 'after the load';
  maintenanceMs: number;
  totalMs: number;
};

const bulkTables = ['accounts', 'contacts', 'opportunities', 'opportunity_stage_history', 'leads', 'tasks', 'quotes', 'quote_lines'];

export const loadedTables = [
  'teams', 'users', 'tax_rates', 'products', 'product_prices', 'accounts', 'contacts', 'opportunities', 'opportunity_stage_history', 'leads', 'tasks', 'quotes', 'quote_lines',
] as const;

/** One organisation made the normal way (admin, pipeline, lost reasons, price list, tax rate), then bulk rows by COPY as the owner. */
export async function generateDataset(options: GenerateOptions): Promise<GenerateReport> {
  const log = options.log ?? (() => {});
  const started = performance.now();
  const emailDomain = options.emailDomain ?? defaultEmailDomain;
  const asOf = Date.parse(`${options.asOf ?? new Date().toISOString().slice(0, 10)}T00:00:00.000Z`);
  const sizes = sizesFor(options.scale);
  const adminEmail = `admin@${emailDomain}`;

  const appPool = new pg.Pool({ connectionString: options.appUrl, max: 2 });
  appPool.on('error', (error) => log(`database connection: ${error.message}`));
  const owner = new pg.Client({ connectionString: options.ownerUrl, application_name: 'ciclo-bench-generate' });
  await owner.connect();
  try {
    const taken = await owner.query('select 1 from users where lower(email) = $1', [adminEmail]);
    if (taken.rowCount) throw new Error(`${adminEmail} already exists in this database: generate into a fresh one or give another --email-domain.`);
    const [passwordHash, org] = await Promise.all([
      hashPassword(benchPassword),
      createOrganizationWithDefaults(drizzle({ client: appPool, schema, casing: 'snake_case' }), {
        name: 'Ciclo Bench S.L.',
        baseCurrency: 'EUR',
        defaultLocale: 'en',
        admin: { email: adminEmail, name: 'Bench Admin', password: benchPassword },
      }),
    ]);
    const world = new World(await readSeeded(owner, org.orgId, org.adminId), sizes, options.seed ?? 6, asOf, emailDomain);
    log(`organisation ${org.orgId}: ${JSON.stringify(sizes)}`);

    await owner.query('set synchronous_commit = off');
    let fast = options.fast ?? false;
    if (fast) {
      try {
        await owner.query('set session_replication_role = replica');
      } catch {
        log('not a superuser: foreign keys are checked row by row during the load');
        fast = false;
      }
    }
    const tables: GenerateReport['tables'] = [];
    const record = (results: CopyResult | CopyResult[]) => {
      for (const r of Array.isArray(results) ? results : [results]) {
        const row = { ...r, rowsPerSecond: Math.round(r.rows / Math.max(r.ms / 1000, 0.001)) };
        tables.push(row);
        log(`${r.table.padEnd(26)} ${String(r.rows).padStart(9)} rows ${(r.ms / 1000).toFixed(1).padStart(7)} s ${String(row.rowsPerSecond).padStart(8)} rows/s`);
      }
    };
    record(await loadPeople(owner, world, passwordHash));
    const catalog = await loadCatalog(owner, world);
    record(catalog.results);
    const loadBulk = async () => {
      record(await loadAccounts(owner, world));
      record(await loadDeals(owner, world));
      record(await loadLeads(owner, world));
      record(await loadTasks(owner, world));
      record(await loadQuotes(owner, world, catalog.products));
    };
    if (fast) {
      await owner.query("set maintenance_work_mem = '512MB'");
      await withIndexesRebuilt(owner, bulkTables, loadBulk, log);
    } else {
      await loadBulk();
    }
    await owner.query('set session_replication_role = origin');

    const maintenanceStarted = performance.now();
    let violations: Violation[] = [];
    if (fast) {
      log('checking every foreign key…');
      violations = await foreignKeyViolations(owner, org.orgId, loadedTables);
    }
    log(fast ? 'VACUUM (ANALYZE)…' : 'ANALYZE…');
    await owner.query(`${fast ? 'vacuum (analyze)' : 'analyze'} ${loadedTables.join(', ')}`);
    const maintenanceMs = performance.now() - maintenanceStarted;
    log(`checks and ${fast ? 'vacuum' : 'analyze'}: ${(maintenanceMs / 1000).toFixed(1)} s`);
    return {
      orgId: org.orgId,
      adminEmail,
      emailDomain,
      sizes,
      tables,
      violations,
      foreignKeysChecked: fast ? 'after the load' : 'by PostgreSQL during the load',
      maintenanceMs,
      totalMs: performance.now() - started,
    };
  } finally {
    await owner.end();
    await appPool.end();
  }
}

async function readSeeded(owner: pg.Client, orgId: string, adminId: string): Promise<Seeded> {
  const one = async <T extends pg.QueryResultRow>(text: string): Promise<T[]> => (await owner.query<T>(text, [orgId])).rows;
  const [pipeline] = await one<{ id: string }>('select id from pipelines where org_id = $1 and is_default');
  const stages = await one<{ id: string; probability: string }>(
    'select s.id, s.probability::text from pipeline_stages s join pipelines p on p.id = s.pipeline_id where s.org_id = $1 and p.is_default and s.archived_at is null order by s.position',
  );
  const lostReasons = await one<{ id: string }>('select id from lost_reasons where org_id = $1 order by position');
  const [taxRate] = await one<{ id: string; rate: string }>('select id, rate::text from tax_rates where org_id = $1 and is_default');
  const [priceList] = await one<{ id: string }>('select id from price_lists where org_id = $1 and is_default');
  if (!pipeline || stages.length === 0 || !taxRate || !priceList) throw new Error('the new organisation lacks its default pipeline, tax rate or price list');
  return {
    orgId,
    adminId,
    pipelineId: pipeline.id,
    stages: stages.map((s) => ({ id: s.id, probability: s.probability })),
    lostReasonIds: lostReasons.map((r) => r.id),
    standardTaxRate: taxRate,
    priceListId: priceList.id,
  };
}
