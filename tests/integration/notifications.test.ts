import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/server/kernel/clock.js';
import { call, countRows, expectProblem, startHarness, type Harness, type Session } from '../support/harness.js';
import { newAccount, salesOrganization, type SalesOrganization } from '../support/sales-org.js';
import { newTask, ok } from '../support/tasks.js';

// Today is 20 April 2026 until a test moves the clock.
const clock = fixedClock(new Date('2026-04-20T09:00:00Z'));
let h: Harness;
let o: SalesOrganization;
let onAccount: { type: string; id: string };
beforeAll(async () => {
  h = await startHarness({ clock });
  o = await salesOrganization(h);
  onAccount = { type: 'account', id: (await newAccount(h, o.repNorth)).id };
});
afterAll(() => h.close());

type Note = { id: string; kind: string; about: { type: string; id: string; title: string }; actorId: string | null; dueOn: string | null; readAt: string | null };
const list = async (session: Session, query = 'limit=200') => (await ok(call(h.app, 'GET', `/api/v1/notifications?${query}`, { session }))).body as { data: Note[]; nextCursor: string | null };
const unread = async (session: Session) => (await ok(call(h.app, 'GET', '/api/v1/notifications/unread-count', { session }))).body.unread as number;
const about = async (session: Session, taskId: string) => (await list(session)).data.filter((n) => n.about.id === taskId).map((n) => n.kind);

describe('notifications of task events', () => {
  it('tells the assignee when someone else gives them a task, not when you give one to yourself', async () => {
    const given = await newTask(h, o.managerNorth, onAccount, { subject: 'Call the buyer back', assigneeId: o.repNorth.userId });
    const own = await newTask(h, o.repNorth, onAccount, { subject: 'My own reminder' });
    const [first] = (await list(o.repNorth)).data.filter((n) => n.about.id === given.id);
    expect(first).toMatchObject({ kind: 'task_assigned', about: { type: 'tasks', id: given.id, title: 'Call the buyer back' }, actorId: o.managerNorth.userId, readAt: null, dueOn: null });
    expect(await about(o.repNorth, own.id)).toEqual([]);
  });

  it('tells the new assignee on reassignment, and nobody on other changes', async () => {
    const task = await newTask(h, o.repNorth, onAccount, { subject: 'Prepare the demo' });
    await ok(call(h.app, 'PATCH', `/api/v1/tasks/${task.id}`, { session: o.repNorth, body: { priority: 'high' } }));
    expect(await about(o.repNorth2, task.id)).toEqual([]);
    await ok(call(h.app, 'PATCH', `/api/v1/tasks/${task.id}`, { session: o.repNorth, body: { assigneeId: o.repNorth2.userId } }));
    expect(await about(o.repNorth2, task.id)).toEqual(['task_assigned']);
  });

  it('tells the controller when someone else completes a task they control, in the same transaction', async () => {
    const task = await newTask(h, o.managerNorth, onAccount, { subject: 'Send the contract', assigneeId: o.repNorth.userId, controllerId: o.managerNorth.userId });
    await ok(call(h.app, 'POST', `/api/v1/tasks/${task.id}/complete`, { session: o.repNorth, body: { outcome: 'Sent' } }));
    expect(await about(o.managerNorth, task.id)).toEqual(['controlled_task_completed']);
    // A refused action writes no notification.
    const before = await countRows(h, 'notifications', o.orgId);
    expectProblem(await call(h.app, 'POST', `/api/v1/tasks/${task.id}/complete`, { session: o.repNorth, body: {} }), 409);
    expect(await countRows(h, 'notifications', o.orgId)).toBe(before);
    const self = await newTask(h, o.managerNorth, onAccount, { subject: 'Manuela alone' });
    await ok(call(h.app, 'POST', `/api/v1/tasks/${self.id}/complete`, { session: o.managerNorth, body: {} }));
    expect(await about(o.managerNorth, self.id)).toEqual([]);
  });
});

describe('next-action dates reached', () => {
  it('are written when the person looks, once per task and date, for their open tasks only', async () => {
    const today = await newTask(h, o.repSouth, { type: 'account', id: (await newAccount(h, o.repSouth)).id }, { subject: 'Promised call', nextActionDate: '2026-04-20' });
    const account = today.relatedTo;
    const past = await newTask(h, o.repSouth, account, { subject: 'Late promise', nextActionDate: '2026-04-02' });
    const later = await newTask(h, o.repSouth, account, { subject: 'Next week', nextActionDate: '2026-04-25' });
    const done = await newTask(h, o.repSouth, account, { subject: 'Done already', nextActionDate: '2026-04-10' });
    await ok(call(h.app, 'POST', `/api/v1/tasks/${done.id}/complete`, { session: o.repSouth, body: {} }));

    expect(await unread(o.repSouth)).toBe(2);
    const due = (await list(o.repSouth)).data.filter((n) => n.kind === 'next_action_due');
    expect(due.map((n) => [n.about.id, n.dueOn, n.actorId]).sort()).toEqual([[past.id, '2026-04-02', null], [today.id, '2026-04-20', null]].sort());
    const rows = await countRows(h, 'notifications', o.orgId);
    await list(o.repSouth);
    await unread(o.repSouth);
    expect(await countRows(h, 'notifications', o.orgId)).toBe(rows);

    clock.set(new Date('2026-04-25T08:00:00Z'));
    try {
      expect((await list(o.repSouth)).data.filter((n) => n.kind === 'next_action_due').map((n) => n.about.id)).toContain(later.id);
      // A new promise on the same task is a new date reached.
      await ok(call(h.app, 'PATCH', `/api/v1/tasks/${today.id}`, { session: o.repSouth, body: { nextActionDate: '2026-04-24' } }));
      expect((await list(o.repSouth)).data.filter((n) => n.about.id === today.id).map((n) => n.dueOn).sort()).toEqual(['2026-04-20', '2026-04-24']);
    } finally {
      clock.set(new Date('2026-04-20T09:00:00Z'));
    }
  });
});

describe('reading notifications', () => {
  it('lists unread first, newest first, in keyset pages', async () => {
    const session = o.repNorth2;
    const ids: string[] = [];
    for (const subject of ['one', 'two', 'three']) ids.push((await newTask(h, o.managerNorth, onAccount, { subject, assigneeId: session.userId })).id);
    const all = await list(session);
    const firstRead = all.data.find((n) => n.about.id === ids[0])!;
    await ok(call(h.app, 'POST', `/api/v1/notifications/${firstRead.id}/read`, { session, body: {} }));
    const pages: Note[] = [];
    let cursor: string | null = null;
    do {
      const page: { data: Note[]; nextCursor: string | null } = await list(session, `limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      pages.push(...page.data);
      cursor = page.nextCursor;
    } while (cursor);
    expect(pages.map((n) => n.id)).toEqual((await list(session)).data.map((n) => n.id));
    const readFlags = pages.map((n) => n.readAt !== null);
    expect(readFlags).toEqual([...readFlags].sort((a, b) => Number(a) - Number(b)));
    const unreadTitles = pages.filter((n) => n.readAt === null && ['one', 'two', 'three'].includes(n.about.title)).map((n) => n.about.title);
    expect(unreadTitles).toEqual(['three', 'two']);
    expectProblem(await call(h.app, 'GET', '/api/v1/notifications?cursor=nonsense', { session }), 400);
  });

  it('marks one or all read; a user only ever sees and marks their own', async () => {
    const session = o.repNorth2;
    expect(await unread(session)).toBeGreaterThan(0);
    const theirs = (await list(session)).data[0]!;
    expect((await list(o.repSouth)).data.map((n) => n.id)).not.toContain(theirs.id);
    expectProblem(await call(h.app, 'POST', `/api/v1/notifications/${theirs.id}/read`, { session: o.repSouth, body: {} }), 404);
    expect((await list(session)).data.find((n) => n.id === theirs.id)!.readAt).toBeNull();
    const marked = await ok(call(h.app, 'POST', '/api/v1/notifications/read-all', { session, body: {} }));
    expect(marked.body.marked).toBeGreaterThan(0);
    expect(await unread(session)).toBe(0);
    const again = await ok(call(h.app, 'POST', `/api/v1/notifications/${theirs.id}/read`, { session, body: {} }));
    expect(again.body.readAt).not.toBeNull();
  });
});
