// node --import tsx bench/start-db.ts [--data-dir /tmp/ciclo-bench]
// Starts the benchmark's embedded PostgreSQL and prints its owner and app URLs (for psql, EXPLAIN,
// or the generator's --database-url); Ctrl-C stops it.
import { parseArgs } from 'node:util';
import { openBenchDatabase } from './lib/database.js';

const { values } = parseArgs({ options: { 'data-dir': { type: 'string' } } });
const database = await openBenchDatabase({ dataDir: values['data-dir'] }, (m) => console.log(m));
console.log(`owner: ${database.ownerUrl}\napp:   ${database.appUrl}\n(Ctrl-C stops it)`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void database.stop().then(() => process.exit(0));
  });
}
