import type pg from 'pg';

export type Violation = { constraint: string; table: string; rows: number };

/**
 * Checks every foreign key of these tables for one organisation's rows with one anti-join each: what
 * PostgreSQL would have checked row by row had the load not switched the triggers off.
 */
export async function foreignKeyViolations(client: pg.ClientBase | pg.Pool, orgId: string, tables: readonly string[]): Promise<Violation[]> {
  const { rows: keys } = await client.query<{ name: string; child: string; parent: string; child_cols: string[]; parent_cols: string[] }>(
    `select c.conname as name, c.conrelid::regclass::text as child, c.confrelid::regclass::text as parent,
            array(select a.attname from unnest(c.conkey) with ordinality k(n, i) join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.n order by k.i)::text[] as child_cols,
            array(select a.attname from unnest(c.confkey) with ordinality k(n, i) join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.n order by k.i)::text[] as parent_cols
     from pg_constraint c where c.contype = 'f' and c.conrelid::regclass::text = any($1::text[]) order by 2, 1`,
    [tables],
  );
  const violations: Violation[] = [];
  for (const key of keys) {
    const orgColumn = key.child === 'organizations' ? 'id' : 'org_id';
    const notNull = key.child_cols.map((c) => `c.${c} is not null`).join(' and ');
    const match = key.child_cols.map((c, i) => `p.${key.parent_cols[i]} = c.${c}`).join(' and ');
    const { rows } = await client.query<{ n: number }>(
      `select count(*)::int as n from ${key.child} c where c.${orgColumn} = $1 and ${notNull}
       and not exists (select 1 from ${key.parent} p where ${match})`,
      [orgId],
    );
    if (rows[0]!.n > 0) violations.push({ constraint: key.name, table: key.child, rows: rows[0]!.n });
  }
  return violations;
}
