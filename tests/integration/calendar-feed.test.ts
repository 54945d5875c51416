import { createHash } from 'node:crypto';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, expectProblem, startHarness, type Harness } from '../support/harness.js';
import { newAccount, newContact, salesOrganization, type SalesOrganization } from '../support/sales-org.js';
import { newTask, ok, type TaskBody } from '../support/tasks.js';

let h: Harness;
let o: SalesOrganization;
let account: { id: string; name: string };
let dueTask: TaskBody;
let nextActionTask: TaskBody;
let onContact: TaskBody;
beforeAll(async () => {
  h = await startHarness();
  o = await salesOrganization(h);
  account = await newAccount(h, o.repNorth, { name: 'Aguas del Sur' });
  const contact = await newContact(h, o.repNorth, account.id, { firstName: 'Carla', lastName: 'Ruiz' });
  const onAccount = { type: 'account', id: account.id };
  dueTask = await newTask(h, o.repNorth, onAccount, { subject: 'Call, about the renewal; urgently', dueDate: '2026-05-04', nextActionDate: '2026-05-02', priority: 'urgent' });
  nextActionTask = await newTask(h, o.repNorth, onAccount, { kind: 'visit', subject: 'Visit the plant', nextActionDate: '2026-05-06', notes: 'Bring the samples' });
  onContact = await newTask(h, o.repNorth, { type: 'contact', id: contact.id }, { subject: 'Send the brochure', dueDate: '2026-05-07' });
  // Not in Rita's calendar: undated, done, or done by someone else (even if she controls it).
  await newTask(h, o.repNorth, onAccount, { subject: 'Someday' });
  const done = await newTask(h, o.repNorth, onAccount, { subject: 'Already done', dueDate: '2026-05-01' });
  await ok(call(h.app, 'POST', `/api/v1/tasks/${done.id}/complete`, { session: o.repNorth, body: {} }));
  await newTask(h, o.repNorth, onAccount, { subject: 'Nico does it', dueDate: '2026-05-03', assigneeId: o.repNorth2.userId });
});
afterAll(() => h.close());

const feedPath = (url: string) => new URL(url).pathname;
const fetchFeed = (url: string) => call(h.app, 'GET', feedPath(url));

function eventsOf(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((e) => ({
    uid: String(e.getFirstPropertyValue('uid')),
    summary: String(e.getFirstPropertyValue('summary')),
    description: String(e.getFirstPropertyValue('description') ?? ''),
    url: String(e.getFirstPropertyValue('url')),
    start: e.getFirstPropertyValue('dtstart') as ICAL.Time,
    end: e.getFirstPropertyValue('dtend') as ICAL.Time,
  }));
}

describe('the iCalendar feed', () => {
  let url: string;

  it('gives a secret URL once and keeps only its hash', async () => {
    expect((await ok(call(h.app, 'GET', '/api/v1/me/calendar-feed', { session: o.repNorth }))).body).toEqual({ active: false, rotatedAt: null });
    const res = await ok(call(h.app, 'POST', '/api/v1/me/calendar-feed', { session: o.repNorth }), 201);
    url = res.body.url;
    expect(url).toMatch(/^http:\/\/localhost(:\d+)?\/api\/v1\/calendar\/cal_[A-Za-z0-9_-]{43}\.ics$/);
    const token = /calendar\/(.+)\.ics$/.exec(url)![1]!;
    const { rows } = await h.owner.query('select token_hash from calendar_feeds where user_id = $1', [o.repNorth.userId]);
    expect(rows).toEqual([{ token_hash: createHash('sha256').update(token).digest('hex') }]);
    const { rows: trail } = await h.owner.query<{ changes: string }>(`select changes::text from audit_events where entity_type = 'calendar-feeds' and org_id = $1`, [o.orgId]);
    expect(trail).toHaveLength(1);
    expect(trail[0]!.changes).not.toContain(token);
    expect((await ok(call(h.app, 'GET', '/api/v1/me/calendar-feed', { session: o.repNorth }))).body).toMatchObject({ active: true });
  });

  it('answers text/calendar that a real parser reads: one all-day event per open dated task of mine', async () => {
    const res = await fetchFeed(url);
    expect(res.status).toBe(200);
    expect(String(res.headers['content-type'])).toContain('text/calendar');
    const events = eventsOf(res.body as string);
    expect(events.map((e) => e.summary).sort()).toEqual(['Call, about the renewal; urgently', 'Send the brochure', 'Visit the plant']);
    const byUid = new Map(events.map((e) => [e.uid, e]));
    const due = byUid.get(`${dueTask.id}@ciclo`)!;
    expect(due.start.isDate).toBe(true);
    expect(due.start.toString()).toBe('2026-05-04');
    expect(due.end.toString()).toBe('2026-05-05');
    expect(due.description).toContain('Account: Aguas del Sur');
    expect(due.description).toContain('Next action: 2026-05-02');
    expect(due.url).toMatch(new RegExp(`/tasks/${dueTask.id}$`));
    const visit = byUid.get(`${nextActionTask.id}@ciclo`)!;
    expect(visit.start.toString()).toBe('2026-05-06');
    expect(visit.description).toContain('Bring the samples');
    expect(byUid.get(`${onContact.id}@ciclo`)!.description).toContain('Contact: Carla Ruiz');
  });

  it('keeps each task’s UID across fetches and follows its changes', async () => {
    await ok(call(h.app, 'PATCH', `/api/v1/tasks/${dueTask.id}`, { session: o.repNorth, body: { dueDate: '2026-05-05' } }));
    const events = eventsOf((await fetchFeed(url)).body as string);
    const moved = events.find((e) => e.uid === `${dueTask.id}@ciclo`)!;
    expect(moved.start.toString()).toBe('2026-05-05');
    expect(events).toHaveLength(3);
  });

  it('stops answering the old URL once rotated (404), and the new one works', async () => {
    const rotated = await ok(call(h.app, 'POST', '/api/v1/me/calendar-feed', { session: o.repNorth }), 201);
    expect(rotated.body.url).not.toBe(url);
    expectProblem(await fetchFeed(url), 404);
    expect((await fetchFeed(rotated.body.url)).status).toBe(200);
    url = rotated.body.url;
  });

  it('answers 404 once revoked, and to a made-up token', async () => {
    await ok(call(h.app, 'DELETE', '/api/v1/me/calendar-feed', { session: o.repNorth }), 204);
    expectProblem(await fetchFeed(url), 404);
    expectProblem(await call(h.app, 'GET', '/api/v1/calendar/cal_made-up.ics'), 404);
    expect((await ok(call(h.app, 'GET', '/api/v1/me/calendar-feed', { session: o.repNorth }))).body).toEqual({ active: false, rotatedAt: null });
    const { rows } = await h.owner.query<{ action: string }>(`select action from audit_events where entity_type = 'calendar-feeds' and org_id = $1 order by occurred_at`, [o.orgId]);
    expect(rows.map((r) => r.action)).toEqual(['create', 'rotate', 'revoke']);
  });

  it('speaks the user’s language, and names only records the user may see', async () => {
    await newTask(h, o.repNorth, { type: 'account', id: account.id }, { subject: 'Revisar la oferta', dueDate: '2026-05-08', assigneeId: o.managerNorth.userId });
    await ok(call(h.app, 'PATCH', '/api/v1/me', { session: o.managerNorth, body: { locale: 'es' } }));
    const manager = await ok(call(h.app, 'POST', '/api/v1/me/calendar-feed', { session: o.managerNorth }), 201);
    const [event] = eventsOf((await fetchFeed(manager.body.url)).body as string);
    expect(event).toMatchObject({ summary: 'Revisar la oferta', description: 'Cuenta: Aguas del Sur' });
    // Nico does a task on Rita's account, which a rep of his does not see: the event does not name it.
    const nico = await ok(call(h.app, 'POST', '/api/v1/me/calendar-feed', { session: o.repNorth2 }), 201);
    const events = eventsOf((await fetchFeed(nico.body.url)).body as string);
    expect(events.map((e) => [e.summary, e.description])).toEqual([['Nico does it', 'Account: —']]);
  });

  it('stops answering for an archived user', async () => {
    const feed = await ok(call(h.app, 'POST', '/api/v1/me/calendar-feed', { session: o.repNorth2 }), 201);
    expect((await fetchFeed(feed.body.url)).status).toBe(200);
    await ok(call(h.app, 'DELETE', `/api/v1/users/${o.repNorth2.userId}`, { session: o.admin }), 204);
    expectProblem(await fetchFeed(feed.body.url), 404);
  });
});
