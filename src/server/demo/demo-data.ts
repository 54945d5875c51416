import pg from 'pg';
import type { Role } from '../../contracts/common.js';
import { systemClock } from '../kernel/clock.js';
import { actorOf } from '../platform/access/actor.js';
import type { Db } from '../platform/db/database.js';
import { withTenant } from '../platform/db/tenant.js';
import { createTeam, createTerritory, createUser, updateOrganization, updateTeam } from '../modules/directory/index.js';
import { createOrganizationWithDefaults } from '../organizations.js';
import { loadDemoCatalog } from './demo-catalog.js';
import { loadDemoDocuments, type DemoDocumentCounts } from './demo-documents.js';
import { loadDemoSales } from './demo-sales.js';
import { seededRandom } from './random.js';

export const demoPassword = 'ciclo-demo-2026';
export const demoAdminEmail = 'admin@demo.ciclo.test';

const firstNames = {
  es: ['Lucía', 'Javier', 'Carmen', 'Alejandro', 'Marta', 'Diego', 'Elena', 'Pablo', 'Sofía', 'Andrés', 'Isabel', 'Raúl'],
  latam: ['Valentina', 'Mateo', 'Camila', 'Santiago', 'Renata', 'Joaquín', 'Daniela', 'Emiliano'],
  fa: ['Sara', 'Reza', 'Maryam', 'Ali', 'Niloufar', 'Amir', 'Shirin', 'Kian'],
};
const lastNames = {
  es: ['García', 'Fernández', 'López', 'Martínez', 'Sánchez', 'Romero', 'Navarro', 'Torres', 'Iglesias', 'Ortega'],
  latam: ['Hernández', 'Ramírez', 'Flores', 'Castillo', 'Vargas', 'Mendoza', 'Rojas', 'Aguilar'],
  fa: ['Ahmadi', 'Hosseini', 'Karimi', 'Rahimi', 'Moradi', 'Jafari', 'Tehrani', 'Sadeghi'],
};

type Region = keyof typeof firstNames;

const teams: { key: string; name: string; region: Region; reps: number }[] = [
  { key: 'north', name: 'Ventas Norte', region: 'es', reps: 4 },
  { key: 'south', name: 'Ventas Sur', region: 'es', reps: 3 },
  { key: 'latam', name: 'Latinoamérica', region: 'latam', reps: 3 },
  { key: 'iran', name: 'فروش تهران', region: 'fa', reps: 2 },
];

const territories: { code: string; name: string; description: string; team: string }[] = [
  { code: 'ES-N', name: 'Norte', description: 'País Vasco, Cantabria, Asturias y Navarra', team: 'north' },
  { code: 'ES-C', name: 'Centro', description: 'Madrid y Castilla', team: 'north' },
  { code: 'ES-S', name: 'Sur', description: 'Andalucía y Murcia', team: 'south' },
  { code: 'ES-E', name: 'Levante', description: 'Valencia y Cataluña', team: 'south' },
  { code: 'MX', name: 'México', description: 'Ciudad de México, Monterrey y Guadalajara', team: 'latam' },
  { code: 'CO', name: 'Colombia', description: 'Bogotá y Medellín', team: 'latam' },
  { code: 'IR-THR', name: 'تهران', description: 'تهران و البرز', team: 'iran' },
];

async function demoLoaded(ownerUrl: string): Promise<boolean> {
  const owner = new pg.Client({ connectionString: ownerUrl });
  await owner.connect();
  try {
    return ((await owner.query('select 1 from users where lower(email) = $1', [demoAdminEmail])).rowCount ?? 0) > 0;
  } finally {
    await owner.end();
  }
}

function emailOf(first: string, last: string, taken: Set<string>): string {
  const base = `${first}.${last}`.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  let email = `${base}@demo.ciclo.test`;
  for (let n = 2; taken.has(email); n++) email = `${base}${n}@demo.ciclo.test`;
  taken.add(email);
  return email;
}

export type DemoSummary = { created: boolean; users: number; accounts: number; deals: number; leads: number; products: number } & Omit<DemoDocumentCounts, 'deals'>;

/**
 * Fills a demo organisation ("Suministros Iberia") with teams, managers, reps, finance, support and
 * territories, customers and deals, a catalog, and quotes through to payments; the same seed always gives
 * the same data. Skips if the demo organisation exists.
 */
export async function loadDemoData(db: Db, ownerUrl: string, seed = 2026): Promise<DemoSummary> {
  if (await demoLoaded(ownerUrl)) {
    return { created: false, users: 0, accounts: 0, deals: 0, leads: 0, products: 0, quotes: 0, orders: 0, deliveries: 0, invoices: 0, creditNotes: 0, payments: 0 };
  }
  const random = seededRandom(seed);
  const { orgId, adminId } = await createOrganizationWithDefaults(db, {
    name: 'Suministros Iberia S.L.',
    baseCurrency: 'EUR',
    defaultLocale: 'es',
    admin: { email: demoAdminEmail, name: 'Admin Demo', password: demoPassword },
  });
  const actor = actorOf({ orgId, userId: adminId, role: 'admin' }, { requestId: 'demo-data' });
  const taken = new Set<string>([demoAdminEmail]);
  let users = 1;
  let summary: Omit<DemoSummary, 'created' | 'users'> | undefined;
  await withTenant(db, orgId, adminId, async (tx) => {
    const ctx = { tx, actor, clock: systemClock };
    await updateOrganization(ctx, { taxIds: [{ scheme: 'ES:NIF', value: 'B12345674' }] });
    const person = async (role: Role, region: Region, teamId: string | null) => {
      const first = random.pick(firstNames[region]);
      const last = random.pick(lastNames[region]);
      const locale = region === 'fa' ? 'fa' : 'es';
      users += 1;
      return createUser(ctx, { email: emailOf(first, last, taken), name: `${first} ${last}`, role, teamId, locale, password: demoPassword });
    };
    const repsByTeam = new Map<string, string[]>();
    const territoriesByTeam = new Map<string, string[]>();
    for (const t of teams) {
      const team = await createTeam(ctx, { name: t.name });
      const manager = await person('sales_manager', t.region, team.id);
      await updateTeam(ctx, team.id, { managerId: manager.id });
      const reps: string[] = [];
      for (let i = 0; i < t.reps; i++) reps.push((await person('sales_rep', t.region, team.id)).id);
      repsByTeam.set(t.key, reps);
    }
    await person('finance', 'es', null);
    await person('support', 'es', null);
    await person('support', 'latam', null);
    for (const [i, t] of territories.entries()) {
      const reps = repsByTeam.get(t.team)!;
      const territory = await createTerritory(ctx, { code: t.code, name: t.name, description: t.description, repId: reps[i % reps.length]! });
      territoriesByTeam.set(t.team, [...(territoriesByTeam.get(t.team) ?? []), territory.id]);
    }
    const sales = await loadDemoSales(
      ctx,
      random,
      teams.map((t) => ({ region: t.region, repIds: repsByTeam.get(t.key)!, territoryIds: territoriesByTeam.get(t.key)! })),
    );
    // After the sales, so the people and deals a seed gives stay the same as before the catalog existed;
    // the documents after the catalog for the same reason.
    const catalog = await loadDemoCatalog(ctx, random);
    const { deals, ...documents } = await loadDemoDocuments(ctx, random, sales.created, catalog);
    summary = { accounts: sales.accounts, deals: sales.deals + deals, leads: sales.leads, products: catalog.products, ...documents };
  });
  return { created: true, users, ...summary! };
}
