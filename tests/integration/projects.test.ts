import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, expectProblem, startHarness, type Harness, type Response, type Session } from '../support/harness.js';
import { newAccount, salesOrganization, type SalesOrganization } from '../support/sales-org.js';
import { newProject, newTask, ok, taskFootprint, type ProjectBody } from '../support/tasks.js';

let h: Harness;
let o: SalesOrganization;
let account: { id: string };

beforeAll(async () => {
  h = await startHarness();
  o = await salesOrganization(h);
  account = await newAccount(h, o.repNorth);
});
afterAll(() => h.close());

const url = (id = '', action = '') => `/api/v1/projects${id ? `/${id}` : ''}${action ? `/${action}` : ''}`;
const get = (session: Session, path: string) => call(h.app, 'GET', path, { session });
const post = (session: Session, path: string, body?: unknown, headers: Record<string, string> = {}) => call(h.app, 'POST', path, { session, body, headers });
const patch = (session: Session, id: string, body: unknown, headers: Record<string, string> = {}) => call(h.app, 'PATCH', url(id), { session, body, headers });

async function expectRefused(request: () => Promise<Response>, status: number, path?: string): Promise<Response> {
  const before = await taskFootprint(h, o.orgId);
  const res = await request();
  expectProblem(res, status);
  if (path) expect(res.body.errors, JSON.stringify(res.body)).toEqual(expect.arrayContaining([expect.objectContaining({ path })]));
  expect(await taskFootprint(h, o.orgId)).toEqual(before);
  return res;
}

describe('projects: create and read', () => {
  it('creates a commercial project of the caller by default, with no tasks yet', async () => {
    const res = await ok(post(o.repNorth, url(), { accountId: account.id, name: ' Follow-up 2026 ' }), 201);
    expect(res.body).toEqual({
      id: expect.any(String),
      version: 1,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      archivedAt: null,
      accountId: account.id,
      kind: 'commercial',
      name: 'Follow-up 2026',
      description: '',
      ownerId: o.repNorth.userId,
      plannedStart: null,
      plannedEnd: null,
      status: 'active',
      closedAt: null,
      taskCounts: { pending: 0, inProgress: 0, done: 0, cancelled: 0 },
    });
    const read = await ok(get(o.repNorth, url(res.body.id)));
    expect(read.body).toEqual(res.body);
    expect(read.headers.etag).toBe('"1"');
  });

  it('takes a delivery kind, planned dates, a description and (for a manager) a rep of the team as owner', async () => {
    const body = { accountId: account.id, kind: 'delivery', name: 'Installation', description: 'Two machines', plannedStart: '2026-05-01', plannedEnd: '2026-05-01', ownerId: o.repNorth.userId };
    const res = await ok(post(o.managerNorth, url(), body), 201);
    expect(res.body).toMatchObject(body);
  });

  it('counts its tasks pending, in progress, done and cancelled (archived ones aside), in the record and in the list', async () => {
    const project = await newProject(h, o.repNorth, account.id, { name: `Counted ${randomUUID().slice(0, 6)}` });
    const on = { type: 'project', id: project.id };
    const [pending, started, done, cancelled, archived] = [
      await newTask(h, o.repNorth, on),
      await newTask(h, o.repNorth, on),
      await newTask(h, o.repNorth, on),
      await newTask(h, o.repNorth, on),
      await newTask(h, o.repNorth, on),
    ];
    await ok(post(o.repNorth, `/api/v1/tasks/${started!.id}/start`));
    await ok(post(o.repNorth, `/api/v1/tasks/${done!.id}/complete`, {}));
    await ok(post(o.repNorth, `/api/v1/tasks/${cancelled!.id}/cancel`, {}));
    await ok(call(h.app, 'DELETE', `/api/v1/tasks/${archived!.id}`, { session: o.repNorth }), 204);
    expect(pending!.projectId).toBe(project.id);
    const counts = { pending: 1, inProgress: 1, done: 1, cancelled: 1 };
    expect((await ok(get(o.repNorth, url(project.id)))).body.taskCounts).toEqual(counts);
    const listed = await ok(get(o.repNorth, `${url()}?filter[accountId]=${account.id}&q=${encodeURIComponent(project.name as string)}`));
    expect(listed.body.data).toEqual([expect.objectContaining({ id: project.id, taskCounts: counts })]);
    const tasks = await ok(get(o.repNorth, `/api/v1/tasks?filter[projectId]=${project.id}`));
    expect(tasks.body.data).toHaveLength(4);
  });

  describe('invalid input answers 422 naming the field and writes nothing', () => {
    let southAccount: string;
    beforeAll(async () => {
      southAccount = (await newAccount(h, o.repSouth)).id;
    });
    const cases: [string, () => Record<string, unknown>, string][] = [
      ['an end before the start', () => ({ accountId: account.id, name: 'Backwards', plannedStart: '2026-06-01', plannedEnd: '2026-05-31' }), 'plannedEnd'],
      ['no name', () => ({ accountId: account.id }), 'name'],
      ['no account', () => ({ name: 'Nowhere' }), 'accountId'],
      ['an account the caller may not see', () => ({ accountId: southAccount, name: 'Theirs' }), 'accountId'],
      ['an account that does not exist', () => ({ accountId: randomUUID(), name: 'Ghost' }), 'accountId'],
      ['an unknown kind', () => ({ accountId: account.id, name: 'Odd', kind: 'research' }), 'kind'],
      ['an owner the rep may not give records to', () => ({ accountId: account.id, name: 'Gift', ownerId: o.repNorth2.userId }), 'ownerId'],
    ];
    it.each(cases)('%s', async (_name, body, path) => {
      await expectRefused(() => post(o.repNorth, url(), body()), 422, path);
    });

    it('checks the planned dates against what is stored when only one of them changes', async () => {
      const project = await newProject(h, o.repNorth, account.id, { plannedStart: '2026-03-01', plannedEnd: '2026-12-31' });
      await expectRefused(() => patch(o.repNorth, project.id, { plannedEnd: '2026-02-28' }), 422, 'plannedEnd');
      await ok(patch(o.repNorth, project.id, { plannedStart: null, plannedEnd: '2026-02-28' }));
    });
  });

  it('is written by sellers and support, read by finance (403 on write, nothing written)', async () => {
    await newProject(h, o.support, (await newAccount(h, o.support)).id, { kind: 'delivery' });
    await ok(get(o.finance, url()));
    await expectRefused(() => post(o.finance, url(), { accountId: account.id, name: 'Finance project' }), 403);
  });
});

describe('projects: status and changes', () => {
  it('completes, reopens and cancels, stamping when it closed, each on record', async () => {
    const project = await newProject(h, o.repNorth, account.id);
    const completed = await ok(post(o.repNorth, url(project.id, 'complete')));
    expect(completed.body).toMatchObject({ status: 'completed', closedAt: expect.any(String), version: 2 });
    const reopened = await ok(post(o.repNorth, url(project.id, 'reopen')));
    expect(reopened.body).toMatchObject({ status: 'active', closedAt: null });
    const cancelled = await ok(post(o.repNorth, url(project.id, 'cancel')));
    expect(cancelled.body.status).toBe('cancelled');
    const timeline = await ok(get(o.repNorth, url(project.id, 'timeline')));
    expect(timeline.body.data.map((e: { action: string; changes: { status?: { after: string } } }) => [e.action, e.changes.status?.after])).toEqual([
      ['transition', 'cancelled'],
      ['transition', 'active'],
      ['transition', 'completed'],
      ['create', 'active'],
    ]);
  });

  it.each([
    ['complete', 'completed'],
    ['cancel', 'completed'],
    ['reopen', 'active'],
  ] as const)('answers 409 to %s on a %s project, naming its state, and writes nothing', async (action, state) => {
    const project = await newProject(h, o.repNorth, account.id);
    if (state === 'completed') await ok(post(o.repNorth, url(project.id, 'complete')));
    const res = await expectRefused(() => post(o.repNorth, url(project.id, action)), 409);
    expect(res.body).toMatchObject({ code: 'invalid_state', state });
  });

  it('changes an active project with If-Match (412 when stale) but not a closed one', async () => {
    const project = await newProject(h, o.repNorth, account.id);
    const changed = await ok(patch(o.repNorth, project.id, { name: 'Renamed', description: 'Now with a plan' }, { 'if-match': '"1"' }));
    expect(changed.body).toMatchObject({ name: 'Renamed', description: 'Now with a plan', version: 2 });
    await expectRefused(() => patch(o.repNorth, project.id, { name: 'Stale' }, { 'if-match': '"1"' }), 412);
    await ok(post(o.repNorth, url(project.id, 'complete')));
    expect((await expectRefused(() => patch(o.repNorth, project.id, { name: 'After' }), 409)).body.state).toBe('completed');
  });

  it('archives on DELETE: it leaves the list and takes no new tasks', async () => {
    const project = await newProject(h, o.repNorth, account.id);
    await ok(call(h.app, 'DELETE', url(project.id), { session: o.repNorth }), 204);
    const listed = await ok(get(o.repNorth, `${url()}?filter[accountId]=${account.id}&limit=200`));
    expect(listed.body.data.map((p: ProjectBody) => p.id)).not.toContain(project.id);
    const task = await post(o.repNorth, '/api/v1/tasks', { kind: 'call', subject: 'Late', relatedTo: { type: 'project', id: project.id } });
    expectProblem(task, 422);
  });
});

describe('projects: who sees what', () => {
  it('are visible like accounts: the owner, their manager and admin; 404 to another rep', async () => {
    const project = await newProject(h, o.repNorth, account.id);
    for (const [who, session, sees] of [
      ['owner', o.repNorth, true],
      ['manager', o.managerNorth, true],
      ['admin', o.admin, true],
      ['rep of the same team', o.repNorth2, false],
      ['rep of another team', o.repSouth, false],
    ] as const) {
      expect((await get(session, url(project.id))).status, who).toBe(sees ? 200 : 404);
      const listed = await ok(get(session, `${url()}?limit=200`));
      expect(listed.body.data.some((p: ProjectBody) => p.id === project.id), who).toBe(sees);
    }
    await expectRefused(() => post(o.repSouth, url(project.id, 'complete')), 404);
    await expectRefused(() => patch(o.repSouth, project.id, { name: 'Mine' }), 404);
  });

  it('filters by kind and status', async () => {
    const other = await newAccount(h, o.repNorth);
    const delivery = await newProject(h, o.repNorth, other.id, { kind: 'delivery' });
    const done = await newProject(h, o.repNorth, other.id);
    await ok(post(o.repNorth, url(done.id, 'complete')));
    const ids = async (query: string) => (await ok(get(o.repNorth, `${url()}?filter[accountId]=${other.id}&${query}`))).body.data.map((p: ProjectBody) => p.id);
    expect(await ids('filter[kind]=delivery')).toEqual([delivery.id]);
    expect(await ids('filter[status]=completed')).toEqual([done.id]);
    expect(await ids('sort=createdAt')).toEqual([delivery.id, done.id]);
  });
});
