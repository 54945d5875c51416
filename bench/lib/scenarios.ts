import type pg from 'pg';
import { listCursor, type Fixtures, type Movable } from './fixtures.js';
import type { HttpRequest } from './load.js';

/** rep: rep-1-1, who reads; rep2: rep-2-1, who writes (so rep-1-1's data stays as generated). */
export type Actor = 'admin' | 'rep' | 'rep2';

/**
 * One thing users do, measured twice: through Ciclo's HTTP API (http) and as the SQL a hand-written
 * backend would need for the same answer (raw: one round trip for reads; one transaction writing the
 * same rows for writes). Scenarios without an endpoint have only the SQL.
 */
export type Scenario = {
  name: string;
  actor: Actor;
  group: 'list' | 'read' | 'write' | 'aggregate';
  http: (() => HttpRequest) | null;
  raw: (k: number) => Promise<unknown>;
  note?: string;
};

// The columns Ciclo's list and get read (opportunities.repository.ts), with the stage's inactivity days.
const dealColumns = `o.id, o.org_id, o.version, o.created_at, o.updated_at, o.created_by, o.archived_at, o.owner_id, o.name, o.account_id, o.contact_id,
  o.pipeline_id, o.stage_id, o.amount, o.currency, o.probability, o.expected_close_date, o.forecast_category, o.status, o.lost_reason_id, o.lost_note,
  o.closed_at, o.source_lead_id, o.stage_entered_at, o.last_activity_at, s.inactivity_days`;

/** The time-in-stage aggregate (no endpoint yet): finished stays of the last year per stage, average and median days. */
export const timeInStageSql = (ownerFilter: boolean) => `
  select h.stage_id, count(*)::int as stays,
         avg(extract(epoch from h.left_at - h.entered_at)) / 86400 as avg_days,
         percentile_cont(0.5) within group (order by extract(epoch from h.left_at - h.entered_at)) / 86400 as median_days
  from opportunity_stage_history h
  join opportunities o on o.id = h.opportunity_id
  where o.pipeline_id = $1 and o.archived_at is null and h.left_at is not null
    and h.entered_at >= now() - interval '365 days'${ownerFilter ? ' and o.owner_id = $2' : ''}
  group by h.stage_id`;

async function transaction<T>(pool: pg.Pool, fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    const result = await fn(client);
    await client.query('commit');
    return result;
  } catch (error) {
    await client.query('rollback').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

/** The scenarios of issue 6, reads first, writes last. `raw` is a pool of the app role with app.org_id set for the session (row-level security applies). */
export function buildScenarios(f: Fixtures, raw: pg.Pool): Scenario[] {
  const rep = f.rep.id;
  const writer = f.rep2.id;
  const owner = (actor: Actor) => (actor === 'rep' ? `o.owner_id = '${rep}' and ` : '');
  const openList = `/api/v1/opportunities?filter%5Bstatus%5D=open&sort=-createdAt&limit=50`;
  const listSql = (actor: 'admin' | 'rep', deep: boolean) =>
    `select ${dealColumns} from opportunities o join pipeline_stages s on s.id = o.stage_id
     where ${owner(actor)}o.archived_at is null and o.status = 'open'${deep ? ' and (o.created_at < $1 or (o.created_at = $1 and o.id < $2))' : ''}
     order by o.created_at desc, o.id desc limit 51`;

  const list = (actor: 'admin' | 'rep', deep: boolean): Scenario => {
    const cursor = f.deep[actor];
    const path = deep ? `${openList}&cursor=${listCursor('-createdAt', cursor)}` : openList;
    const sql = listSql(actor, deep);
    return {
      name: `list ${deep ? `deep page (row ${cursor.position} of ${cursor.total})` : 'first page'}`,
      actor,
      group: 'list',
      http: () => ({ method: 'GET', path }),
      raw: () => raw.query(sql, deep ? [cursor.createdAt, cursor.id] : []),
    };
  };

  const moves = (deals: Movable[]) => (k: number) => {
    const deal = deals[k % deals.length]!;
    deal.stage = (deal.stage + 1) % f.stages.length;
    return { id: deal.id, stage: f.stages[deal.stage]! };
  };
  const nextCicloMove = moves(f.moves.ciclo);
  const nextRawMove = moves(f.moves.raw);
  let httpCount = 0;

  return [
    list('admin', false),
    list('rep', false),
    list('admin', true),
    list('rep', true),
    {
      name: 'get one by id',
      actor: 'rep',
      group: 'read',
      http: () => ({ method: 'GET', path: `/api/v1/opportunities/${f.repDeals[httpCount++ % f.repDeals.length]}` }),
      raw: (k) =>
        raw.query(`select ${dealColumns} from opportunities o join pipeline_stages s on s.id = o.stage_id where o.id = $1 and ${owner('rep')}true`, [
          f.repDeals[k % f.repDeals.length],
        ]),
    },
    {
      name: `search by name (q="${f.search.term}", ${f.search.matches} matches)`,
      actor: 'admin',
      group: 'list',
      http: () => ({ method: 'GET', path: `/api/v1/opportunities?q=${encodeURIComponent(f.search.term)}&limit=50` }),
      raw: () =>
        raw.query(
          `select ${dealColumns} from opportunities o join pipeline_stages s on s.id = o.stage_id
           where o.archived_at is null and o.name ilike $1 order by o.created_at desc, o.id desc limit 51`,
          [`%${f.search.term}%`],
        ),
    },
    ...(['admin', 'rep'] as const).map(
      (actor): Scenario => ({
        name: 'pipeline by stage (summary)',
        actor,
        group: 'aggregate',
        http: () => ({ method: 'GET', path: `/api/v1/pipelines/${f.pipelineId}/summary` }),
        raw: () =>
          raw.query(
            `select o.stage_id, o.currency, count(*)::int, sum(o.amount)::text, sum(o.amount * o.probability / 100)::text from opportunities o
             where o.pipeline_id = $1 and o.status = 'open' and o.archived_at is null${actor === 'rep' ? ` and o.owner_id = '${rep}'` : ''}
             group by o.stage_id, o.currency`,
            [f.pipelineId],
          ),
      }),
    ),
    ...(['admin', 'rep'] as const).map(
      (actor): Scenario => ({
        name: 'time in stage (SQL only: no endpoint yet)',
        actor,
        group: 'aggregate',
        http: null,
        raw: () => raw.query(timeInStageSql(actor === 'rep'), actor === 'rep' ? [f.pipelineId, rep] : [f.pipelineId]),
      }),
    ),
    {
      name: 'create an opportunity',
      actor: 'rep2',
      group: 'write',
      http: () => {
        const k = httpCount++;
        return {
          method: 'POST',
          path: '/api/v1/opportunities',
          body: JSON.stringify({ name: `Bench deal ${k}`, accountId: f.rep2Accounts[k % f.rep2Accounts.length], amount: { amount: '1000.00', currency: 'EUR' } }),
        };
      },
      raw: (k) =>
        transaction(raw, async (c) => {
          const account = await c.query('select id, currency from accounts where id = $1 and owner_id = $2 and archived_at is null', [f.rep2Accounts[k % f.rep2Accounts.length], writer]);
          if (!account.rowCount) throw new Error('no such account');
          const stage = f.stages[0]!;
          const { rows } = await c.query<{ id: string }>(
            `insert into opportunities (org_id, owner_id, name, account_id, pipeline_id, stage_id, amount, currency, probability, stage_entered_at, last_activity_at, created_by)
             values ($1, $2, $3, $4, $5, $6, '1000.00', 'EUR', $7, now(), now(), $2) returning *`,
            [f.orgId, writer, `Raw deal ${k}`, f.rep2Accounts[k % f.rep2Accounts.length], f.pipelineId, stage.id, stage.probability],
          );
          const id = rows[0]!.id;
          await c.query('insert into opportunity_stage_history (org_id, opportunity_id, stage_id, entered_at, entered_by) values ($1, $2, $3, now(), $4)', [f.orgId, id, stage.id, writer]);
          await c.query(
            `insert into audit_events (org_id, actor_user_id, entity_type, entity_id, action, changes, request_id) values ($1, $2, 'opportunities', $3, 'create', $4, 'bench-raw')`,
            [f.orgId, writer, id, JSON.stringify({ name: { before: null, after: `Raw deal ${k}` } })],
          );
        }),
      note: 'raw: the account check and the three inserts (deal, stage stay, audit row) in one transaction',
    },
    {
      name: 'move a stage',
      actor: 'rep2',
      group: 'write',
      http: () => {
        const move = nextCicloMove(httpCount++);
        return { method: 'POST', path: `/api/v1/opportunities/${move.id}/move`, body: JSON.stringify({ stageId: move.stage.id }) };
      },
      raw: (k) =>
        transaction(raw, async (c) => {
          const move = nextRawMove(k);
          const before = await c.query<{ stage_id: string }>("select stage_id from opportunities where id = $1 and owner_id = $2 and status = 'open' for update", [move.id, writer]);
          if (!before.rowCount) throw new Error('no such open deal');
          await c.query('update opportunity_stage_history set left_at = now(), left_by = $2 where opportunity_id = $1 and left_at is null', [move.id, writer]);
          await c.query('insert into opportunity_stage_history (org_id, opportunity_id, stage_id, entered_at, entered_by) values ($1, $2, $3, now(), $4)', [f.orgId, move.id, move.stage.id, writer]);
          await c.query(
            `update opportunities set stage_id = $2, probability = $3, stage_entered_at = now(), last_activity_at = now(), version = version + 1, updated_at = now()
             where id = $1 returning *`,
            [move.id, move.stage.id, move.stage.probability],
          );
          await c.query(
            `insert into audit_events (org_id, actor_user_id, entity_type, entity_id, action, changes, request_id) values ($1, $2, 'opportunities', $3, 'transition', $4, 'bench-raw')`,
            [f.orgId, writer, move.id, JSON.stringify({ stageId: { before: before.rows[0]!.stage_id, after: move.stage.id } })],
          );
        }),
      note: 'raw: lock, close the stay, open the next, update the deal, audit row; one transaction',
    },
  ];
}
