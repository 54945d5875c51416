import { pathToFileURL } from 'node:url';
import { systemClock } from './kernel/clock.js';
import { buildApp } from './app.js';
import { demoAdminEmail, demoPassword, loadDemoData } from './demo/demo-data.js';
import { ensureFirstAdmin } from './first-start.js';
import { readConfig } from './platform/config.js';
import { openDatabase } from './platform/db/database.js';

export type RunningCiclo = { url: string; close(): Promise<void> };

/** start: config → database (embedded or external) → migrations → first admin → app → listen. */
export async function startCiclo(env: NodeJS.ProcessEnv = process.env): Promise<RunningCiclo> {
  const config = readConfig(env);
  const say = (message: string) => {
    if (config.logLevel !== 'silent') console.log(message);
  };
  const database = await openDatabase(config, say);
  try {
    await ensureFirstAdmin(database.db, database.ownerUrl, config, (m) => console.log(m));
    if (config.loadDemo) {
      const demo = await loadDemoData(database.db, database.ownerUrl);
      if (demo.created) {
        say(`Demo data loaded: ${demo.accounts} accounts, ${demo.deals} opportunities, ${demo.quotes} quotes, ${demo.orders} orders, ${demo.invoices} invoices, ${demo.payments} payments.`);
        say(`Sign in as ${demoAdminEmail} with the password ${demoPassword}.`);
      }
    }
    const { app } = await buildApp({ db: database.db, pool: database.pool, clock: systemClock, config });
    await app.listen({ port: config.port, host: config.host });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const url = `http://localhost:${port}`;
    say(`Ciclo is running on ${url} (API reference: ${url}/api/docs)`);
    return {
      url,
      close: async () => {
        await app.close();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const running = await startCiclo(process.argv.includes('--demo') ? { ...process.env, CICLO_DEMO: '1' } : process.env);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void running.close().then(() => process.exit(0));
    });
  }
}
