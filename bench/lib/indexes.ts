import type pg from 'pg';

/**
 * Runs a bulk load with the tables' secondary indexes dropped and built again afterwards (one sort
 * per index instead of millions of random inserts). All in one transaction: if the load fails, the
 * indexes come back with the rollback. Indexes that back constraints (primary keys, uniques) stay.
 */
export async function withIndexesRebuilt<T>(client: pg.ClientBase, tables: readonly string[], load: () => Promise<T>, log: (m: string) => void): Promise<T> {
  await client.query('begin');
  try {
    const { rows } = await client.query<{ name: string; definition: string }>(
      `select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as definition
       from pg_index i
       where i.indrelid::regclass::text = any($1::text[])
         and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)`,
      [tables],
    );
    for (const index of rows) await client.query(`drop index ${index.name}`);
    const result = await load();
    const started = performance.now();
    for (const index of rows) await client.query(index.definition);
    log(`rebuilt ${rows.length} indexes in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    await client.query('commit');
    return result;
  } catch (error) {
    await client.query('rollback').catch(() => {});
    throw error;
  }
}
