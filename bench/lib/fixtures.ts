import type pg from 'pg';
import { Rng } from './random.js';

export type Fixtures = {
  orgId: string;
  admin: { id: string; email: string };
  rep: { id: string; email: string };
  /** Another team's rep, who does the writes, so the reads' rep keeps the generated data run after run. */
  rep2: { id: string; email: string };
  pipelineId: string;
  stages: { id: string; probability: string }[];
  counts: Record<string, number>;
  /** The rep's deals, shuffled: "get one by id". */
  repDeals: string[];
  /** rep2's open deals with their stage index, two disjoint halves: Ciclo's moves and the raw moves. */
  moves: { ciclo: Movable[]; raw: Movable[] };
  /** rep2's accounts: where the created deals go. */
  rep2Accounts: string[];
  search: { term: string; matches: number };
  /** The list's deep page: the row half-way down the filtered, sorted list (what a client would hold after many pages). */
  deep: { admin: Cursor; rep: Cursor };
};

export type Movable = { id: string; stage: number };
export type Cursor = { createdAt: string; id: string; position: number; total: number };

/** Reads what the scenarios need from the generated organisation (as the owner). */
export async function loadFixtures(owner: pg.Pool, emailDomain: string): Promise<Fixtures> {
  const q = async <T extends pg.QueryResultRow>(text: string, values: unknown[] = []) => (await owner.query<T>(text, values)).rows;
  const [admin] = await q<{ id: string; org_id: string }>('select id, org_id from users where lower(email) = $1', [`admin@${emailDomain}`]);
  if (!admin) throw new Error(`no organisation with admin@${emailDomain}: run npm run bench:generate first`);
  const orgId = admin.org_id;
  const userId = async (email: string) => {
    const [user] = await q<{ id: string }>('select id from users where lower(email) = $1', [email]);
    if (!user) throw new Error(`no user ${email}`);
    return user.id;
  };
  const rep = { id: await userId(`rep-1-1@${emailDomain}`), email: `rep-1-1@${emailDomain}` };
  const rep2 = { id: await userId(`rep-2-1@${emailDomain}`), email: `rep-2-1@${emailDomain}` };
  const [pipeline] = await q<{ id: string }>('select id from pipelines where org_id = $1 and is_default', [orgId]);
  const stages = await q<{ id: string; probability: string }>(
    'select id, probability::text from pipeline_stages where org_id = $1 and pipeline_id = $2 and archived_at is null order by position',
    [orgId, pipeline!.id],
  );
  const counts: Record<string, number> = {};
  for (const table of ['accounts', 'contacts', 'leads', 'opportunities', 'opportunity_stage_history', 'tasks', 'quotes', 'quote_lines', 'audit_events']) {
    counts[table] = (await q<{ n: number }>(`select count(*)::int as n from ${table} where org_id = $1`, [orgId]))[0]!.n;
  }
  const rng = new Rng(2026);
  const shuffle = <T>(items: T[]) => {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(rng.next() * (i + 1));
      [items[i], items[j]] = [items[j]!, items[i]!];
    }
    return items;
  };
  const repDeals = shuffle((await q<{ id: string }>('select id from opportunities where org_id = $1 and owner_id = $2 order by id limit 5000', [orgId, rep.id])).map((r) => r.id));
  const stageIndex = new Map(stages.map((s, i) => [s.id, i]));
  const open = shuffle(
    (await q<{ id: string; stage_id: string }>(
      "select id, stage_id from opportunities where org_id = $1 and owner_id = $2 and status = 'open' and archived_at is null order by id limit 4000",
      [orgId, rep2.id],
    )).map((r) => ({ id: r.id, stage: stageIndex.get(r.stage_id) ?? 0 })),
  );
  const half = Math.floor(open.length / 2);
  const rep2Accounts = (await q<{ id: string }>('select id from accounts where org_id = $1 and owner_id = $2 and archived_at is null order by id limit 2000', [orgId, rep2.id])).map((r) => r.id);

  // A customer's name as a user would type it: the first two words of a mid-list account's name.
  const [account] = await q<{ name: string }>('select name from accounts where org_id = $1 order by created_at, id offset (select count(*) / 2 from accounts where org_id = $1) limit 1', [orgId]);
  const term = account!.name.split(' ').slice(0, 2).join(' ');
  const [matches] = await q<{ n: number }>("select count(*)::int as n from opportunities where org_id = $1 and archived_at is null and name ilike '%' || $2 || '%'", [orgId, term]);

  const deepCursor = async (ownerId: string | null): Promise<Cursor> => {
    const where = `org_id = $1 and archived_at is null and status = 'open'${ownerId ? ' and owner_id = $2' : ''}`;
    const params = ownerId ? [orgId, ownerId] : [orgId];
    const [{ n }] = (await q<{ n: number }>(`select count(*)::int as n from opportunities where ${where}`, params)) as [{ n: number }];
    const position = Math.floor(n / 2);
    const [row] = await q<{ created_at: Date; id: string }>(`select created_at, id from opportunities where ${where} order by created_at desc, id desc offset ${position} limit 1`, params);
    return { createdAt: row!.created_at.toISOString(), id: row!.id, position, total: n };
  };

  return {
    orgId,
    admin: { id: admin.id, email: `admin@${emailDomain}` },
    rep,
    rep2,
    pipelineId: pipeline!.id,
    stages,
    counts,
    repDeals,
    moves: { ciclo: open.slice(0, half), raw: open.slice(half) },
    rep2Accounts,
    search: { term, matches: matches!.n },
    deep: { admin: await deepCursor(null), rep: await deepCursor(rep.id) },
  };
}

/** A list cursor as Ciclo writes it (collection.ts): the sort, the last row's sort value and id, base64url JSON. */
export function listCursor(sort: string, cursor: Cursor): string {
  return Buffer.from(JSON.stringify([sort, cursor.createdAt, cursor.id])).toString('base64url');
}
