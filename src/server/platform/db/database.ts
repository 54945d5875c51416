import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import * as schema from '../../db-schema.js';
import type { Config } from '../config.js';
import { appRolePassword, appRoleUrl, ensureAppRole, grantAppRole } from './app-role.js';
import { startEmbeddedPostgres } from './embedded.js';

export type Db = NodePgDatabase<typeof schema>;

export type Database = {
  db: Db;
  pool: pg.Pool;
  /** Owner connection string: migrations, first start and maintenance only, never requests. */
  ownerUrl: string;
  close(): Promise<void>;
};

export const migrationsFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../db/migrations');

// Serialises start-up work (migrations, roles) when several app processes start at once.
const startupLockKey = 7_262_021_001;

// Keep numeric and bigint as exact strings; timestamps as Dates.
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => v);

export async function openDatabase(config: Config, log: (m: string) => void): Promise<Database> {
  const embedded = config.databaseUrl ? null : await startEmbeddedPostgres(config.dataDir, log);
  const ownerUrl = config.databaseUrl ?? embedded!.url;
  try {
    const appUrl = await prepareDatabase(ownerUrl, config);
    const pool = new pg.Pool({ connectionString: appUrl, max: config.poolSize, application_name: 'ciclo' });
    pool.on('error', (e) => log(`database pool: ${e.message}`));
    const db = drizzle({ client: pool, schema, casing: 'snake_case' });
    return {
      db,
      pool,
      ownerUrl,
      close: async () => {
        await pool.end();
        await embedded?.stop();
      },
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}

/** Applies the committed migrations and makes sure the app role exists with its grants; answers the app's URL. */
export async function prepareDatabase(ownerUrl: string, config: Pick<Config, 'appRole' | 'appDatabaseUrl'>): Promise<string> {
  const owner = new pg.Client({ connectionString: ownerUrl, application_name: 'ciclo-migrate' });
  await owner.connect();
  try {
    await owner.query('select pg_advisory_lock($1)', [startupLockKey]);
    await owner.query('set client_min_messages = warning');
    await migrate(drizzle({ client: owner }), { migrationsFolder });
    if (config.appDatabaseUrl) {
      await grantAppRole(owner, decodeURIComponent(new URL(config.appDatabaseUrl).username));
      return config.appDatabaseUrl;
    }
    await ensureAppRole(owner, config.appRole, appRolePassword(ownerUrl, config.appRole));
    return appRoleUrl(ownerUrl, config.appRole);
  } finally {
    await owner.query('select pg_advisory_unlock($1)', [startupLockKey]).catch(() => {});
    await owner.end();
  }
}
