import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, expectProblem, startHarness, type Harness, type Response, type Session } from '../support/harness.js';
import { newAccount, newContact, salesOrganization, type SalesOrganization } from '../support/sales-org.js';
import { newProject, newTask, ok, taskFootprint, type TaskBody } from '../support/tasks.js';

let h: Harness;
let o: SalesOrganization;
let account: { id: string };
/** Rita's (repNorth) task on her account, done by Nico (repNorth2). */
let task: TaskBody;

beforeAll(async () => {
  h = await startHarness();
  o = await salesOrganization(h);
  account = await newAccount(h, o.repNorth);
  task = await newTask(h, o.repNorth, { type: 'account', id: account.id }, { assigneeId: o.repNorth2.userId });
});
afterAll(() => h.close());

type Entry = { id: string; version: number; taskId: string; userId: string; date: string; minutes: number; comment: string; accountId: string | null; projectId: string | null };
type Diary = { data: Entry[]; nextCursor: string | null; totals: { minutes: number; entries: number } };

const url = (id = '') => `/api/v1/time-entries${id ? `/${id}` : ''}`;
const get = (session: Session, path: string) => call(h.app, 'GET', path, { session });
const post = (session: Session, body: unknown) => call(h.app, 'POST', url(), { session, body });
const patch = (session: Session, id: string, body: unknown, headers: Record<string, string> = {}) => call(h.app, 'PATCH', url(id), { session, body, headers });

async function log(session: Session, body: Record<string, unknown>): Promise<Entry> {
  return (await ok(post(session, { taskId: task.id, date: '2026-04-20', minutes: 30, ...body }), 201)).body;
}

async function diary(session: Session, query: string): Promise<Diary> {
  return (await ok(get(session, `${url()}?${query}`))).body;
}

async function expectRefused(request: () => Promise<Response>, status: number, path?: string): Promise<Response> {
  const before = await taskFootprint(h, o.orgId);
  const res = await request();
  expectProblem(res, status);
  if (path) expect(res.body.errors, JSON.stringify(res.body)).toEqual(expect.arrayContaining([expect.objectContaining({ path })]));
  expect(await taskFootprint(h, o.orgId)).toEqual(before);
  return res;
}

describe('time entries: recording time', () => {
  it('records the caller’s time on a task, filed under the task’s account and project', async () => {
    const project = await newProject(h, o.repNorth, account.id);
    const projectTask = await newTask(h, o.repNorth, { type: 'project', id: project.id });
    const res = await ok(post(o.repNorth, { taskId: projectTask.id, date: '2026-04-20', minutes: 45, comment: ' Visit prepared ' }), 201);
    expect(res.body).toEqual({
      id: expect.any(String),
      version: 1,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      archivedAt: null,
      taskId: projectTask.id,
      userId: o.repNorth.userId,
      date: '2026-04-20',
      minutes: 45,
      comment: 'Visit prepared',
      accountId: account.id,
      projectId: project.id,
      createdById: o.repNorth.userId,
    });
    const read = await ok(get(o.repNorth, url(res.body.id)));
    expect(read.body).toEqual(res.body);
    expect(read.headers.etag).toBe('"1"');
    const timeline = await ok(get(o.repNorth, `${url(res.body.id)}/timeline`));
    expect(timeline.body.data).toEqual([expect.objectContaining({ action: 'create', entityType: 'time-entries', actorUserId: o.repNorth.userId })]);
  });

  it('lets a manager record time for a rep of the team, and an admin for anyone', async () => {
    expect((await log(o.managerNorth, { userId: o.repNorth2.userId })).userId).toBe(o.repNorth2.userId);
    expect((await log(o.admin, { userId: o.repNorth.userId })).userId).toBe(o.repNorth.userId);
  });

  it('refuses a rep recording someone else’s time (403) and a manager recording outside the team (422), writing nothing', async () => {
    await expectRefused(() => post(o.repNorth2, { taskId: task.id, date: '2026-04-20', minutes: 10, userId: o.repNorth.userId }), 403);
    await expectRefused(() => post(o.managerNorth, { taskId: task.id, date: '2026-04-20', minutes: 10, userId: o.repSouth.userId }), 422, 'userId');
    await expectRefused(() => post(o.finance, { taskId: task.id, date: '2026-04-20', minutes: 10 }), 403);
  });

  describe('invalid input answers 422 naming the field and writes nothing', () => {
    let southTask: string;
    let archivedTask: string;
    beforeAll(async () => {
      southTask = (await newTask(h, o.repSouth, { type: 'account', id: (await newAccount(h, o.repSouth)).id })).id;
      archivedTask = (await newTask(h, o.repNorth, { type: 'account', id: account.id }, { assigneeId: o.repNorth2.userId })).id;
      await ok(call(h.app, 'DELETE', `/api/v1/tasks/${archivedTask}`, { session: o.repNorth }), 204);
    });
    const valid = () => ({ taskId: task.id, date: '2026-04-20', minutes: 30 });
    const cases: [string, () => Record<string, unknown>, string][] = [
      ['no minutes', () => ({ ...valid(), minutes: undefined }), 'minutes'],
      ['zero minutes', () => ({ ...valid(), minutes: 0 }), 'minutes'],
      ['more than a day', () => ({ ...valid(), minutes: 1441 }), 'minutes'],
      ['fractional minutes', () => ({ ...valid(), minutes: 1.5 }), 'minutes'],
      ['no date', () => ({ ...valid(), date: undefined }), 'date'],
      ['an impossible date', () => ({ ...valid(), date: '2026-13-01' }), 'date'],
      ['a task that does not exist', () => ({ ...valid(), taskId: randomUUID() }), 'taskId'],
      ['a task the caller may not see', () => ({ ...valid(), taskId: southTask }), 'taskId'],
      ['an archived task', () => ({ ...valid(), taskId: archivedTask }), 'taskId'],
      ['an unknown field', () => ({ ...valid(), accountId: account.id }), 'accountId'],
    ];
    it.each(cases)('%s', async (_name, body, path) => {
      await expectRefused(() => post(o.repNorth2, body()), 422, path);
    });
  });
});

describe('time entries: diaries', () => {
  /** Five entries on one fresh account by three people over April, one archived. */
  let customer: { id: string };
  let project: { id: string };
  let entries: Entry[];
  beforeAll(async () => {
    customer = await newAccount(h, o.repNorth);
    project = await newProject(h, o.repNorth, customer.id);
    const contact = await newContact(h, o.repNorth, customer.id);
    const onAccount = await newTask(h, o.repNorth, { type: 'account', id: customer.id }, { controllerId: o.managerNorth.userId });
    const onContact = await newTask(h, o.repNorth, { type: 'contact', id: contact.id }, { assigneeId: o.repNorth2.userId });
    const onProject = await newTask(h, o.repNorth, { type: 'project', id: project.id });
    const spend = async (session: Session, t: TaskBody, date: string, minutes: number) => (await ok(post(session, { taskId: t.id, date, minutes }), 201)).body as Entry;
    entries = [
      await spend(o.repNorth, onAccount, '2026-04-01', 30),
      await spend(o.repNorth2, onContact, '2026-04-05', 45),
      await spend(o.repNorth, onProject, '2026-04-10', 60),
      await spend(o.managerNorth, onAccount, '2026-04-15', 20),
      await spend(o.repNorth, onProject, '2026-04-30', 90),
    ];
    const gone = await spend(o.repNorth, onAccount, '2026-04-12', 500);
    await ok(call(h.app, 'DELETE', url(gone.id), { session: o.repNorth }), 204);
  });

  it('lists an account’s diary newest first, with totals over the whole filter on every page', async () => {
    const first = await diary(o.admin, `filter[accountId]=${customer.id}&limit=2`);
    expect(first.data.map((e) => e.date)).toEqual(['2026-04-30', '2026-04-15']);
    expect(first.totals).toEqual({ minutes: 245, entries: 5 });
    const second = await diary(o.admin, `filter[accountId]=${customer.id}&limit=2&cursor=${first.nextCursor}`);
    expect(second.data.map((e) => e.date)).toEqual(['2026-04-10', '2026-04-05']);
    expect(second.totals).toEqual({ minutes: 245, entries: 5 });
    const third = await diary(o.admin, `filter[accountId]=${customer.id}&limit=2&cursor=${second.nextCursor}`);
    expect(third.data.map((e) => e.date)).toEqual(['2026-04-01']);
    expect(third.nextCursor).toBeNull();
  });

  it.each([
    ['a person', () => `filter[userId]=${o.repNorth.userId}&filter[accountId]=${customer.id}`, [0, 2, 4]],
    ['a project', () => `filter[projectId]=${project.id}`, [2, 4]],
    ['a period', () => `filter[accountId]=${customer.id}&filter[from]=2026-04-05&filter[to]=2026-04-15`, [1, 2, 3]],
    ['a person in a period', () => `filter[userId]=${o.repNorth.userId}&filter[accountId]=${customer.id}&filter[from]=2026-04-10`, [2, 4]],
    ['the archived ones', () => `filter[accountId]=${customer.id}&archived=only`, []],
  ] as const)('filters by %s, with its totals', async (name, query, which) => {
    const res = await diary(o.admin, query());
    if (name === 'the archived ones') {
      expect(res.data.map((e) => e.minutes)).toEqual([500]);
      expect(res.totals).toEqual({ minutes: 500, entries: 1 });
      return;
    }
    const expected = which.map((i) => entries[i]!);
    expect(res.data.map((e) => e.id).sort()).toEqual(expected.map((e) => e.id).sort());
    expect(res.totals).toEqual({ minutes: expected.reduce((n, e) => n + e.minutes, 0), entries: expected.length });
  });

  it('shows each person the entries on tasks they see and their own; totals count only those', async () => {
    // Nico sees his own entry (on the contact task he does) and nothing of Rita's own tasks.
    const nico = await diary(o.repNorth2, `filter[accountId]=${customer.id}`);
    expect(nico.data.map((e) => e.id)).toEqual([entries[1]!.id]);
    expect(nico.totals).toEqual({ minutes: 45, entries: 1 });
    const rita = await diary(o.repNorth, `filter[accountId]=${customer.id}`);
    expect(rita.totals).toEqual({ minutes: 245, entries: 5 });
    const sam = await diary(o.repSouth, `filter[accountId]=${customer.id}`);
    expect(sam).toEqual({ data: [], nextCursor: null, totals: { minutes: 0, entries: 0 } });
    expect((await get(o.repSouth, url(entries[0]!.id))).status).toBe(404);
    expect((await diary(o.managerNorth, `filter[accountId]=${customer.id}`)).totals.entries).toBe(5);
  });

  it('answers 400 to an invalid filter', async () => {
    expectProblem(await get(o.admin, `${url()}?filter[from]=April`), 400);
  });
});

describe('time entries: changes', () => {
  it('changes one’s own entry with If-Match (412 when stale), on record', async () => {
    const entry = await log(o.repNorth2, { minutes: 25 });
    const changed = await ok(patch(o.repNorth2, entry.id, { minutes: 35, comment: 'Longer call' }, { 'if-match': '"1"' }));
    expect(changed.body).toMatchObject({ minutes: 35, comment: 'Longer call', version: 2 });
    await expectRefused(() => patch(o.repNorth2, entry.id, { minutes: 5 }, { 'if-match': '"1"' }), 412);
    const timeline = await ok(get(o.repNorth2, `${url(entry.id)}/timeline`));
    expect(timeline.body.data[0]).toMatchObject({ action: 'update', changes: { minutes: { before: 25, after: 35 }, comment: { before: '', after: 'Longer call' } } });
  });

  it('does not let another rep change or archive an entry they can see (403); a manager of the team may', async () => {
    const entry = await log(o.repNorth2, { minutes: 15 });
    // Rita created the task, so she sees Nico's entry, but it is not hers.
    await ok(get(o.repNorth, url(entry.id)));
    await expectRefused(() => patch(o.repNorth, entry.id, { minutes: 1 }), 403);
    await expectRefused(() => call(h.app, 'DELETE', url(entry.id), { session: o.repNorth }), 403);
    await ok(patch(o.managerNorth, entry.id, { comment: 'Checked' }));
    await expectRefused(() => patch(o.repSouth, entry.id, { minutes: 1 }), 404);
  });

  it('archives on DELETE: the entry leaves the diary and cannot change', async () => {
    const entry = await log(o.repNorth2, { minutes: 5, date: '2026-01-03' });
    await ok(call(h.app, 'DELETE', url(entry.id), { session: o.repNorth2 }), 204);
    await ok(call(h.app, 'DELETE', url(entry.id), { session: o.repNorth2 }), 204);
    const res = await diary(o.repNorth2, `filter[taskId]=${task.id}&filter[from]=2026-01-03&filter[to]=2026-01-03`);
    expect(res.totals.entries).toBe(0);
    expect((await expectRefused(() => patch(o.repNorth2, entry.id, { minutes: 6 }), 409)).body.state).toBe('archived');
  });

  it('refuses invalid changes with the field named', async () => {
    const entry = await log(o.repNorth2, {});
    await expectRefused(() => patch(o.repNorth2, entry.id, { minutes: 0 }), 422, 'minutes');
    await expectRefused(() => patch(o.repNorth2, entry.id, { taskId: task.id }), 422, 'taskId');
  });
});
