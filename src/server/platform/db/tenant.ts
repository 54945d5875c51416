import { sql } from 'drizzle-orm';
import type { Db } from './database.js';

export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/**
 * Runs fn in one transaction scoped to an organisation: row-level security lets it see and write
 * only that organisation's rows. One command, one transaction: a failure writes nothing.
 */
export async function withTenant<T>(db: Db, orgId: string, userId: string | null, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('app.org_id', ${orgId}, true), set_config('app.user_id', ${userId ?? ''}, true)`);
    return fn(tx);
  });
}
