import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, countRows, expectProblem, startHarness, type Harness, type Session } from '../support/harness.js';
import { acceptedQuote, newQuote } from '../support/quotes.js';
import { newAccount, newContact, newOpportunity, salesOrganization, type SalesOrganization } from '../support/sales-org.js';
import { newTask, ok, type TaskBody } from '../support/tasks.js';

let h: Harness;
let o: SalesOrganization;
let account: { id: string };
let contact: { id: string };
let deal: { id: string };
let quote: { id: string };
let order: { id: string };
let hiddenDeal: { id: string };
let task: TaskBody;
let entry: { id: string };
let accountNote: { id: string };
let contactNote: { id: string };

type Entry = { kind: string; occurredAt: string; actorId: string | null; actorName: string | null; record: { type: string; id: string }; [k: string]: unknown };

beforeAll(async () => {
  h = await startHarness();
  o = await salesOrganization(h);
  account = await newAccount(h, o.repNorth, { name: 'Hotel Mediterráneo' });
  contact = await newContact(h, o.repNorth, account.id, { firstName: 'Carla', lastName: 'Ruiz' });
  deal = await newOpportunity(h, o.repNorth, account.id, { amount: { amount: '5000.00', currency: 'EUR' } });
  quote = await newQuote(h, o.repNorth, deal.id);
  const won = await newOpportunity(h, o.repNorth, account.id, { amount: { amount: '242.00', currency: 'EUR' } });
  order = { id: (await acceptedQuote(h, o.repNorth, won.id)).orderId };
  // Nico's deal on Rita's account: Rita does not see it, their manager does.
  hiddenDeal = await newOpportunity(h, o.managerNorth, account.id, { name: 'Nico’s deal', ownerId: o.repNorth2.userId });
  task = await newTask(h, o.repNorth, { type: 'contact', id: contact.id }, { subject: 'Call Carla', assigneeId: o.repNorth.userId, controllerId: o.managerNorth.userId });
  entry = (await ok(call(h.app, 'POST', '/api/v1/time-entries', { session: o.repNorth, body: { taskId: task.id, date: '2026-04-20', minutes: 25, comment: 'Long call' } }), 201)).body;
  await ok(call(h.app, 'POST', `/api/v1/tasks/${task.id}/complete`, { session: o.managerNorth, body: { outcome: 'She will order' } }));
  await ok(call(h.app, 'PATCH', `/api/v1/accounts/${account.id}`, { session: o.repNorth, body: { phone: '+34 600 000 000' } }));
  accountNote = (await ok(call(h.app, 'POST', '/api/v1/notes', { session: o.repNorth, body: { relatedTo: { type: 'account', id: account.id }, body: '  Prefers calls in the morning  ' } }), 201)).body;
  contactNote = (await ok(call(h.app, 'POST', '/api/v1/notes', { session: o.managerNorth, body: { relatedTo: { type: 'contact', id: contact.id }, body: 'Met her at the fair' } }), 201)).body;
});
afterAll(() => h.close());

const activity = async (session: Session, path: string, query = 'limit=200') => (await ok(call(h.app, 'GET', `/api/v1/${path}/activity?${query}`, { session }))).body as { data: Entry[]; nextCursor: string | null };

describe('notes', () => {
  it('writes a note on a record the author sees, trimmed, with its author and an audit row', async () => {
    const read = await ok(call(h.app, 'GET', `/api/v1/notes/${accountNote.id}`, { session: o.repNorth }));
    expect(read.body).toMatchObject({ body: 'Prefers calls in the morning', relatedTo: { type: 'account', id: account.id }, accountId: account.id, authorId: o.repNorth.userId, version: 1 });
    const trail = await ok(call(h.app, 'GET', `/api/v1/notes/${accountNote.id}/timeline`, { session: o.repNorth }));
    expect(trail.body.data.map((e: { action: string }) => e.action)).toEqual(['create']);
    const onContact = await ok(call(h.app, 'GET', `/api/v1/notes/${contactNote.id}`, { session: o.repNorth }));
    expect(onContact.body.accountId).toBe(account.id);
  });

  it.each([
    [{ relatedTo: { type: 'account', id: '00000000-0000-4000-8000-000000000000' }, body: 'x' }, 'relatedTo.id'],
    [{ relatedTo: { type: 'invoice', id: '00000000-0000-4000-8000-000000000000' }, body: 'x' }, 'relatedTo.type'],
    [{ relatedTo: { type: 'account', id: 'ACCOUNT' }, body: '   ' }, 'body'],
  ])('refuses %j with 422 on the failing path and writes nothing', async (body, path) => {
    const before = await countRows(h, 'notes', o.orgId);
    const res = await call(h.app, 'POST', '/api/v1/notes', { session: o.repNorth, body: JSON.parse(JSON.stringify(body).replace('ACCOUNT', account.id)) });
    expectProblem(res, 422);
    expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ path })]));
    expect(await countRows(h, 'notes', o.orgId)).toBe(before);
  });

  it('refuses a note on a record the author may not see (422), and hides notes of such records (404)', async () => {
    const res = await call(h.app, 'POST', '/api/v1/notes', { session: o.repSouth, body: { relatedTo: { type: 'account', id: account.id }, body: 'Peeking' } });
    expectProblem(res, 422);
    expectProblem(await call(h.app, 'GET', `/api/v1/notes/${accountNote.id}`, { session: o.repSouth }), 404);
    expectProblem(await call(h.app, 'GET', `/api/v1/notes?filter[relatedType]=account&filter[relatedId]=${account.id}`, { session: o.repSouth }), 404);
    expectProblem(await call(h.app, 'GET', `/api/v1/notes?filter[relatedType]=account`, { session: o.repSouth }), 400);
  });

  it('lists a record’s notes for whoever sees it, and my own notes without a filter', async () => {
    const onAccount = await ok(call(h.app, 'GET', `/api/v1/notes?filter[relatedType]=account&filter[relatedId]=${account.id}`, { session: o.managerNorth }));
    expect(onAccount.body.data.map((n: { id: string }) => n.id)).toEqual([accountNote.id]);
    const mine = await ok(call(h.app, 'GET', '/api/v1/notes', { session: o.managerNorth }));
    expect(mine.body.data.map((n: { id: string }) => n.id)).toEqual([contactNote.id]);
  });

  it('lets only the author change (If-Match, 412 when stale) or archive a note', async () => {
    const note = (await ok(call(h.app, 'POST', '/api/v1/notes', { session: o.repNorth, body: { relatedTo: { type: 'opportunity', id: deal.id }, body: 'Budget approved in May' } }), 201)).body;
    const path = `/api/v1/notes/${note.id}`;
    expectProblem(await call(h.app, 'PATCH', path, { session: o.managerNorth, body: { body: 'Rewritten' } }), 403);
    expectProblem(await call(h.app, 'DELETE', path, { session: o.managerNorth }), 403);
    const changed = await ok(call(h.app, 'PATCH', path, { session: o.repNorth, body: { body: 'Budget approved in June' }, headers: { 'if-match': '"1"' } }));
    expect(changed.body).toMatchObject({ version: 2, body: 'Budget approved in June' });
    expectProblem(await call(h.app, 'PATCH', path, { session: o.repNorth, body: { body: 'Stale' }, headers: { 'if-match': '"1"' } }), 412);
    const inTimeline = (await activity(o.repNorth, `opportunities/${deal.id}`, 'filter[kind]=note')).data;
    expect(inTimeline).toEqual([expect.objectContaining({ kind: 'note', note: { id: note.id, body: 'Budget approved in June', edited: true } })]);
    await ok(call(h.app, 'DELETE', path, { session: o.repNorth }), 204);
    expectProblem(await call(h.app, 'PATCH', path, { session: o.repNorth, body: { body: 'Again' } }), 409);
    expect((await activity(o.repNorth, `opportunities/${deal.id}`, 'filter[kind]=note')).data).toEqual([]);
  });
});

describe('a record’s timeline', () => {
  it('merges the account’s diary newest first: its changes and its records’, tasks, notes and time entries', async () => {
    const { data } = await activity(o.managerNorth, `accounts/${account.id}`);
    const times = data.map((e) => e.occurredAt);
    expect(times).toEqual([...times].sort().reverse());
    const has = (kind: string, type: string, id: string) => data.some((e) => e.kind === kind && e.record.type === type && e.record.id === id);
    expect(has('change', 'account', account.id)).toBe(true);
    expect(has('change', 'contact', contact.id)).toBe(true);
    expect(has('change', 'opportunity', deal.id)).toBe(true);
    expect(has('change', 'opportunity', hiddenDeal.id)).toBe(true);
    expect(has('change', 'quote', quote.id)).toBe(true);
    expect(has('change', 'order', order.id)).toBe(true);
    expect(has('note', 'account', account.id) && has('note', 'contact', contact.id)).toBe(true);
    expect(data.find((e) => e.kind === 'task_created')).toMatchObject({ record: { type: 'contact', id: contact.id }, actorId: o.repNorth.userId, task: { id: task.id, subject: 'Call Carla' } });
    expect(data.find((e) => e.kind === 'task_completed')).toMatchObject({ actorId: o.managerNorth.userId, actorName: 'Manuela North', task: { id: task.id, status: 'done', outcome: 'She will order' } });
    expect(data.find((e) => e.kind === 'time_entry')).toMatchObject({ record: { type: 'contact', id: contact.id }, timeEntry: { id: entry.id, minutes: 25, date: '2026-04-20', comment: 'Long call' } });
    const phone = data.find((e) => e.kind === 'change' && e.record.type === 'account' && (e.change as { action: string }).action === 'update');
    expect(phone).toMatchObject({ actorName: 'Rita North', change: { changes: { phone: { before: '', after: '+34 600 000 000' } } } });
  });

  it('pages through the merged stream with a cursor, each entry once', async () => {
    const whole = (await activity(o.managerNorth, `accounts/${account.id}`)).data;
    expect(whole.length).toBeGreaterThan(10);
    const walked: Entry[] = [];
    let cursor: string | null = null;
    do {
      const page: { data: Entry[]; nextCursor: string | null } = await activity(o.managerNorth, `accounts/${account.id}`, `limit=4${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.data.length).toBeLessThanOrEqual(4);
      walked.push(...page.data);
      cursor = page.nextCursor;
    } while (cursor);
    expect(walked).toEqual(whole);
    expectProblem(await call(h.app, 'GET', `/api/v1/accounts/${account.id}/activity?cursor=abc`, { session: o.managerNorth }), 400);
  });

  it('shows a rep only the records they may see, and answers 404 to whoever may not see the account', async () => {
    const { data } = await activity(o.repNorth, `accounts/${account.id}`);
    expect(data.some((e) => e.record.id === hiddenDeal.id)).toBe(false);
    expect(data.some((e) => e.record.id === deal.id)).toBe(true);
    expectProblem(await call(h.app, 'GET', `/api/v1/accounts/${account.id}/activity`, { session: o.repSouth }), 404);
    expectProblem(await call(h.app, 'GET', `/api/v1/contacts/${contact.id}/activity`, { session: o.repSouth }), 404);
  });

  it('keeps another record’s timeline to its own entries, and filters by kind', async () => {
    const { data } = await activity(o.repNorth, `contacts/${contact.id}`);
    expect(new Set(data.map((e) => e.record.id))).toEqual(new Set([contact.id]));
    expect(new Set(data.map((e) => e.kind))).toEqual(new Set(['change', 'task_created', 'task_completed', 'note', 'time_entry']));
    const tasksOnly = (await activity(o.repNorth, `contacts/${contact.id}`, 'filter[kind]=task_created,task_completed')).data;
    expect(tasksOnly.map((e) => e.kind)).toEqual(['task_completed', 'task_created']);
    expectProblem(await call(h.app, 'GET', `/api/v1/contacts/${contact.id}/activity?filter[kind]=gossip`, { session: o.repNorth }), 400);
    const onDeal = (await activity(o.repNorth, `opportunities/${deal.id}`)).data;
    expect(onDeal.every((e) => e.record.id === deal.id)).toBe(true);
    const onOrder = (await activity(o.repNorth, `orders/${order.id}`, 'filter[kind]=change')).data;
    expect(onOrder.length).toBeGreaterThan(0);
  });
});
