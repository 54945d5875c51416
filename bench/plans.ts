// npm run bench:plans -- [--data-dir /tmp/ciclo-bench | --database-url …]
// Runs the list and aggregate requests through the real app in-process, takes the SQL Drizzle sends
// (its logger), and keeps EXPLAIN (ANALYZE, BUFFERS) of each, run as the app role inside the
// organisation, in bench/plans/<name>.txt. Flags sequential scans over the big tables.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { buildApp } from '../src/server/app.js';
import * as schema from '../src/server/db-schema.js';
import { systemClock } from '../src/server/kernel/clock.js';
import { readConfig } from '../src/server/platform/config.js';
import { benchPassword, defaultEmailDomain } from './generate/index.js';
import { openBenchDatabase } from './lib/database.js';
import { listCursor, loadFixtures } from './lib/fixtures.js';
import { timeInStageSql } from './lib/scenarios.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const bigTables = ['opportunities', 'opportunity_stage_history', 'tasks', 'leads', 'accounts', 'contacts', 'quotes', 'quote_lines', 'audit_events'];
const { values } = parseArgs({
  options: { 'data-dir': { type: 'string' }, 'database-url': { type: 'string' }, 'email-domain': { type: 'string', default: defaultEmailDomain } },
});

type Captured = { query: string; params: unknown[] };
const captured: Captured[] = [];
const database = await openBenchDatabase({ databaseUrl: values['database-url'], dataDir: values['data-dir'] }, console.log);
const owner = new pg.Pool({ connectionString: database.ownerUrl, max: 2 });
const appPool = new pg.Pool({ connectionString: database.appUrl, max: 4 });
for (const pool of [owner, appPool]) pool.on('error', (error) => console.log(`database connection: ${error.message}`));
try {
  const f = await loadFixtures(owner, values['email-domain']);
  const db = drizzle({ client: appPool, schema, casing: 'snake_case', logger: { logQuery: (query, params) => captured.push({ query, params }) } });
  const { app } = await buildApp({ db, pool: appPool, clock: systemClock, config: readConfig({ ...process.env, LOG_LEVEL: 'silent', CICLO_WEB_DIR: '/nonexistent' }) });
  const cookieOf = async (email: string) => {
    const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password: benchPassword } });
    if (res.statusCode !== 200) throw new Error(`sign-in of ${email}: ${res.statusCode}`);
    return `ciclo_session=${res.cookies.find((c) => c.name === 'ciclo_session')!.value}`;
  };
  const cookies = { admin: await cookieOf(f.admin.email), rep: await cookieOf(f.rep.email) };
  const list = '/api/v1/opportunities?filter%5Bstatus%5D=open&sort=-createdAt&limit=50';
  const requests = [
    { name: 'list-first-admin', actor: 'admin', url: list },
    { name: 'list-first-rep', actor: 'rep', url: list },
    { name: 'list-deep-admin', actor: 'admin', url: `${list}&cursor=${listCursor('-createdAt', f.deep.admin)}` },
    { name: 'list-deep-rep', actor: 'rep', url: `${list}&cursor=${listCursor('-createdAt', f.deep.rep)}` },
    { name: 'search-admin', actor: 'admin', url: `/api/v1/opportunities?q=${encodeURIComponent(f.search.term)}&limit=50` },
    { name: 'pipeline-summary-admin', actor: 'admin', url: `/api/v1/pipelines/${f.pipelineId}/summary` },
    { name: 'pipeline-summary-rep', actor: 'rep', url: `/api/v1/pipelines/${f.pipelineId}/summary` },
  ] as const;
  const plans: { name: string; sql: string; params: unknown[] }[] = [];
  for (const r of requests) {
    captured.length = 0;
    const res = await app.inject({ method: 'GET', url: r.url, headers: { cookie: cookies[r.actor] } });
    if (res.statusCode !== 200) throw new Error(`${r.name}: ${res.statusCode} ${res.body}`);
    // The request's query on the deals (set_config, pipeline and playbook look-ups are small).
    const main = captured.filter((c) => /from "opportunities"/.test(c.query));
    if (main.length !== 1) throw new Error(`${r.name}: expected one query on opportunities, saw ${main.length}`);
    plans.push({ name: r.name, sql: main[0]!.query, params: main[0]!.params });
  }
  await app.close();
  plans.push({ name: 'time-in-stage-admin', sql: timeInStageSql(false), params: [f.pipelineId] });
  plans.push({ name: 'time-in-stage-rep', sql: timeInStageSql(true), params: [f.pipelineId, f.rep.id] });

  const summary: string[] = [];
  for (const plan of plans) {
    const client = await appPool.connect();
    let text: string;
    try {
      await client.query('begin');
      await client.query("select set_config('app.org_id', $1, true)", [f.orgId]);
      // Twice: the first run warms the cache; the second is the one kept.
      await client.query(`explain (analyze, buffers) ${plan.sql}`, plan.params);
      const { rows } = await client.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers) ${plan.sql}`, plan.params);
      text = rows.map((row) => row['QUERY PLAN']).join('\n');
      await client.query('rollback');
    } finally {
      client.release();
    }
    const seqScans = bigTables.filter((t) => new RegExp(`Seq Scan on ${t}\\b`).test(text));
    const time = /Execution Time: ([\d.]+) ms/.exec(text)?.[1] ?? '?';
    const line = `${plan.name.padEnd(24)} ${time.padStart(9)} ms  ${seqScans.length ? `SEQUENTIAL SCAN on ${seqScans.join(', ')}` : 'no sequential scan on a big table'}`;
    summary.push(line);
    console.log(line);
    await writeFile(
      path.join(here, 'plans', `${plan.name}.txt`),
      `-- ${plan.name}: rows ${JSON.stringify(f.counts)}\n-- run as the app role with app.org_id set; params: ${JSON.stringify(plan.params)}\n${plan.sql.trim()}\n\n${text}\n`,
    );
  }
  await writeFile(path.join(here, 'plans', 'summary.txt'), `${new Date().toISOString()}\n${summary.join('\n')}\n`);
} finally {
  await appPool.end();
  await owner.end();
  await database.stop();
}
