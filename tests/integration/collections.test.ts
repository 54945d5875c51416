import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, call, expectProblem, newOrganization, startHarness, type Harness, type Session } from '../support/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

type Territory = { id: string; name: string; code: string; createdAt: string; repId: string | null; archivedAt: string | null };

/** Seven territories, created one after another, in an order that is neither by name nor by code. */
const seed = [
  { name: 'Emilia', code: 'EMX' },
  { name: 'Bretagne', code: 'BR_2' },
  { name: 'Galicia', code: 'GAL' },
  { name: 'Andalucia Norte', code: 'AN-1' },
  { name: 'Flandes', code: 'FL-6' },
  { name: 'Castilla 100% Rural', code: 'CR-3' },
  { name: 'Dalarna', code: 'DAL-4' },
];

async function seeded(extra: (i: number) => Record<string, unknown> = () => ({})): Promise<{ admin: Session; created: Territory[] }> {
  const { admin } = await newOrganization(h);
  const created: Territory[] = [];
  for (const [i, t] of seed.entries()) {
    const res = await call(h.app, 'POST', '/api/v1/territories', { session: admin, body: { ...t, ...extra(i) } });
    expect(res.status).toBe(201);
    created.push(res.body as Territory);
  }
  return { admin, created };
}

async function get(session: Session, url: string) {
  const res = await call(h.app, 'GET', url, { session });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as { data: Territory[]; nextCursor: string | null };
}

/** Follows nextCursor from the first page until it is null; answers every page. */
async function allPages(session: Session, url: string): Promise<Territory[][]> {
  const pages: Territory[][] = [];
  let cursor: string | null = null;
  do {
    const page = await get(session, cursor ? `${url}&cursor=${encodeURIComponent(cursor)}` : url);
    pages.push(page.data);
    cursor = page.nextCursor;
  } while (cursor !== null && pages.length < 20);
  return pages;
}

const names = (rows: { name: string }[]) => rows.map((r) => r.name);

describe('keyset paging', () => {
  it('pages through every territory exactly once, in name order, 3 at a time', async () => {
    const { admin } = await seeded();
    const pages = await allPages(admin, '/api/v1/territories?limit=3&sort=name');
    expect(pages.map((p) => p.length)).toEqual([3, 3, 1]);
    expect(names(pages.flat())).toEqual([
      'Andalucia Norte',
      'Bretagne',
      'Castilla 100% Rural',
      'Dalarna',
      'Emilia',
      'Flandes',
      'Galicia',
    ]);
  });

  it('pages through every territory exactly once, newest first, with sort=-createdAt', async () => {
    const { admin, created } = await seeded();
    const pages = await allPages(admin, '/api/v1/territories?limit=3&sort=-createdAt');
    const expected = [...created].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || (a.id < b.id ? 1 : -1));
    expect(pages.flat().map((t) => t.id)).toEqual(expected.map((t) => t.id));
    expect(new Set(pages.flat().map((t) => t.id)).size).toBe(7);
  });

  it('answers nextCursor null when everything fits on one page', async () => {
    const { admin } = await seeded();
    const page = await get(admin, '/api/v1/territories?limit=7&sort=code');
    expect(page.data.map((t) => t.code)).toEqual(['AN-1', 'BR_2', 'CR-3', 'DAL-4', 'EMX', 'FL-6', 'GAL']);
    expect(page.nextCursor).toBeNull();
  });

  it.each([
    { from: 'name', to: 'createdAt' },
    { from: '-createdAt', to: 'code' },
    { from: 'name', to: '-name' },
  ])('answers 400 to a cursor of sort=$from used with sort=$to', async ({ from, to }) => {
    const { admin } = await seeded();
    const first = await get(admin, `/api/v1/territories?limit=3&sort=${from}`);
    expect(first.nextCursor).not.toBeNull();
    const res = await call(h.app, 'GET', `/api/v1/territories?limit=3&sort=${to}&cursor=${encodeURIComponent(first.nextCursor!)}`, { session: admin });
    expectProblem(res, 400);
    expect(res.body.errors).toEqual([expect.objectContaining({ path: 'cursor' })]);
  });
});

describe('search', () => {
  it.each([
    { q: 'andalucia', expected: ['Andalucia Norte'] },
    { q: 'NORTE', expected: ['Andalucia Norte'] },
    { q: 'dal', expected: ['Andalucia Norte', 'Dalarna'] },
    { q: 'br_2', expected: ['Bretagne'] },
    { q: 'fl-6', expected: ['Flandes'] },
    { q: '_', expected: ['Bretagne'] },
    { q: '%', expected: ['Castilla 100% Rural'] },
    { q: '0% r', expected: ['Castilla 100% Rural'] },
    { q: 'nowhere', expected: [] },
  ])('q=$q matches name or code case-insensitively, with % and _ taken literally', async ({ q, expected }) => {
    const { admin } = await seeded();
    const page = await get(admin, `/api/v1/territories?sort=name&q=${encodeURIComponent(q)}`);
    expect(names(page.data)).toEqual(expected);
  });
});

describe('filters and archived records', () => {
  it('filter[repId] lists only the territories of that rep', async () => {
    const { admin } = await newOrganization(h);
    const [rita, sam] = [await addUser(h, admin, 'sales_rep'), await addUser(h, admin, 'sales_rep')];
    const post = (name: string, code: string, repId: string | null) => call(h.app, 'POST', '/api/v1/territories', { session: admin, body: { name, code, repId } });
    await post('North', 'N', rita.id);
    await post('South', 'S', sam.id);
    await post('East', 'E', rita.id);
    await post('West', 'W', null);

    expect(names((await get(admin, `/api/v1/territories?sort=name&filter[repId]=${rita.id}`)).data)).toEqual(['East', 'North']);
    expect(names((await get(admin, `/api/v1/territories?sort=name&filter[repId]=${sam.id}`)).data)).toEqual(['South']);
    const rows = (await get(admin, `/api/v1/territories?filter[repId]=${rita.id}`)).data;
    expect(rows.every((t) => t.repId === rita.id)).toBe(true);
  });

  it('leaves archived records out by default, adds them with archived=include, lists them alone with archived=only', async () => {
    const { admin, created } = await seeded();
    const gone = created.filter((t) => ['Bretagne', 'Flandes'].includes(t.name));
    for (const t of gone) expect((await call(h.app, 'DELETE', `/api/v1/territories/${t.id}`, { session: admin })).status).toBe(204);

    const active = await get(admin, '/api/v1/territories?sort=name');
    expect(names(active.data)).toEqual(['Andalucia Norte', 'Castilla 100% Rural', 'Dalarna', 'Emilia', 'Galicia']);
    const everything = await get(admin, '/api/v1/territories?sort=name&archived=include');
    expect(everything.data).toHaveLength(7);
    const archived = await get(admin, '/api/v1/territories?sort=name&archived=only');
    expect(names(archived.data)).toEqual(['Bretagne', 'Flandes']);
    expect(archived.data.every((t) => t.archivedAt !== null)).toBe(true);
    expect((await call(h.app, 'GET', `/api/v1/territories/${gone[0]!.id}`, { session: admin })).body.archivedAt).not.toBeNull();
  });

  it('pages through archived=include without losing or repeating a record', async () => {
    const { admin, created } = await seeded();
    await call(h.app, 'DELETE', `/api/v1/territories/${created[0]!.id}`, { session: admin });
    const pages = await allPages(admin, '/api/v1/territories?limit=2&sort=name&archived=include');
    expect(pages.flat()).toHaveLength(7);
    expect(new Set(pages.flat().map((t) => t.id)).size).toBe(7);
  });

  it('filter[role]=sales_rep lists only sales reps', async () => {
    const { admin } = await newOrganization(h);
    const rep = await addUser(h, admin, 'sales_rep', { name: 'Rita Rep' });
    await addUser(h, admin, 'finance', { name: 'Fred Finance' });
    const res = await call(h.app, 'GET', '/api/v1/users?filter[role]=sales_rep', { session: admin });
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual([expect.objectContaining({ id: rep.id, role: 'sales_rep', name: 'Rita Rep' })]);
    const admins = await call(h.app, 'GET', '/api/v1/users?filter[role]=admin', { session: admin });
    expect(admins.body.data.map((u: { id: string }) => u.id)).toEqual([admin.userId]);
  });

  it('never lists the records of another organisation', async () => {
    const { admin } = await seeded();
    const other = await newOrganization(h);
    await call(h.app, 'POST', '/api/v1/territories', { session: other.admin, body: { name: 'Andalucia Sur', code: 'AS' } });
    expect(names((await get(admin, '/api/v1/territories?q=andalucia')).data)).toEqual(['Andalucia Norte']);
    expect(names((await get(other.admin, '/api/v1/territories?archived=include')).data)).toEqual(['Andalucia Sur']);
  });
});
