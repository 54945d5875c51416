import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/contracts/common.js';
import { actorOf, type Actor } from '../../src/server/platform/access/actor.js';
import { scopeOf, visibleTo, type RecordKind } from '../../src/server/platform/access/visibility.js';
import { withTenant } from '../../src/server/platform/db/tenant.js';
import { call, newOrganization, startHarness, type Harness, type Session } from '../support/harness.js';

let h: Harness;
let orgId: string;
const people: Record<string, Session> = {};
let teamNorth: string;
let teamSouth: string;

beforeAll(async () => {
  h = await startHarness();
  const org = await newOrganization(h);
  orgId = org.admin.orgId;
  people.admin = org.admin;
  const team = async (name: string) => (await call(h.app, 'POST', '/api/v1/teams', { session: org.admin, body: { name } })).body.id as string;
  teamNorth = await team('North');
  teamSouth = await team('South');
  people.managerNorth = await org.member('sales_manager', { teamId: teamNorth });
  people.repNorth = await org.member('sales_rep', { teamId: teamNorth });
  people.repNorth2 = await org.member('sales_rep', { teamId: teamNorth });
  people.repSouth = await org.member('sales_rep', { teamId: teamSouth });
  people.finance = await org.member('finance');
  // A manager also sees the teams they manage without belonging to them.
  await call(h.app, 'PATCH', `/api/v1/teams/${teamSouth}`, { session: org.admin, body: { managerId: people.managerNorth.userId } });
});
afterAll(() => h.close());

function actorFor(session: Session, role: Role, teamId: string | null): Actor {
  return actorOf({ orgId, userId: session.userId, role, teamId });
}

/** Owners of the records a role can see, from a table of owned records (one per person) in real SQL. */
async function visibleOwners(actor: Actor, kind: RecordKind): Promise<string[]> {
  return withTenant(h.db, orgId, actor.userId, async (tx) => {
    const owners = Object.values(people).map((p) => p.userId);
    const condition = visibleTo(actor, kind, sql`owned.owner_id`);
    const rows = await tx.execute<{ owner_id: string }>(
      sql`select owner_id from unnest(${sql.param(owners)}::uuid[]) as owned(owner_id) where ${condition ?? sql`true`} order by 1`,
    );
    return rows.rows.map((r) => r.owner_id).sort();
  });
}

const ids = (...names: string[]) => names.map((n) => people[n]!.userId).sort();

describe('record visibility by role', () => {
  it('lets a sales rep see only their own sales records', async () => {
    expect(await visibleOwners(actorFor(people.repNorth!, 'sales_rep', teamNorth), 'sales')).toEqual(ids('repNorth'));
  });

  it('lets a manager see their own, their team’s and the teams they manage', async () => {
    expect(await visibleOwners(actorFor(people.managerNorth!, 'sales_manager', teamNorth), 'sales')).toEqual(
      ids('managerNorth', 'repNorth', 'repNorth2', 'repSouth'),
    );
  });

  it('lets a manager without a team see only what they own or manage', async () => {
    await call(h.app, 'PATCH', `/api/v1/teams/${teamSouth}`, { session: people.admin!, body: { managerId: null } });
    expect(await visibleOwners(actorFor(people.managerNorth!, 'sales_manager', null), 'sales')).toEqual(ids('managerNorth'));
    await call(h.app, 'PATCH', `/api/v1/teams/${teamSouth}`, { session: people.admin!, body: { managerId: people.managerNorth!.userId } });
  });

  it('lets admin and finance see every sales and finance record', async () => {
    const everyone = Object.keys(people);
    expect(await visibleOwners(actorFor(people.admin!, 'admin', null), 'sales')).toEqual(ids(...everyone));
    expect(await visibleOwners(actorFor(people.finance!, 'finance', null), 'finance')).toEqual(ids(...everyone));
  });

  it.each([
    ['admin', 'sales', 'all'],
    ['sales_manager', 'sales', 'team'],
    ['sales_rep', 'sales', 'own'],
    ['finance', 'finance', 'all'],
    ['support', 'service', 'all'],
    ['support', 'finance', 'own'],
    ['support', 'fulfilment', 'all'],
    ['sales_rep', 'fulfilment', 'own'],
  ] as const)('gives %s the %s scope %s', (role, kind, scope) => {
    expect(scopeOf(role, kind)).toBe(scope);
  });
});
