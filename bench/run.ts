// npm run bench -- [--data-dir /tmp/ciclo-bench | --database-url postgres://owner@host/db] [--duration 5] [--connections 1,8,32] [--only list]
// Measures each scenario through Ciclo's HTTP API (autocannon) and as raw SQL on a pg pool, in the
// same run; prints the table and writes bench/results/<time>.json (bench/README.md).
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { benchPassword, defaultEmailDomain } from './generate/index.js';
import { openBenchDatabase } from './lib/database.js';
import { loadFixtures } from './lib/fixtures.js';
import { runHttp, runLoop } from './lib/load.js';
import { judgeTargets, printTable, type Measurement } from './lib/report.js';
import { buildScenarios, type Scenario } from './lib/scenarios.js';
import { loadAverage, rssMb, rssSampler, signIn, startCiclo, type Session } from './lib/server.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    'database-url': { type: 'string' },
    'email-domain': { type: 'string', default: defaultEmailDomain },
    duration: { type: 'string', default: '5' },
    warmup: { type: 'string', default: '1' },
    connections: { type: 'string', default: '1,8,32' },
    'pool-size': { type: 'string', default: '10' },
    only: { type: 'string' },
    'log-level': { type: 'string' },
    profile: { type: 'boolean', default: false },
    out: { type: 'string', default: path.join(here, 'results') },
  },
});
const seconds = Number(values.duration);
const warmup = Number(values.warmup);
const levels = values.connections.split(',').map(Number);
const poolSize = Number(values['pool-size']);
if (!(seconds > 0) || !(warmup >= 0) || levels.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(poolSize) || poolSize < 1) {
  console.error('--duration, --warmup, --connections (e.g. 1,8,32) and --pool-size must be positive numbers');
  process.exit(2);
}

const say = (m: string) => console.log(m);
const git = (...args: string[]) => {
  try {
    return execFileSync('git', args, { cwd: path.join(here, '..'), encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
};
const startedAt = new Date();
// The code measured is the tree as it is now: the commit and how many files differ from it.
const commit = git('rev-parse', 'HEAD');
const uncommittedFiles = git('status', '--porcelain').split('\n').filter(Boolean).length;
const database = await openBenchDatabase({ databaseUrl: values['database-url'], dataDir: values['data-dir'] }, say);
const owner = new pg.Pool({ connectionString: database.ownerUrl, max: 2 });
// An idle connection ended by the database (e.g. while it shuts down) must not end the run.
const ignoreIdleError = (error: Error) => say(`database connection: ${error.message}`);
owner.on('error', ignoreIdleError);
let raw: pg.Pool | undefined;
let server: Awaited<ReturnType<typeof startCiclo>> | undefined;
try {
  const fixtures = await loadFixtures(owner, values['email-domain']);
  say(`organisation ${fixtures.orgId}: ${JSON.stringify(fixtures.counts)}`);
  // The floor: the app role, its organisation set once per connection, so each read is one round trip.
  raw = new pg.Pool({ connectionString: database.appUrl, max: poolSize, options: `-c app.org_id=${fixtures.orgId}`, application_name: 'ciclo-bench-raw' });
  raw.on('error', ignoreIdleError);
  const profileDir = path.join(values.out, 'profiles');
  if (values.profile) await mkdir(profileDir, { recursive: true });
  server = await startCiclo({
    ownerUrl: database.ownerUrl,
    poolSize,
    logLevel: values['log-level'],
    nodeArgs: values.profile ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
  });
  const idleRssMb = rssMb(server.pid) ?? 0;
  say(`Ciclo (pid ${server.pid}) on ${server.url}, ${idleRssMb.toFixed(0)} MB resident at rest`);
  const sessions: Record<Scenario['actor'], Session> = {
    admin: await signIn(server.url, fixtures.admin.email, benchPassword),
    rep: await signIn(server.url, fixtures.rep.email, benchPassword),
    rep2: await signIn(server.url, fixtures.rep2.email, benchPassword),
  };
  const sampler = rssSampler(server.pid);
  const scenarios = buildScenarios(fixtures, raw).filter((s) => !values.only || s.name.includes(values.only) || s.group === values.only);
  const results: Measurement[] = [];
  for (const scenario of scenarios) {
    const session = sessions[scenario.actor];
    const http = scenario.http;
    const headersFor = (method: string): Record<string, string> =>
      method === 'GET' ? { cookie: session.cookie } : { cookie: session.cookie, 'x-csrf-token': session.csrf, 'content-type': 'application/json' };
    let headers: Record<string, string> = {};
    if (http) {
      const probe = http();
      headers = headersFor(probe.method);
      const res = await fetch(`${server.url}${probe.path}`, { method: probe.method, headers, ...(probe.body ? { body: probe.body } : {}) });
      if (!res.ok) throw new Error(`${scenario.name}: ${probe.method} ${probe.path} answered ${res.status} ${await res.text()}`);
    }
    await scenario.raw(0);
    for (const connections of levels) {
      const load = loadAverage()[0];
      let ciclo: Measurement['ciclo'] = null;
      let rss: number | null = null;
      if (http) {
        if (warmup > 0) await runHttp({ url: server.url, connections, seconds: warmup, headers, next: http });
        sampler.take();
        ciclo = await runHttp({ url: server.url, connections, seconds, headers, next: http });
        rss = sampler.take();
      }
      if (warmup > 0) await runLoop({ concurrency: connections, seconds: warmup, run: scenario.raw });
      const floor = await runLoop({ concurrency: connections, seconds, run: scenario.raw });
      const row: Measurement = {
        scenario: scenario.name,
        actor: scenario.actor,
        group: scenario.group,
        connections,
        ciclo,
        raw: floor,
        ratio: ciclo && floor.rps > 0 ? Math.round((ciclo.rps / floor.rps) * 1000) / 1000 : null,
        cicloRssMb: rss === null ? null : Math.round(rss),
        loadAverage: load,
      };
      results.push(row);
      const errors = [ciclo?.firstError, floor.firstError].filter(Boolean).join(' | ');
      say(
        `${scenario.name} [${scenario.actor}] ×${connections}: Ciclo ${ciclo ? `${ciclo.rps} r/s p99 ${ciclo.p99} ms` : '—'}, raw ${floor.rps} r/s p99 ${floor.p99} ms${errors ? `  errors: ${errors}` : ''}`,
      );
    }
  }
  const maxRssMb = sampler.overall();
  sampler.stop();
  say('');
  printTable(results, say);
  const targets = judgeTargets(results, maxRssMb);
  say('\nTargets (issue 6):');
  for (const t of targets) say(`  ${t.met ? 'met ' : 'MISS'}  ${t.target}: ${t.measured}`);
  say(`\nCiclo RSS: ${idleRssMb.toFixed(0)} MB at rest, ${maxRssMb.toFixed(0)} MB at most during the run.`);

  const report = {
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    commit,
    uncommittedFiles,
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version },
    settings: { seconds, warmup, connections: levels, poolSize, logLevel: values['log-level'] ?? 'info (default)', database: database.dataDir ? 'embedded' : 'external' },
    dataset: { counts: fixtures.counts, search: fixtures.search, deep: fixtures.deep },
    rss: { idleMb: Math.round(idleRssMb), maxMb: Math.round(maxRssMb) },
    loadAverage: { atEnd: loadAverage() },
    results,
    targets,
    notes: scenarios.filter((s) => s.note).map((s) => `${s.name}: ${s.note}`),
  };
  await mkdir(values.out, { recursive: true });
  const file = path.join(values.out, `${startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
  await writeFile(file, JSON.stringify(report, null, 2) + '\n');
  say(`Results: ${path.relative(process.cwd(), file)}`);
} catch (error) {
  if (server) console.error(`Ciclo's stderr:\n${server.stderrTail()}`);
  throw error;
} finally {
  await server?.stop();
  await raw?.end();
  await owner.end();
  await database.stop();
}
