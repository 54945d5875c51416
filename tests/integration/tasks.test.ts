import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/server/kernel/clock.js';
import { call, expectProblem, newOrganization, startHarness, type Harness, type Response, type Session } from '../support/harness.js';
import { newOrder } from '../support/orders.js';
import { newQuote } from '../support/quotes.js';
import { newAccount, newContact, newLead, newOpportunity, salesOrganization, type SalesOrganization } from '../support/sales-org.js';
import { newProject, newTask, newTaskType, ok, taskFootprint, type TaskBody } from '../support/tasks.js';

// Today is 20 April 2026 for every rule that depends on it (overdue, recurrence without a due date).
const clock = fixedClock(new Date('2026-04-20T09:00:00Z'));
let h: Harness;
let o: SalesOrganization;
/** An account of Rita (repNorth) in territory North, whose rep is Nico (repNorth2). */
let account: { id: string };
let territoryNorth: string;
/** "Presentation North": assigned to the territory's rep, high priority, 60 minutes, controlled by Manuela. */
let presentationNorth: { id: string };

beforeAll(async () => {
  h = await startHarness({ clock });
  o = await salesOrganization(h);
  territoryNorth = (await ok(call(h.app, 'POST', '/api/v1/territories', { session: o.admin, body: { name: 'North', code: 'N', repId: o.repNorth2.userId } }), 201)).body.id;
  account = await newAccount(h, o.repNorth, { territoryId: territoryNorth });
  presentationNorth = await newTaskType(h, o.admin, {
    name: 'Presentation North',
    kind: 'presentation',
    assignmentRule: 'territory_rep',
    defaultPriority: 'high',
    defaultDurationMinutes: 60,
    defaultControllerId: o.managerNorth.userId,
  });
});
afterAll(() => h.close());

const url = (id: string, action = '') => `/api/v1/tasks/${id}${action ? `/${action}` : ''}`;
const get = (session: Session, path: string) => call(h.app, 'GET', path, { session });
const post = (session: Session, path: string, body?: unknown, headers: Record<string, string> = {}) => call(h.app, 'POST', path, { session, body, headers });
const onAccount = () => ({ type: 'account', id: account.id });

async function listIds(session: Session, query: string): Promise<string[]> {
  const res = await ok(get(session, `/api/v1/tasks?limit=200&${query}`));
  return (res.body.data as TaskBody[]).map((t) => t.id);
}

/** Runs `request` and checks it answers `status` (naming `path` for a 422) and writes nothing. */
async function expectRefused(request: () => Promise<Response>, status: number, path?: string): Promise<Response> {
  const before = await taskFootprint(h, o.orgId);
  const res = await request();
  expectProblem(res, status);
  if (path) expect(res.body.errors, JSON.stringify(res.body)).toEqual(expect.arrayContaining([expect.objectContaining({ path })]));
  expect(await taskFootprint(h, o.orgId)).toEqual(before);
  return res;
}

describe('tasks: create', () => {
  it('records the three people, the record it concerns and its account, and reads back the same', async () => {
    const body = {
      kind: 'call',
      subject: '  Call about the renewal  ',
      relatedTo: onAccount(),
      assigneeId: o.repNorth.userId,
      controllerId: o.managerNorth.userId,
      priority: 'urgent',
      dueDate: '2026-04-22',
      nextActionDate: '2026-04-21',
      durationMinutes: 15,
      notes: 'She asked us to call on Tuesday.',
    };
    const res = await ok(post(o.repNorth, '/api/v1/tasks', body), 201);
    expect(res.body).toEqual({
      id: expect.any(String),
      version: 1,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      archivedAt: null,
      kind: 'call',
      taskTypeId: null,
      subject: 'Call about the renewal',
      relatedTo: { type: 'account', id: account.id },
      accountId: account.id,
      projectId: null,
      assigneeId: o.repNorth.userId,
      controllerId: o.managerNorth.userId,
      createdById: o.repNorth.userId,
      priority: 'urgent',
      status: 'pending',
      dueDate: '2026-04-22',
      nextActionDate: '2026-04-21',
      durationMinutes: 15,
      notes: 'She asked us to call on Tuesday.',
      outcome: '',
      cancelReason: '',
      recurrence: null,
      startedAt: null,
      completedAt: null,
      cancelledAt: null,
      previousOccurrenceId: null,
      nextOccurrenceId: null,
      overdue: false,
    });
    const read = await ok(get(o.repNorth, url(res.body.id)));
    expect(read.headers.etag).toBe('"1"');
    expect(read.body).toEqual(res.body);
    const timeline = await ok(get(o.repNorth, url(res.body.id, 'timeline')));
    expect(timeline.body.data).toEqual([expect.objectContaining({ action: 'create', actorUserId: o.repNorth.userId, entityType: 'tasks' })]);
    expect(timeline.body.data[0].changes.assigneeId).toEqual({ before: null, after: o.repNorth.userId });
  });

  it('gives a task without people to its creator, who does and controls it, at normal priority', async () => {
    const task = await newTask(h, o.repNorth, onAccount(), { kind: 'todo' });
    expect(task).toMatchObject({ assigneeId: o.repNorth.userId, controllerId: o.repNorth.userId, createdById: o.repNorth.userId, priority: 'normal', durationMinutes: null });
  });

  it('assigns a "Presentation North" task to the rep of the account’s territory, with the type’s defaults', async () => {
    const task = await newTask(h, o.repNorth, onAccount(), { kind: undefined, taskTypeId: presentationNorth.id, subject: 'Present the new range' });
    expect(task).toMatchObject({
      kind: 'presentation',
      taskTypeId: presentationNorth.id,
      assigneeId: o.repNorth2.userId,
      controllerId: o.managerNorth.userId,
      createdById: o.repNorth.userId,
      priority: 'high',
      durationMinutes: 60,
      recurrence: null,
    });
  });

  it('lets what the caller gives win over the type’s defaults and its rule', async () => {
    const task = await newTask(h, o.repNorth, onAccount(), {
      kind: 'presentation',
      taskTypeId: presentationNorth.id,
      assigneeId: o.repNorth.userId,
      controllerId: o.repNorth.userId,
      priority: 'low',
      durationMinutes: null,
      recurrence: { every: 2, unit: 'week' },
    });
    expect(task).toMatchObject({ assigneeId: o.repNorth.userId, controllerId: o.repNorth.userId, priority: 'low', durationMinutes: null, recurrence: { every: 2, unit: 'week' } });
  });

  it('follows the account_owner rule, falls back to the caller when the territory has no rep, and gives a lead’s task to its owner', async () => {
    const ownerRule = await newTaskType(h, o.admin, { kind: 'visit', assignmentRule: 'account_owner' });
    const visit = await newTask(h, o.managerNorth, onAccount(), { kind: undefined, taskTypeId: ownerRule.id });
    expect(visit.assigneeId).toBe(o.repNorth.userId);

    const noRep = await ok(call(h.app, 'POST', '/api/v1/territories', { session: o.admin, body: { name: 'Islands', code: `I-${randomUUID().slice(0, 6)}` } }), 201);
    const island = await newAccount(h, o.repNorth, { territoryId: noRep.body.id });
    const unassigned = await newTask(h, o.managerNorth, { type: 'account', id: island.id }, { kind: undefined, taskTypeId: presentationNorth.id });
    expect(unassigned.assigneeId).toBe(o.managerNorth.userId);

    const lead = await newLead(h, o.repNorth2);
    const leadTask = await newTask(h, o.managerNorth, { type: 'lead', id: lead.id }, { kind: undefined, taskTypeId: presentationNorth.id });
    expect(leadTask).toMatchObject({ assigneeId: o.repNorth2.userId, accountId: null, relatedTo: { type: 'lead', id: lead.id } });
  });

  it('files a task on any record of the account under the account (and a project’s under the project)', async () => {
    const contact = await newContact(h, o.repNorth, account.id);
    const deal = await newOpportunity(h, o.repNorth, account.id);
    const quote = await newQuote(h, o.repNorth, deal.id);
    const project = await newProject(h, o.repNorth, account.id);
    const order = await newOrder(h, o.repNorth);
    const cases: [string, string, string, string | null][] = [
      ['contact', contact.id, account.id, null],
      ['opportunity', deal.id, account.id, null],
      ['quote', quote.id, account.id, null],
      ['project', project.id, account.id, project.id],
      ['order', order.id, order.accountId, null],
    ];
    for (const [type, id, accountId, projectId] of cases) {
      const task = await newTask(h, o.repNorth, { type, id });
      expect(task, type).toMatchObject({ relatedTo: { type, id }, accountId, projectId });
    }
  });

  describe('invalid input answers 422 naming the field and writes nothing', () => {
    let archivedType: string;
    let archivedAccount: string;
    let southAccount: string;
    let closedProject: string;
    beforeAll(async () => {
      archivedType = (await newTaskType(h, o.admin)).id;
      await ok(call(h.app, 'DELETE', `/api/v1/task-types/${archivedType}`, { session: o.admin }), 204);
      archivedAccount = (await newAccount(h, o.repNorth)).id;
      await ok(call(h.app, 'DELETE', `/api/v1/accounts/${archivedAccount}`, { session: o.repNorth }), 204);
      southAccount = (await newAccount(h, o.repSouth)).id;
      closedProject = (await newProject(h, o.repNorth, account.id)).id;
      await ok(post(o.repNorth, `/api/v1/projects/${closedProject}/complete`));
    });

    const valid = () => ({ kind: 'call', subject: 'Call', relatedTo: onAccount() });
    const cases: [string, () => Record<string, unknown>, string][] = [
      ['no kind and no type', () => ({ ...valid(), kind: undefined }), 'kind'],
      ['a kind other than the type’s', () => ({ ...valid(), taskTypeId: presentationNorth.id }), 'kind'],
      ['an unknown kind', () => ({ ...valid(), kind: 'party' }), 'kind'],
      ['an empty subject', () => ({ ...valid(), subject: '   ' }), 'subject'],
      ['an unknown related type', () => ({ ...valid(), relatedTo: { type: 'invoice', id: account.id } }), 'relatedTo.type'],
      ['a related record that does not exist', () => ({ ...valid(), relatedTo: { type: 'opportunity', id: randomUUID() } }), 'relatedTo.id'],
      ['an account of the wrong type', () => ({ ...valid(), relatedTo: { type: 'contact', id: account.id } }), 'relatedTo.id'],
      ['a record the caller may not see', () => ({ ...valid(), relatedTo: { type: 'account', id: southAccount } }), 'relatedTo.id'],
      ['an archived record', () => ({ ...valid(), relatedTo: { type: 'account', id: archivedAccount } }), 'relatedTo.id'],
      ['a completed project', () => ({ ...valid(), relatedTo: { type: 'project', id: closedProject } }), 'relatedTo.id'],
      ['an archived task type', () => ({ ...valid(), taskTypeId: archivedType }), 'taskTypeId'],
      ['an unknown task type', () => ({ ...valid(), taskTypeId: randomUUID() }), 'taskTypeId'],
      ['an unknown assignee', () => ({ ...valid(), assigneeId: randomUUID() }), 'assigneeId'],
      ['an unknown controller', () => ({ ...valid(), controllerId: randomUUID() }), 'controllerId'],
      ['an unknown priority', () => ({ ...valid(), priority: 'asap' }), 'priority'],
      ['an impossible due date', () => ({ ...valid(), dueDate: '2026-02-30' }), 'dueDate'],
      ['a recurrence of zero', () => ({ ...valid(), recurrence: { every: 0, unit: 'month' } }), 'recurrence.every'],
      ['a recurrence by year', () => ({ ...valid(), recurrence: { every: 1, unit: 'year' } }), 'recurrence.unit'],
      ['a zero duration', () => ({ ...valid(), durationMinutes: 0 }), 'durationMinutes'],
      ['an unknown field', () => ({ ...valid(), createdById: o.admin.userId }), 'createdById'],
    ];
    it.each(cases)('%s', async (_name, body, path) => {
      await expectRefused(() => post(o.repNorth, '/api/v1/tasks', body()), 422, path);
    });

    it('refuses an assignee of another organisation', async () => {
      const other = await newOrganization(h);
      await expectRefused(() => post(o.repNorth, '/api/v1/tasks', { ...valid(), assigneeId: other.admin.userId }), 422, 'assigneeId');
    });
  });

  it('is not open to finance, who reads tasks but may not write them', async () => {
    await ok(get(o.finance, '/api/v1/tasks'));
    await expectRefused(() => post(o.finance, '/api/v1/tasks', { kind: 'call', subject: 'Call', relatedTo: onAccount() }), 403);
  });
});

describe('tasks: status', () => {
  it('starts, completes with an outcome, reopens and cancels with a reason, each on record', async () => {
    const task = await newTask(h, o.repNorth, onAccount(), { dueDate: '2026-04-10' });
    expect(task.overdue).toBe(true);
    const started = await ok(post(o.repNorth, url(task.id, 'start')));
    expect(started.body).toMatchObject({ status: 'in_progress', startedAt: '2026-04-20T09:00:00.000Z', version: 2, overdue: true });
    expect(started.headers.etag).toBe('"2"');
    const done = await ok(post(o.repNorth, url(task.id, 'complete'), { outcome: 'They will order in May.' }));
    expect(done.body).toMatchObject({ status: 'done', completedAt: '2026-04-20T09:00:00.000Z', outcome: 'They will order in May.', overdue: false, nextOccurrenceId: null });
    const reopened = await ok(post(o.repNorth, url(task.id, 'reopen')));
    expect(reopened.body).toMatchObject({ status: 'pending', completedAt: null, outcome: 'They will order in May.' });
    const cancelled = await ok(post(o.repNorth, url(task.id, 'cancel'), { reason: 'They went with a competitor.' }));
    expect(cancelled.body).toMatchObject({ status: 'cancelled', cancelReason: 'They went with a competitor.', cancelledAt: '2026-04-20T09:00:00.000Z' });
    const timeline = await ok(get(o.repNorth, url(task.id, 'timeline')));
    const transitions = (timeline.body.data as { action: string; changes: { status?: { before: string; after: string } } }[]).filter((e) => e.action === 'transition');
    expect(transitions.map((e) => e.changes.status)).toEqual([
      { before: 'pending', after: 'cancelled' },
      { before: 'done', after: 'pending' },
      { before: 'in_progress', after: 'done' },
      { before: 'pending', after: 'in_progress' },
    ]);
  });

  it('completes a pending task directly, and takes no body at all', async () => {
    const task = await newTask(h, o.repNorth, onAccount());
    const res = await ok(call(h.app, 'POST', url(task.id, 'complete'), { session: o.repNorth }));
    expect(res.body).toMatchObject({ status: 'done', outcome: '' });
  });

  it.each([
    ['start', 'done'],
    ['start', 'in_progress'],
    ['complete', 'cancelled'],
    ['cancel', 'done'],
    ['reopen', 'pending'],
  ] as const)('answers 409 to %s on a %s task, naming its state, and writes nothing', async (action, state) => {
    const task = await newTask(h, o.repNorth, onAccount());
    const into: Record<string, string[]> = { done: ['complete'], in_progress: ['start'], cancelled: ['cancel'], pending: [] };
    for (const step of into[state]!) await ok(post(o.repNorth, url(task.id, step)));
    const res = await expectRefused(() => post(o.repNorth, url(task.id, action), {}), 409);
    expect(res.body).toMatchObject({ code: 'invalid_state', state });
  });

  it('does not change a closed task, nor an archived one', async () => {
    const task = await newTask(h, o.repNorth, onAccount());
    await ok(post(o.repNorth, url(task.id, 'complete')));
    const res = await expectRefused(() => call(h.app, 'PATCH', url(task.id), { session: o.repNorth, body: { subject: 'Later' } }), 409);
    expect(res.body.state).toBe('done');
    const other = await newTask(h, o.repNorth, onAccount());
    await ok(call(h.app, 'DELETE', url(other.id), { session: o.repNorth }), 204);
    expect((await expectRefused(() => post(o.repNorth, url(other.id, 'start')), 409)).body.state).toBe('archived');
    expect(await listIds(o.repNorth, `filter[assigneeId]=${o.repNorth.userId}`)).not.toContain(other.id);
    expect(await listIds(o.repNorth, 'archived=only')).toContain(other.id);
  });

  it('answers 412 to a change or an action with a stale If-Match, and writes nothing', async () => {
    const task = await newTask(h, o.repNorth, onAccount());
    await ok(call(h.app, 'PATCH', url(task.id), { session: o.repNorth, body: { priority: 'high' }, headers: { 'if-match': '"1"' } }));
    const stale = { 'if-match': '"1"' };
    const patched = await expectRefused(() => call(h.app, 'PATCH', url(task.id), { session: o.repNorth, body: { priority: 'low' }, headers: stale }), 412);
    expect(patched.body.currentVersion).toBe(2);
    await expectRefused(() => post(o.repNorth, url(task.id, 'start'), undefined, stale), 412);
    await ok(post(o.repNorth, url(task.id, 'start'), undefined, { 'if-match': '"2"' }));
  });

  it('changes an open task’s people, dates and notes on record, refusing an unknown assignee', async () => {
    const task = await newTask(h, o.repNorth, onAccount());
    const res = await ok(call(h.app, 'PATCH', url(task.id), { session: o.repNorth, body: { assigneeId: o.repNorth2.userId, nextActionDate: '2026-05-04', notes: 'Call back in May' } }));
    expect(res.body).toMatchObject({ assigneeId: o.repNorth2.userId, nextActionDate: '2026-05-04', notes: 'Call back in May', version: 2 });
    const timeline = await ok(get(o.repNorth, url(task.id, 'timeline')));
    expect(timeline.body.data[0]).toMatchObject({ action: 'update', changes: { assigneeId: { before: o.repNorth.userId, after: o.repNorth2.userId } } });
    await expectRefused(() => call(h.app, 'PATCH', url(task.id), { session: o.repNorth, body: { controllerId: randomUUID() } }), 422, 'controllerId');
  });
});

describe('tasks: recurrence', () => {
  it('creates the next occurrence when a recurring task is completed: due one interval later, same people', async () => {
    const visit = await newTaskType(h, o.admin, { kind: 'advisory_visit', recurrence: { every: 3, unit: 'month' }, assignmentRule: 'account_owner', defaultControllerId: o.managerNorth.userId });
    const first = await newTask(h, o.managerNorth, onAccount(), { kind: undefined, taskTypeId: visit.id, subject: 'Quarterly advisory visit', dueDate: '2026-01-31', notes: 'Bring the usage report' });
    expect(first.recurrence).toEqual({ every: 3, unit: 'month' });
    const done = await ok(post(o.repNorth, url(first.id, 'complete'), { outcome: 'All fine' }));
    expect(done.body.nextOccurrenceId).toEqual(expect.any(String));
    const next = (await ok(get(o.repNorth, url(done.body.nextOccurrenceId)))).body as TaskBody;
    expect(next).toMatchObject({
      kind: 'advisory_visit',
      taskTypeId: visit.id,
      subject: 'Quarterly advisory visit',
      relatedTo: { type: 'account', id: account.id },
      accountId: account.id,
      assigneeId: o.repNorth.userId,
      controllerId: o.managerNorth.userId,
      createdById: o.managerNorth.userId,
      status: 'pending',
      dueDate: '2026-04-30',
      notes: 'Bring the usage report',
      outcome: '',
      recurrence: { every: 3, unit: 'month' },
      previousOccurrenceId: first.id,
      nextOccurrenceId: null,
    });
    // Reopening and completing again does not create a second occurrence.
    await ok(post(o.repNorth, url(first.id, 'reopen')));
    const again = await ok(post(o.repNorth, url(first.id, 'complete')));
    expect(again.body.nextOccurrenceId).toBe(next.id);
    expect(await listIds(o.repNorth, `filter[relatedType]=account&filter[relatedId]=${account.id}&filter[taskTypeId]=${visit.id}&archived=include`)).toHaveLength(2);
  });

  it('counts from today when the recurring task had no due date, and stops the series on cancel', async () => {
    const task = await newTask(h, o.repNorth, onAccount(), { kind: 'usage_review', recurrence: { every: 10, unit: 'day' } });
    const done = await ok(post(o.repNorth, url(task.id, 'complete')));
    const next = await ok(get(o.repNorth, url(done.body.nextOccurrenceId)));
    expect(next.body.dueDate).toBe('2026-04-30');
    const cancelled = await ok(post(o.repNorth, url(next.body.id, 'cancel'), {}));
    expect(cancelled.body.nextOccurrenceId).toBeNull();
  });
});

describe('tasks: who sees what', () => {
  it('shows a task to whoever does, controls or created it, their managers and admin; 404 to the others', async () => {
    // Rita creates it for Nico (both North), controlled by Sam (South).
    const task = await newTask(h, o.repNorth, onAccount(), { assigneeId: o.repNorth2.userId, controllerId: o.repSouth.userId });
    const southsOwn = await newTask(h, o.repSouth, { type: 'account', id: (await newAccount(h, o.repSouth)).id });
    const sees: [string, Session, boolean, boolean][] = [
      ['the creator', o.repNorth, true, false],
      ['the assignee', o.repNorth2, true, false],
      ['the controller', o.repSouth, true, true],
      ['the manager of the assignee', o.managerNorth, true, false],
      ['admin', o.admin, true, true],
      ['support', o.support, true, true],
    ];
    for (const [who, session, seesTask, seesSouths] of sees) {
      expect((await get(session, url(task.id))).status, who).toBe(seesTask ? 200 : 404);
      expect((await get(session, url(southsOwn.id))).status, `${who} on South's task`).toBe(seesSouths ? 200 : 404);
      expect(await listIds(session, `filter[accountId]=${account.id}`), who).toEqual(seesTask ? expect.arrayContaining([task.id]) : expect.not.arrayContaining([task.id]));
    }
    await expectRefused(() => post(o.repNorth, url(southsOwn.id, 'start')), 404);
    await expectRefused(() => call(h.app, 'PATCH', url(southsOwn.id), { session: o.managerNorth, body: { subject: 'Mine now' } }), 404);
    expect((await get(o.repNorth2, url(southsOwn.id, 'timeline'))).status).toBe(404);
  });

  it('hides a task once it leaves the rep’s hands: reassigned away, the former assignee no longer sees it', async () => {
    const task = await newTask(h, o.managerNorth, onAccount(), { assigneeId: o.repNorth2.userId, controllerId: o.managerNorth.userId });
    await ok(get(o.repNorth2, url(task.id)));
    await ok(call(h.app, 'PATCH', url(task.id), { session: o.managerNorth, body: { assigneeId: o.repNorth.userId } }));
    expect((await get(o.repNorth2, url(task.id))).status).toBe(404);
  });
});

describe('tasks: the explorer', () => {
  /** A fresh rep whose tasks are the only ones these filters can match. */
  let me: Session;
  let boss: Session;
  let mine: Record<string, TaskBody>;
  beforeAll(async () => {
    const org = await newOrganization(h);
    boss = await org.member('sales_manager');
    me = await org.member('sales_rep');
    const customer = (await ok(post(me, '/api/v1/accounts', { name: 'Explorer customer' }), 201)).body.id as string;
    const other = (await ok(post(me, '/api/v1/accounts', { name: 'Other customer' }), 201)).body.id as string;
    const contact = (await ok(post(me, '/api/v1/contacts', { accountId: customer, firstName: 'Eva' }), 201)).body.id as string;
    const task = (body: Record<string, unknown>, related = { type: 'account', id: customer }) => newTask(h, me, related, body);
    mine = {
      overdue: await task({ subject: 'Overdue call', dueDate: '2026-04-01', priority: 'high' }),
      today: await task({ subject: 'Due today', dueDate: '2026-04-20', priority: 'low', controllerId: boss.userId }),
      later: await task({ subject: 'Later', dueDate: '2026-05-15', nextActionDate: '2026-04-25', priority: 'urgent', controllerId: boss.userId }),
      undated: await task({ subject: 'Someday', priority: 'normal', nextActionDate: '2026-04-22' }),
      onContact: await task({ subject: 'Contact call', dueDate: '2026-04-18', kind: 'email' }, { type: 'contact', id: contact }),
      elsewhere: await task({ subject: 'Other account', dueDate: '2026-04-19', assigneeId: boss.userId, controllerId: me.userId }, { type: 'account', id: other }),
      doneLate: await task({ subject: 'Done late', dueDate: '2026-03-01' }),
    };
    await ok(post(me, url(mine.doneLate!.id, 'complete')));
    await ok(post(me, url(mine.today!.id, 'start')));
  });

  const names = async (query: string, session = () => me) => {
    const ids = await listIds(session(), query);
    return ids.map((id) => Object.entries(mine).find(([, t]) => t.id === id)?.[0] ?? id);
  };

  it.each([
    ['mine to do (open, by due date, undated last)', 'filter[mine]=todo', ['overdue', 'onContact', 'today', 'later', 'undated']],
    ['mine to do, done ones', 'filter[mine]=todo&filter[status]=done', ['doneLate']],
    ['mine to control (open)', 'filter[mine]=control', ['overdue', 'onContact', 'elsewhere', 'undated']],
    ['overdue', 'filter[overdue]=true', ['overdue', 'onContact', 'elsewhere']],
    ['not overdue', 'filter[overdue]=false', ['doneLate', 'today', 'later', 'undated']],
    ['in progress', 'filter[status]=in_progress', ['today']],
    ['urgent', 'filter[priority]=urgent', ['later']],
    ['on the account or anything of it', `filter[accountId]=${'{customer}'}`, ['doneLate', 'overdue', 'onContact', 'today', 'later', 'undated']],
    ['by kind', 'filter[kind]=email', ['onContact']],
    ['due in a period', 'filter[dueFrom]=2026-04-18&filter[dueTo]=2026-04-20', ['onContact', 'elsewhere', 'today']],
    ['next action in a period, by next action', 'filter[nextActionFrom]=2026-04-21&filter[nextActionTo]=2026-04-30&sort=nextActionDate', ['undated', 'later']],
    ['by creation, newest first', 'filter[assigneeId]={me}&sort=-createdAt', ['doneLate', 'onContact', 'undated', 'later', 'today', 'overdue']],
    ['searched by subject', 'q=someday', ['undated']],
  ])('%s', async (_name, query, expected) => {
    const resolved = query.replace('{customer}', mine.overdue!.accountId!).replace('{me}', me.userId);
    const got = await names(resolved);
    if (query.includes('sort=')) expect(got).toEqual(expected);
    else expect([...got].sort()).toEqual([...expected].sort());
  });

  it('sorts by priority, urgent first (and the other way round)', async () => {
    const priorities = async (sort: string) => ((await ok(get(me, `/api/v1/tasks?filter[mine]=todo&sort=${sort}`))).body.data as TaskBody[]).map((t) => t.priority);
    expect(await priorities('priority')).toEqual(['urgent', 'high', 'normal', 'normal', 'low']);
    expect(await priorities('-priority')).toEqual(['low', 'normal', 'normal', 'high', 'urgent']);
  });

  it('sorts by due date with undated tasks last, across pages', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: Response = await ok(get(me, `/api/v1/tasks?filter[assigneeId]=${me.userId}&sort=dueDate&limit=2${cursor ? `&cursor=${cursor}` : ''}`));
      seen.push(...(res.body.data as TaskBody[]).map((t) => t.subject));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['Done late', 'Overdue call', 'Contact call', 'Due today', 'Later', 'Someday']);
    const backwards: string[] = [];
    cursor = null;
    do {
      const res: Response = await ok(get(me, `/api/v1/tasks?filter[assigneeId]=${me.userId}&sort=-dueDate&limit=4${cursor ? `&cursor=${cursor}` : ''}`));
      backwards.push(...(res.body.data as TaskBody[]).map((t) => t.subject));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(backwards).toEqual([...seen].reverse());
  });

  it('answers 400 to an unknown filter or sort', async () => {
    expectProblem(await get(me, '/api/v1/tasks?filter[mine]=everything'), 400);
    expectProblem(await get(me, '/api/v1/tasks?sort=subject'), 400);
  });

  it('shows the boss (a manager without a team here) only what they do or control', async () => {
    expect(await names('filter[overdue]=true', () => boss)).toEqual(['elsewhere']);
  });
});

describe('tasks: the API document', () => {
  it('describes the task routes', async () => {
    const res = await ok(call(h.app, 'GET', '/api/v1/openapi.json'));
    expect(Object.keys(res.body.paths)).toEqual(expect.arrayContaining(['/api/v1/tasks', '/api/v1/tasks/{id}/complete', '/api/v1/task-types', '/api/v1/projects', '/api/v1/time-entries']));
  });
});
