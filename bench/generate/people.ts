import type pg from 'pg';
import { copyRows, type CopyResult, type CopyValue } from '../lib/copy.js';
import { Rng } from '../lib/random.js';
import type { World } from './world.js';
import { firstNames, lastNames, teamNames } from './words.js';

/**
 * Five teams of ten: a sales manager and nine reps each, all with one password (hashed once).
 * Teams and users reference each other, so teams get their manager once the users exist.
 */
export async function loadPeople(client: pg.ClientBase, world: World, passwordHash: string): Promise<CopyResult[]> {
  const { orgId, adminId } = world.seeded;
  const created = new Date(world.start - 30 * 86_400_000);
  const teams = await copyRows(
    client,
    'teams',
    ['id', 'org_id', 'name', 'created_by', 'created_at', 'updated_at'],
    teamNames.map((name, i): CopyValue[] => [world.ids.team(i), orgId, name, adminId, created, created]),
  );
  const rng = new Rng(world.seedFor('users'));
  const users = await copyRows(
    client,
    'users',
    ['id', 'org_id', 'email', 'name', 'role', 'team_id', 'locale', 'password_hash', 'created_by', 'created_at', 'updated_at'],
    world.users.map((u): CopyValue[] => [
      u.id, orgId, u.email, `${rng.pick(firstNames)} ${rng.pick(lastNames)}`, u.role, world.ids.team(u.team), 'en', passwordHash, adminId, created, created,
    ]),
  );
  for (let team = 0; team < teamNames.length; team++) {
    const manager = world.users.find((u) => u.team === team && u.role === 'sales_manager')!;
    await client.query('update teams set manager_id = $1 where id = $2', [manager.id, world.ids.team(team)]);
  }
  return [teams, users];
}
