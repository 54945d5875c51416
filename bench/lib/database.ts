import os from 'node:os';
import path from 'node:path';
import { prepareDatabase } from '../../src/server/platform/db/database.js';
import { startEmbeddedPostgres } from '../../src/server/platform/db/embedded.js';

export const defaultBenchDir = path.join(os.tmpdir(), 'ciclo-bench');

export type BenchDatabase = { ownerUrl: string; appUrl: string; dataDir: string | null; stop(): Promise<void> };

/**
 * The benchmark's PostgreSQL: the one at --database-url (its owner), or an embedded one in its own
 * data folder, laid out as Ciclo's (CICLO_DATA_DIR=<dir> npm start serves the same data). Migrated.
 */
export async function openBenchDatabase(options: { databaseUrl?: string | undefined; dataDir?: string | undefined }, log: (m: string) => void): Promise<BenchDatabase> {
  if (options.databaseUrl) {
    const appUrl = await prepareDatabase(options.databaseUrl, { appRole: 'ciclo_app', appDatabaseUrl: undefined });
    return { ownerUrl: options.databaseUrl, appUrl, dataDir: null, stop: async () => {} };
  }
  const dataDir = path.resolve(options.dataDir ?? defaultBenchDir);
  const embedded = await startEmbeddedPostgres(dataDir, log);
  try {
    const appUrl = await prepareDatabase(embedded.url, { appRole: 'ciclo_app', appDatabaseUrl: undefined });
    return { ownerUrl: embedded.url, appUrl, dataDir, stop: () => embedded.stop() };
  } catch (error) {
    await embedded.stop();
    throw error;
  }
}
