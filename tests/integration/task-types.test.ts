import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, expectProblem, startHarness, type Harness, type Response } from '../support/harness.js';
import { salesOrganization, type SalesOrganization } from '../support/sales-org.js';
import { newTaskType, ok, taskFootprint } from '../support/tasks.js';

let h: Harness;
let o: SalesOrganization;

beforeAll(async () => {
  h = await startHarness();
  o = await salesOrganization(h);
});
afterAll(() => h.close());

const url = (id = '') => `/api/v1/task-types${id ? `/${id}` : ''}`;
const tag = () => randomUUID().slice(0, 8);

async function expectRefused(request: () => Promise<Response>, status: number, path?: string): Promise<Response> {
  const before = await taskFootprint(h, o.orgId);
  const res = await request();
  expectProblem(res, status);
  if (path) expect(res.body.errors, JSON.stringify(res.body)).toEqual(expect.arrayContaining([expect.objectContaining({ path })]));
  expect(await taskFootprint(h, o.orgId)).toEqual(before);
  return res;
}

describe('task types', () => {
  it('are created by an admin with their defaults, and read back the same', async () => {
    const body = {
      name: `Advisory visit ${tag()}`,
      kind: 'advisory_visit',
      defaultPriority: 'high',
      defaultDurationMinutes: 90,
      defaultControllerId: o.managerNorth.userId,
      assignmentRule: 'territory_rep',
      recurrence: { every: 3, unit: 'month' },
    };
    const res = await ok(call(h.app, 'POST', url(), { session: o.admin, body }), 201);
    expect(res.body).toEqual({ id: expect.any(String), version: 1, createdAt: expect.any(String), updatedAt: expect.any(String), archivedAt: null, ...body });
    const read = await ok(call(h.app, 'GET', url(res.body.id), { session: o.repSouth }));
    expect(read.body).toEqual(res.body);
    expect(read.headers.etag).toBe('"1"');
  });

  it('default to normal priority, no duration, no controller, no rule and no recurrence', async () => {
    const type = await newTaskType(h, o.admin, { kind: 'email' });
    expect(type).toMatchObject({ defaultPriority: 'normal', defaultDurationMinutes: null, defaultControllerId: null, assignmentRule: 'none', recurrence: null });
  });

  it('are read by everyone, in name order, filtered by kind', async () => {
    const prefix = tag();
    await newTaskType(h, o.admin, { name: `${prefix} b demo`, kind: 'demo' });
    await newTaskType(h, o.admin, { name: `${prefix} a call`, kind: 'call' });
    for (const session of [o.repNorth, o.finance, o.support]) {
      const res = await ok(call(h.app, 'GET', `${url()}?q=${prefix}`, { session }));
      expect(res.body.data.map((t: { name: string }) => t.name)).toEqual([`${prefix} a call`, `${prefix} b demo`]);
    }
    const demos = await ok(call(h.app, 'GET', `${url()}?q=${prefix}&filter[kind]=demo`, { session: o.repNorth }));
    expect(demos.body.data.map((t: { kind: string }) => t.kind)).toEqual(['demo']);
  });

  it.each([
    ['sales_manager', () => o.managerNorth],
    ['sales_rep', () => o.repNorth],
    ['finance', () => o.finance],
    ['support', () => o.support],
  ])('may not be created, changed or archived by a %s (403, nothing written)', async (_role, session) => {
    const type = await newTaskType(h, o.admin);
    await expectRefused(() => call(h.app, 'POST', url(), { session: session(), body: { name: `Mine ${tag()}`, kind: 'call' } }), 403);
    await expectRefused(() => call(h.app, 'PATCH', url(type.id), { session: session(), body: { name: 'Mine' } }), 403);
    await expectRefused(() => call(h.app, 'DELETE', url(type.id), { session: session() }), 403);
  });

  describe('invalid input answers 422 naming the field and writes nothing', () => {
    const cases: [string, Record<string, unknown>, string][] = [
      ['no name', { kind: 'call' }, 'name'],
      ['no kind', { name: 'Nameless kind' }, 'kind'],
      ['an unknown kind', { name: 'Party', kind: 'party' }, 'kind'],
      ['an unknown rule', { name: 'Rule', kind: 'call', assignmentRule: 'round_robin' }, 'assignmentRule'],
      ['a recurrence without unit', { name: 'Every 3', kind: 'visit', recurrence: { every: 3 } }, 'recurrence.unit'],
      ['a recurrence of zero', { name: 'Never', kind: 'visit', recurrence: { every: 0, unit: 'day' } }, 'recurrence.every'],
      ['a zero duration', { name: 'Instant', kind: 'call', defaultDurationMinutes: 0 }, 'defaultDurationMinutes'],
      ['a controller who is no user', { name: 'Controlled', kind: 'call', defaultControllerId: randomUUID() }, 'defaultControllerId'],
    ];
    it.each(cases)('%s', async (_name, body, path) => {
      await expectRefused(() => call(h.app, 'POST', url(), { session: o.admin, body }), 422, path);
    });
  });

  it('answers 409 to a second type of the same name (any case), and writes nothing', async () => {
    const name = `Presentation ${tag()}`;
    await newTaskType(h, o.admin, { name });
    const res = await expectRefused(() => call(h.app, 'POST', url(), { session: o.admin, body: { name: name.toUpperCase(), kind: 'presentation' } }), 409);
    expect(res.body.errors).toEqual([expect.objectContaining({ path: 'name' })]);
  });

  it('change with If-Match (412 when stale), clear their recurrence, and are audited', async () => {
    const type = await newTaskType(h, o.admin, { kind: 'visit', recurrence: { every: 1, unit: 'week' } });
    const changed = await ok(call(h.app, 'PATCH', url(type.id), { session: o.admin, body: { recurrence: null, defaultPriority: 'urgent' }, headers: { 'if-match': '"1"' } }));
    expect(changed.body).toMatchObject({ version: 2, recurrence: null, defaultPriority: 'urgent' });
    expect(changed.headers.etag).toBe('"2"');
    const stale = await expectRefused(() => call(h.app, 'PATCH', url(type.id), { session: o.admin, body: { name: 'Stale' }, headers: { 'if-match': '"1"' } }), 412);
    expect(stale.body.currentVersion).toBe(2);
    const timeline = await ok(call(h.app, 'GET', `${url(type.id)}/timeline`, { session: o.admin }));
    expect(timeline.body.data.map((e: { action: string }) => e.action)).toEqual(['update', 'create']);
    expect(timeline.body.data[0].changes).toEqual({
      defaultPriority: { before: 'normal', after: 'urgent' },
      recurrenceEvery: { before: 1, after: null },
      recurrenceUnit: { before: 'week', after: null },
    });
  });

  it('archive on DELETE: they leave the list, cannot change, and archiving again is harmless', async () => {
    const type = await newTaskType(h, o.admin, { name: `Old ${tag()}` });
    await ok(call(h.app, 'DELETE', url(type.id), { session: o.admin }), 204);
    await ok(call(h.app, 'DELETE', url(type.id), { session: o.admin }), 204);
    const listed = await ok(call(h.app, 'GET', `${url()}?q=${type.name}`, { session: o.admin }));
    expect(listed.body.data).toEqual([]);
    const archived = await ok(call(h.app, 'GET', `${url()}?q=${type.name}&archived=only`, { session: o.admin }));
    expect(archived.body.data).toEqual([expect.objectContaining({ id: type.id, archivedAt: expect.any(String) })]);
    const res = await expectRefused(() => call(h.app, 'PATCH', url(type.id), { session: o.admin, body: { name: 'Revived' } }), 409);
    expect(res.body.state).toBe('archived');
    const { rows } = await h.owner.query<{ n: number }>(`select count(*)::int as n from audit_events where entity_id = $1 and action = 'archive'`, [type.id]);
    expect(rows[0]!.n).toBe(1);
  });

  it('answer 404 for a type that does not exist', async () => {
    expectProblem(await call(h.app, 'GET', url(randomUUID()), { session: o.repNorth }), 404);
  });
});
