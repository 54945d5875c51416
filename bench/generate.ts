// npm run bench:generate -- [--scale 1] [--data-dir /tmp/ciclo-bench | --database-url postgres://owner@host/db] [--seed 6] [--as-of 2026-11-23]
// Loads the benchmark organisation (bench/README.md). Prints rows/s and time per table.
import { parseArgs } from 'node:util';
import { benchPassword, defaultEmailDomain, generateDataset } from './generate/index.js';
import { openBenchDatabase } from './lib/database.js';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    'data-dir': { type: 'string' },
    'database-url': { type: 'string' },
    seed: { type: 'string', default: '6' },
    'as-of': { type: 'string' },
    'email-domain': { type: 'string', default: defaultEmailDomain },
    'row-checks': { type: 'boolean', default: false },
  },
});
const scale = Number(values.scale);
const seed = Number(values.seed);
if (!(scale > 0 && scale <= 10) || !Number.isInteger(seed)) {
  console.error('--scale must be a number in (0, 10] and --seed an integer');
  process.exit(2);
}
if (values['as-of'] !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values['as-of'])) {
  console.error('--as-of must be a date, YYYY-MM-DD');
  process.exit(2);
}

const log = (m: string) => console.log(m);
const database = await openBenchDatabase({ databaseUrl: values['database-url'], dataDir: values['data-dir'] }, log);
try {
  const report = await generateDataset({
    ownerUrl: database.ownerUrl,
    appUrl: database.appUrl,
    scale,
    seed,
    asOf: values['as-of'],
    emailDomain: values['email-domain'],
    fast: !values['row-checks'],
    log,
  });
  const rows = report.tables.reduce((n, t) => n + t.rows, 0);
  console.log(`\n${rows} rows in ${(report.totalMs / 1000).toFixed(1)} s (foreign keys checked ${report.foreignKeysChecked}).`);
  if (report.violations.length > 0) {
    console.error('Foreign keys that do not hold:', report.violations);
    process.exitCode = 1;
  }
  console.log(`Sign in as ${report.adminEmail}, manager-1@${report.emailDomain} or rep-1-1@${report.emailDomain} with the password ${benchPassword}.`);
  if (database.dataDir) console.log(`Data folder: ${database.dataDir} (CICLO_DATA_DIR=${database.dataDir} npm start serves it; npm run bench -- --data-dir ${database.dataDir} measures it).`);
} finally {
  await database.stop();
}
