import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, countRows, expectProblem, startHarness, type Harness, type Session } from '../support/harness.js';
import { newAccount, salesOrganization, type SalesOrganization } from '../support/sales-org.js';
import { newTask, ok } from '../support/tasks.js';

let h: Harness;
let o: SalesOrganization;
beforeAll(async () => {
  h = await startHarness();
  o = await salesOrganization(h);
});
afterAll(() => h.close());

const url = '/api/v1/task-views';
const post = (session: Session, body: unknown) => call(h.app, 'POST', url, { session, body });
const names = async (session: Session, query = '') => ((await ok(call(h.app, 'GET', `${url}?limit=200${query}`, { session }))).body.data as { name: string }[]).map((v) => v.name);

describe('saved task views', () => {
  it('saves the explorer’s filters, sort and search, and reads them back the same', async () => {
    const body = { name: 'Overdue calls', filters: { mine: 'todo', overdue: 'true', kind: 'call' }, sort: '-createdAt', q: 'renewal' };
    const res = await ok(post(o.repNorth, body), 201);
    expect(res.body).toMatchObject({ ...body, shared: false, ownerId: o.repNorth.userId, version: 1 });
    const read = await ok(call(h.app, 'GET', `${url}/${res.body.id}`, { session: o.repNorth }));
    expect(read.body).toEqual(res.body);
  });

  it('lists mine and the shared ones, never another person’s private view', async () => {
    await ok(post(o.repNorth2, { name: 'Nico private', filters: { mine: 'control' } }), 201);
    await ok(post(o.repNorth2, { name: 'Team pipeline review', filters: { priority: 'urgent' }, shared: true }), 201);
    const mine = await ok(post(o.repSouth, { name: 'Sam things' }), 201);
    const seen = await names(o.repSouth);
    expect(seen).toEqual(expect.arrayContaining(['Sam things', 'Team pipeline review']));
    expect(seen).not.toContain('Nico private');
    expect(mine.body).toMatchObject({ filters: {}, sort: 'dueDate', q: null, shared: false });
    expect(await names(o.repSouth, '&filter[shared]=true')).toEqual(expect.arrayContaining(['Team pipeline review']));
  });

  it('answers 404 for another person’s private view and 403 to change someone else’s shared one', async () => {
    const secret = await ok(post(o.repNorth2, { name: 'Only mine' }), 201);
    expectProblem(await call(h.app, 'GET', `${url}/${secret.body.id}`, { session: o.repSouth }), 404);
    expectProblem(await call(h.app, 'PATCH', `${url}/${secret.body.id}`, { session: o.repSouth, body: { name: 'Taken' } }), 404);
    const shared = await ok(post(o.repNorth2, { name: 'Shared by Nico', shared: true }), 201);
    expectProblem(await call(h.app, 'PATCH', `${url}/${shared.body.id}`, { session: o.repSouth, body: { name: 'Taken' } }), 403);
    expectProblem(await call(h.app, 'DELETE', `${url}/${shared.body.id}`, { session: o.repSouth }), 403);
    await ok(call(h.app, 'DELETE', `${url}/${shared.body.id}`, { session: o.repNorth2 }), 204);
    expect(await names(o.repSouth)).not.toContain('Shared by Nico');
  });

  it.each([
    [{ name: 'Bad status', filters: { status: 'sleeping' } }, 'filters.status'],
    [{ name: 'Bad flag', filters: { overdue: 'yes' } }, 'filters.overdue'],
    [{ name: 'Unknown filter', filters: { colour: 'red' } }, 'filters.colour'],
    [{ name: 'Bad sort', sort: 'subject' }, 'sort'],
    [{ name: '   ' }, 'name'],
  ])('refuses %j with 422 on the failing path and writes nothing', async (body, path) => {
    const before = await countRows(h, 'task_views', o.orgId);
    const res = await post(o.repNorth, body);
    expectProblem(res, 422);
    expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ path })]));
    expect(await countRows(h, 'task_views', o.orgId)).toBe(before);
  });

  it('changes a view with If-Match (412 when stale), checking the new filters, and audits it', async () => {
    const view = await ok(post(o.repNorth, { name: 'To tune', filters: { mine: 'todo' } }), 201);
    const path = `${url}/${view.body.id}`;
    expectProblem(await call(h.app, 'PATCH', path, { session: o.repNorth, body: { filters: { mine: 'sometimes' } } }), 422);
    const changed = await ok(call(h.app, 'PATCH', path, { session: o.repNorth, body: { filters: { mine: 'control', status: 'done' }, shared: true }, headers: { 'if-match': '"1"' } }));
    expect(changed.body).toMatchObject({ version: 2, filters: { mine: 'control', status: 'done' }, shared: true, name: 'To tune' });
    expectProblem(await call(h.app, 'PATCH', path, { session: o.repNorth, body: { name: 'Stale' }, headers: { 'if-match': '"1"' } }), 412);
    const trail = await ok(call(h.app, 'GET', `${path}/timeline`, { session: o.repNorth }));
    expect((trail.body.data as { action: string }[]).map((e) => e.action)).toEqual(['update', 'create']);
  });

  it('answers 409 naming the duplicate name among your own views', async () => {
    await ok(post(o.managerNorth, { name: 'Weekly' }), 201);
    const res = await post(o.managerNorth, { name: 'weekly' });
    expectProblem(res, 409);
    expect(res.body.errors).toEqual([expect.objectContaining({ path: 'name' })]);
    await ok(post(o.repNorth2, { name: 'Weekly' }), 201);
  });

  it('a saved view applied to the explorer lists what its filters say', async () => {
    const account = await newAccount(h, o.repNorth);
    const urgent = await newTask(h, o.repNorth, { type: 'account', id: account.id }, { priority: 'urgent', subject: 'Urgent view test' });
    await newTask(h, o.repNorth, { type: 'account', id: account.id }, { priority: 'low', subject: 'Low view test' });
    const view = (await ok(post(o.repNorth, { name: 'Urgent on account', filters: { priority: 'urgent', accountId: account.id } }), 201)).body;
    const query = Object.entries(view.filters as Record<string, string>).map(([k, v]) => `filter[${k}]=${v}`).join('&');
    const tasks = await ok(call(h.app, 'GET', `/api/v1/tasks?${query}&sort=${view.sort}`, { session: o.repNorth }));
    expect((tasks.body.data as { id: string }[]).map((t) => t.id)).toEqual([urgent.id]);
  });
});
