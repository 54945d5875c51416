import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/server/kernel/clock.js';
import { call, expectProblem, newOrganization, signIn, startHarness, type Harness, type Response, type Session } from '../support/harness.js';
import {
  crmFootprint,
  defaultPipeline,
  newAccount,
  newContact,
  newOpportunity,
  newPipeline,
  salesOrganization,
  type PipelineBody,
  type SalesOrganization,
} from '../support/sales-org.js';

let h: Harness;
let o: SalesOrganization;
/** The shared organisation's default pipeline ("Sales") and a second one; neither changes shape in this file. */
let sales: PipelineBody;
let alt: PipelineBody;
let reasons: { id: string; name: string }[];
/** Records of another organisation, which no reference may point to. */
let foreign: { stageId: string; lostReasonId: string };

beforeAll(async () => {
  h = await startHarness();
  o = await salesOrganization(h);
  sales = await defaultPipeline(h, o.admin);
  alt = await newPipeline(h, o.admin, { name: 'Renewals' });
  reasons = (await call(h.app, 'GET', '/api/v1/lost-reasons', { session: o.admin })).body.data;
  const other = await newOrganization(h);
  foreign = {
    stageId: (await defaultPipeline(h, other.admin)).stages[1]!.id,
    lostReasonId: (await call(h.app, 'GET', '/api/v1/lost-reasons', { session: other.admin })).body.data[0].id,
  };
});
afterAll(() => h.close());

type StageVisit = { id: string; stageId: string; stageName: string; enteredAt: string; enteredBy: string | null; leftAt: string | null; leftBy: string | null };
type AuditEvent = { action: string; actorUserId: string | null; changes: Record<string, { before: unknown; after: unknown }> };

const tag = () => randomUUID().slice(0, 8);
const days = (n: number) => n * 24 * 60 * 60 * 1000;
const url = (id: string, action = '') => `/api/v1/opportunities/${id}${action ? `/${action}` : ''}`;
const get = (session: Session, path: string, app = h) => call(app.app, 'GET', path, { session });
const post = (session: Session, path: string, body?: unknown, headers: Record<string, string> = {}, app = h) => call(app.app, 'POST', path, { session, body, headers });
const patch = (session: Session, id: string, body: unknown, headers: Record<string, string> = {}) => call(h.app, 'PATCH', url(id), { session, body, headers });
const move = (session: Session, id: string, stageId: string, headers: Record<string, string> = {}, app = h) => post(session, url(id, 'move'), { stageId }, headers, app);
const win = (session: Session, id: string, headers: Record<string, string> = {}, app = h) => post(session, url(id, 'win'), undefined, headers, app);
const lose = (session: Session, id: string, body: unknown = { lostReasonId: reasons[0]!.id }, headers: Record<string, string> = {}) => post(session, url(id, 'lose'), body, headers);

async function ok(res: Response | Promise<Response>, status = 200): Promise<Response> {
  const answered = await res;
  expect(answered.status, JSON.stringify(answered.body)).toBe(status);
  return answered;
}

async function history(session: Session, id: string): Promise<StageVisit[]> {
  return (await ok(get(session, url(id, 'stage-history')))).body.data;
}

async function timeline(session: Session, id: string): Promise<AuditEvent[]> {
  return (await ok(get(session, url(id, 'timeline')))).body.data;
}

function expectFieldError(res: Response, path: string): void {
  expectProblem(res, 422);
  expect(res.body.errors, JSON.stringify(res.body)).toEqual(expect.arrayContaining([expect.objectContaining({ path })]));
}

/** Runs `request` and checks it answers `status` and leaves the organisation exactly as it was. */
async function expectRefused(request: () => Promise<Response>, status: number, path?: string): Promise<Response> {
  const before = await crmFootprint(h, o.orgId);
  const res = await request();
  if (path) expectFieldError(res, path);
  else expectProblem(res, status);
  expect(res.status).toBe(status);
  expect(await crmFootprint(h, o.orgId)).toEqual(before);
  return res;
}

describe('opportunities: create', () => {
  it('defaults to the default pipeline’s first stage and its probability, the account’s currency and the caller as owner', async () => {
    const account = await newAccount(h, o.repNorth, { currency: 'USD' });
    const res = await ok(post(o.repNorth, '/api/v1/opportunities', { name: '  Pumps  ', accountId: account.id }), 201);
    expect(res.body).toEqual({
      id: expect.any(String),
      version: 1,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      archivedAt: null,
      name: 'Pumps',
      accountId: account.id,
      contactId: null,
      pipelineId: sales.id,
      stageId: sales.stages[0]!.id,
      amount: { amount: '0.00', currency: 'USD' },
      probability: '10',
      expectedCloseDate: null,
      forecastCategory: 'pipeline',
      status: 'open',
      lostReasonId: null,
      lostNote: '',
      closedAt: null,
      ownerId: o.repNorth.userId,
      sourceLeadId: null,
      stageEnteredAt: expect.any(String),
      lastActivityAt: res.body.stageEnteredAt,
      stale: false,
    });
    const read = await ok(get(o.repNorth, url(res.body.id)));
    expect(read.headers.etag).toBe('"1"');
    expect(read.body).toEqual(res.body);
    expect(await history(o.repNorth, res.body.id)).toEqual([
      { id: expect.any(String), stageId: sales.stages[0]!.id, stageName: 'Qualification', enteredAt: res.body.stageEnteredAt, enteredBy: o.repNorth.userId, leftAt: null, leftBy: null },
    ]);
  });

  it('takes an explicit pipeline, stage, probability, amount, contact, close date and forecast; a manager may give it to a rep of the team', async () => {
    const account = await newAccount(h, o.repNorth);
    const contact = await newContact(h, o.repNorth, account.id);
    const body = {
      name: 'Service contract',
      accountId: account.id,
      contactId: contact.id,
      pipelineId: alt.id,
      stageId: alt.stages[1]!.id,
      probability: '33.5',
      amount: { amount: '1234.5', currency: 'GBP' },
      expectedCloseDate: '2026-12-31',
      forecastCategory: 'best_case',
      ownerId: o.repNorth.userId,
    };
    const res = await ok(post(o.managerNorth, '/api/v1/opportunities', body), 201);
    expect(res.body).toMatchObject({ ...body, amount: { amount: '1234.50', currency: 'GBP' }, status: 'open' });
    expect((await history(o.repNorth, res.body.id)).map((v) => [v.stageName, v.enteredBy])).toEqual([['Offer', o.managerNorth.userId]]);
  });

  describe('invalid input answers 422 naming the field and writes nothing', () => {
    let mine: { accountId: string; otherContactId: string; hiddenAccountId: string; hiddenContactId: string; archivedAccountId: string; archivedPipelineId: string };
    beforeAll(async () => {
      const account = await newAccount(h, o.repNorth);
      const other = await newAccount(h, o.repNorth);
      const hidden = await newAccount(h, o.repSouth);
      const archived = await newAccount(h, o.repNorth);
      await ok(call(h.app, 'DELETE', `/api/v1/accounts/${archived.id}`, { session: o.repNorth }), 204);
      const gone = await newPipeline(h, o.admin);
      await ok(call(h.app, 'DELETE', `/api/v1/pipelines/${gone.id}`, { session: o.admin }), 204);
      mine = {
        accountId: account.id,
        otherContactId: (await newContact(h, o.repNorth, other.id)).id,
        hiddenAccountId: hidden.id,
        hiddenContactId: (await newContact(h, o.repSouth, hidden.id)).id,
        archivedAccountId: archived.id,
        archivedPipelineId: gone.id,
      };
    });

    it.each<[string, () => Record<string, unknown>, string]>([
      ['a stage of another pipeline than the default', () => ({ stageId: alt.stages[0]!.id }), 'stageId'],
      ['a stage of another pipeline than the one named', () => ({ pipelineId: alt.id, stageId: sales.stages[0]!.id }), 'stageId'],
      ['a stage of another organisation', () => ({ stageId: foreign.stageId }), 'stageId'],
      ['a contact of another account', () => ({ contactId: mine.otherContactId }), 'contactId'],
      ['a contact the caller cannot see', () => ({ contactId: mine.hiddenContactId }), 'contactId'],
      ['an account the caller cannot see', () => ({ accountId: mine.hiddenAccountId }), 'accountId'],
      ['an archived account', () => ({ accountId: mine.archivedAccountId }), 'accountId'],
      ['an account that does not exist', () => ({ accountId: randomUUID() }), 'accountId'],
      ['a pipeline that does not exist', () => ({ pipelineId: randomUUID() }), 'pipelineId'],
      ['an archived pipeline', () => ({ pipelineId: mine.archivedPipelineId }), 'pipelineId'],
      ['an amount as a JSON number', () => ({ amount: { amount: 1000, currency: 'EUR' } }), 'amount.amount'],
      ['an amount with a decimal comma', () => ({ amount: { amount: '12,50', currency: 'EUR' } }), 'amount.amount'],
      ['an amount that is not a number', () => ({ amount: { amount: 'a lot', currency: 'EUR' } }), 'amount.amount'],
      ['a currency that is not an ISO code', () => ({ amount: { amount: '1', currency: 'euro' } }), 'amount.currency'],
      ['a probability over 100', () => ({ probability: '101' }), 'probability'],
      ['a probability as a JSON number', () => ({ probability: 50 }), 'probability'],
      ['a date that is not ISO', () => ({ expectedCloseDate: '31/12/2026' }), 'expectedCloseDate'],
      ['an unknown forecast category', () => ({ forecastCategory: 'maybe' }), 'forecastCategory'],
      ['a status (set only by win and lose)', () => ({ status: 'won' }), 'status'],
      ['another rep as owner', () => ({ ownerId: o.repNorth2.userId }), 'ownerId'],
      ['a blank name', () => ({ name: '  ' }), 'name'],
    ])('POST with %s', async (_description, extra, path) => {
      await expectRefused(() => post(o.repNorth, '/api/v1/opportunities', { name: 'Refused', accountId: mine.accountId, ...extra() }), 422, path);
    });
  });
});

describe('opportunities: change', () => {
  it('changes name, amount, probability, close date, forecast and contact with PATCH', async () => {
    const account = await newAccount(h, o.repNorth);
    const contact = await newContact(h, o.repNorth, account.id);
    const deal = await newOpportunity(h, o.repNorth, account.id);
    const body = { name: 'Bigger', amount: { amount: '999.99', currency: 'USD' }, probability: '12.5', expectedCloseDate: '2027-01-31', forecastCategory: 'commit', contactId: contact.id };
    const res = await ok(patch(o.repNorth, deal.id, body, { 'if-match': '"1"' }));
    expect(res.body).toMatchObject({ ...body, version: 2, stageId: deal.stageId, status: 'open' });
    expect(res.headers.etag).toBe('"2"');
  });

  it.each<[string, (deal: { id: string }) => Promise<Response>, number, string | undefined]>([
    ['a stage (moved only by move)', (deal) => patch(o.repNorth, deal.id, { stageId: sales.stages[1]!.id }), 422, 'stageId'],
    ['a status', (deal) => patch(o.repNorth, deal.id, { status: 'won' }), 422, 'status'],
    ['another account', (deal) => patch(o.repNorth, deal.id, { accountId: randomUUID() }), 422, 'accountId'],
    ['a contact of another account', async (deal) => {
      const other = await newAccount(h, o.repNorth);
      const contact = await newContact(h, o.repNorth, other.id);
      return patch(o.repNorth, deal.id, { contactId: contact.id });
    }, 422, 'contactId'],
    ['an amount that is not a decimal string', (deal) => patch(o.repNorth, deal.id, { amount: { amount: 5, currency: 'EUR' } }), 422, 'amount.amount'],
    ['a stale If-Match', async (deal) => {
      await ok(patch(o.repNorth, deal.id, { name: 'First' }));
      return patch(o.repNorth, deal.id, { name: 'Second' }, { 'if-match': '"1"' });
    }, 412, undefined],
  ])('refuses a PATCH with %s and writes nothing', async (_description, request, status, path) => {
    const account = await newAccount(h, o.repNorth);
    const deal = await newOpportunity(h, o.repNorth, account.id);
    const before = await crmFootprint(h, o.orgId);
    // Setup steps inside `request` may write other records; the deal itself changes only in the 412 case's setup.
    const res = await request(deal);
    const after = await crmFootprint(h, o.orgId);
    if (path) expectFieldError(res, path);
    else expectProblem(res, status);
    expect(res.status).toBe(status);
    expect(after.opportunities_versions! - before.opportunities_versions!).toBe(status === 412 ? 1 : 0);
    expect((await get(o.repNorth, url(deal.id))).body.version).toBe(status === 412 ? 2 : 1);
  });
});

describe('opportunities: move', () => {
  it('changes the stage and the probability to the stage’s default, and keeps the stay in the old stage on record', async () => {
    const account = await newAccount(h, o.repNorth);
    const deal = await newOpportunity(h, o.repNorth, account.id, { probability: '15' });
    expect(deal.probability).toBe('15');
    const res = await ok(move(o.managerNorth, deal.id, sales.stages[2]!.id, { 'if-match': '"1"' }));
    expect(res.body).toMatchObject({ stageId: sales.stages[2]!.id, probability: '50', version: 2, status: 'open', pipelineId: sales.id });
    expect(res.headers.etag).toBe('"2"');
    expect(new Date(res.body.stageEnteredAt).getTime()).toBeGreaterThanOrEqual(new Date(deal.stageEnteredAt as string).getTime());
    expect(res.body.lastActivityAt).toBe(res.body.stageEnteredAt);
    expect((await get(o.repNorth, url(deal.id))).body).toMatchObject({ stageId: sales.stages[2]!.id, probability: '50', stageEnteredAt: res.body.stageEnteredAt });

    expect(await history(o.repNorth, deal.id)).toEqual([
      {
        id: expect.any(String),
        stageId: sales.stages[0]!.id,
        stageName: 'Qualification',
        enteredAt: deal.stageEnteredAt,
        enteredBy: o.repNorth.userId,
        leftAt: res.body.stageEnteredAt,
        leftBy: o.managerNorth.userId,
      },
      { id: expect.any(String), stageId: sales.stages[2]!.id, stageName: 'Proposal', enteredAt: res.body.stageEnteredAt, enteredBy: o.managerNorth.userId, leftAt: null, leftBy: null },
    ]);
  });

  it('does nothing when moved to the stage it is in', async () => {
    const account = await newAccount(h, o.repNorth);
    const deal = await newOpportunity(h, o.repNorth, account.id);
    const before = await crmFootprint(h, o.orgId);
    const res = await ok(move(o.repNorth, deal.id, deal.stageId, { 'if-match': '"1"' }));
    expect(res.body).toMatchObject({ stageId: deal.stageId, version: 1, stageEnteredAt: deal.stageEnteredAt });
    expect(await crmFootprint(h, o.orgId)).toEqual(before);
    expect(await history(o.repNorth, deal.id)).toHaveLength(1);
  });

  it.each<[string, () => string]>([
    ['a stage of another pipeline', () => alt.stages[1]!.id],
    ['a stage of another organisation', () => foreign.stageId],
    ['a stage that does not exist', () => randomUUID()],
  ])('answers 422 to a move to %s and writes nothing', async (_description, stageId) => {
    const account = await newAccount(h, o.repNorth);
    const deal = await newOpportunity(h, o.repNorth, account.id);
    await expectRefused(() => move(o.repNorth, deal.id, stageId()), 422, 'stageId');
  });

  it('answers 412 to a move with a stale If-Match, with the current version, and writes nothing', async () => {
    const account = await newAccount(h, o.repNorth);
    const deal = await newOpportunity(h, o.repNorth, account.id);
    await ok(move(o.repNorth, deal.id, sales.stages[1]!.id, { 'if-match': '"1"' }));
    const res = await expectRefused(() => move(o.repNorth, deal.id, sales.stages[2]!.id, { 'if-match': '"1"' }), 412);
    expect(res.body.currentVersion).toBe(2);
  });

  it('lets one of two simultaneous moves with the same If-Match through; the other answers 412 and the history keeps one open visit', async () => {
    const account = await newAccount(h, o.repNorth);
    for (let round = 0; round < 3; round += 1) {
      const deal = await newOpportunity(h, o.repNorth, account.id);
      const targets = [sales.stages[1]!.id, sales.stages[2]!.id];
      const results = await Promise.all(targets.map((stageId) => move(o.repNorth, deal.id, stageId, { 'if-match': '"1"' })));
      expect(results.map((r) => r.status).sort(), JSON.stringify(results.map((r) => r.body))).toEqual([200, 412]);
      const winner = results.find((r) => r.status === 200)!;

      const visits = await history(o.repNorth, deal.id);
      expect(visits).toHaveLength(2);
      expect(visits.filter((v) => v.leftAt === null)).toEqual([expect.objectContaining({ stageId: winner.body.stageId })]);
      for (let i = 1; i < visits.length; i += 1) expect(new Date(visits[i - 1]!.leftAt!).getTime()).toBeLessThanOrEqual(new Date(visits[i]!.enteredAt).getTime());
      expect((await get(o.repNorth, url(deal.id))).body).toMatchObject({ stageId: winner.body.stageId, version: 2 });
    }
  });
});

describe('opportunities: win and lose', () => {
  it('wins: status won, probability 100, forecast commit, closedAt, the stage visit closed and the account a customer', async () => {
    const account = await newAccount(h, o.repNorth);
    expect(account.lifecycle).toBe('prospect');
    const deal = await newOpportunity(h, o.repNorth, account.id, { amount: { amount: '5000', currency: 'EUR' } });
    await ok(move(o.repNorth, deal.id, sales.stages[3]!.id));
    const res = await ok(win(o.repNorth, deal.id, { 'if-match': '"2"' }));
    expect(res.body).toMatchObject({ status: 'won', probability: '100', forecastCategory: 'commit', closedAt: expect.any(String), version: 3, stale: false, stageId: sales.stages[3]!.id });
    expect(res.headers.etag).toBe('"3"');
    const visits = await history(o.repNorth, deal.id);
    expect(visits.map((v) => v.leftAt === null)).toEqual([false, false]);
    expect(visits[1]).toMatchObject({ stageName: 'Negotiation', leftAt: res.body.closedAt, leftBy: o.repNorth.userId });
    expect((await get(o.repNorth, `/api/v1/accounts/${account.id}`)).body).toMatchObject({ lifecycle: 'customer', version: 2 });
  });

  it('loses with a reason and a note: probability 0, the reason and note stored, the account left a prospect', async () => {
    const account = await newAccount(h, o.repNorth);
    const deal = await newOpportunity(h, o.repNorth, account.id);
    const competitor = reasons.find((r) => r.name === 'Competitor')!;
    const res = await ok(lose(o.repNorth, deal.id, { lostReasonId: competitor.id, note: '  Went with Rival Inc.  ' }, { 'if-match': '"1"' }));
    expect(res.body).toMatchObject({ status: 'lost', probability: '0', lostReasonId: competitor.id, lostNote: 'Went with Rival Inc.', closedAt: expect.any(String), version: 2 });
    expect((await history(o.repNorth, deal.id))[0]).toMatchObject({ leftAt: res.body.closedAt, leftBy: o.repNorth.userId });
    expect((await get(o.repNorth, `/api/v1/accounts/${account.id}`)).body).toMatchObject({ lifecycle: 'prospect', version: 1 });
  });

  describe('a loss needs an active reason of the organisation', () => {
    let archivedReasonId: string;
    beforeAll(async () => {
      const added = await ok(post(o.admin, '/api/v1/lost-reasons', { name: `Retired ${tag()}` }), 201);
      await ok(call(h.app, 'DELETE', `/api/v1/lost-reasons/${added.body.id}`, { session: o.admin }), 204);
      archivedReasonId = added.body.id;
    });

    it.each<[string, () => unknown, string]>([
      ['no reason', () => ({}), 'lostReasonId'],
      ['no reason but a note', () => ({ note: 'Too expensive' }), 'lostReasonId'],
      ['a reason that is not a UUID', () => ({ lostReasonId: 'price' }), 'lostReasonId'],
      ['an archived reason', () => ({ lostReasonId: archivedReasonId }), 'lostReasonId'],
      ['a reason of another organisation', () => ({ lostReasonId: foreign.lostReasonId }), 'lostReasonId'],
      ['a reason that does not exist', () => ({ lostReasonId: randomUUID() }), 'lostReasonId'],
    ])('answers 422 to a loss with %s and writes nothing', async (_description, body, path) => {
      const account = await newAccount(h, o.repNorth);
      const deal = await newOpportunity(h, o.repNorth, account.id);
      await expectRefused(() => lose(o.repNorth, deal.id, body()), 422, path);
      expect((await get(o.repNorth, url(deal.id))).body).toMatchObject({ status: 'open', version: 1 });
    });
  });

  const closedCases = (['won', 'lost'] as const).flatMap((state) => (['move', 'win', 'lose', 'patch'] as const).map((operation) => [state, operation] as const));
  it.each(closedCases)('answers 409 naming the state when a %s deal is asked to %s, and writes nothing', async (state, operation) => {
    const account = await newAccount(h, o.repNorth);
    const deal = await newOpportunity(h, o.repNorth, account.id);
    await ok(state === 'won' ? win(o.repNorth, deal.id) : lose(o.repNorth, deal.id));
    const request = {
      move: () => move(o.repNorth, deal.id, sales.stages[1]!.id),
      win: () => win(o.repNorth, deal.id),
      lose: () => lose(o.repNorth, deal.id),
      patch: () => patch(o.repNorth, deal.id, { name: 'Reopened?' }),
    }[operation];
    const res = await expectRefused(request, 409);
    expect(res.body).toMatchObject({ code: 'invalid_state', state });
    expect(res.body.detail).toContain(state);
  });
});

describe('opportunities: audit', () => {
  it('writes exactly one audit row on the deal for each create, update, move, win and lose', async () => {
    const account = await newAccount(h, o.repNorth);
    const deal = await newOpportunity(h, o.repNorth, account.id);
    const steps: [string, () => Promise<Response>, string, Record<string, unknown>][] = [
      ['update', () => patch(o.repNorth, deal.id, { amount: { amount: '750', currency: 'EUR' } }), 'update', { amount: { before: '0.0000', after: '750.0000' } }],
      ['move', () => move(o.repNorth, deal.id, sales.stages[1]!.id), 'transition', { stageId: { before: sales.stages[0]!.id, after: sales.stages[1]!.id } }],
      ['win', () => win(o.repNorth, deal.id), 'transition', { status: { before: 'open', after: 'won' } }],
    ];
    expect((await timeline(o.repNorth, deal.id)).map((e) => e.action)).toEqual(['create']);
    for (const [index, [step, request, action, changes]] of steps.entries()) {
      await ok(request());
      const events = await timeline(o.repNorth, deal.id);
      expect(events, step).toHaveLength(index + 2);
      expect(events[0], step).toMatchObject({ action, actorUserId: o.repNorth.userId, changes: expect.objectContaining(changes) });
    }

    const lost = await newOpportunity(h, o.repNorth, account.id);
    await ok(lose(o.repNorth, lost.id, { lostReasonId: reasons[0]!.id, note: 'Price' }));
    const events = await timeline(o.repNorth, lost.id);
    expect(events.map((e) => e.action)).toEqual(['transition', 'create']);
    expect(events[0]!.changes).toMatchObject({ status: { before: 'open', after: 'lost' }, lostReasonId: { before: null, after: reasons[0]!.id } });
  });
});

describe('opportunities: lists', () => {
  it('filters by pipeline, stage, status, owner, account, forecast and close dates, searches the name, sorts and pages', async () => {
    const account = await newAccount(h, o.admin);
    const create = async (name: string, body: Record<string, unknown>) => (await newOpportunity(h, o.admin, account.id, { name, ...body })).id;
    const ids: Record<string, string> = {
      Alpha: await create('Alpha', { amount: { amount: '500', currency: 'EUR' }, expectedCloseDate: '2026-01-15', ownerId: o.repNorth.userId }),
      Bravo: await create('Bravo', { amount: { amount: '1500', currency: 'EUR' }, expectedCloseDate: '2026-03-01', forecastCategory: 'best_case', stageId: sales.stages[1]!.id }),
      Charlie: await create('Charlie', { amount: { amount: '50', currency: 'EUR' }, pipelineId: alt.id }),
      Delta: await create('Delta', { amount: { amount: '9000', currency: 'EUR' }, expectedCloseDate: '2026-02-10' }),
      Echo: await create('Echo', { amount: { amount: '10', currency: 'EUR' } }),
    };
    await ok(win(o.admin, ids.Delta!));
    await ok(lose(o.admin, ids.Echo!));
    const byId = Object.fromEntries(Object.entries(ids).map(([name, id]) => [id, name]));
    const names = async (query: string) => {
      const res = await get(o.admin, `/api/v1/opportunities?filter[accountId]=${account.id}&${query}`);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      return (res.body.data as { id: string }[]).map((d) => byId[d.id]);
    };
    const cases: [string, string[]][] = [
      ['sort=name', ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo']],
      ['sort=amount', ['Echo', 'Charlie', 'Alpha', 'Bravo', 'Delta']],
      ['sort=-amount', ['Delta', 'Bravo', 'Alpha', 'Charlie', 'Echo']],
      ['sort=name&filter[status]=open', ['Alpha', 'Bravo', 'Charlie']],
      ['sort=name&filter[status]=won', ['Delta']],
      ['sort=name&filter[status]=lost', ['Echo']],
      [`sort=name&filter[pipelineId]=${alt.id}`, ['Charlie']],
      [`sort=name&filter[stageId]=${sales.stages[1]!.id}`, ['Bravo']],
      [`sort=name&filter[ownerId]=${o.repNorth.userId}`, ['Alpha']],
      ['sort=name&filter[forecastCategory]=best_case', ['Bravo']],
      ['sort=name&filter[forecastCategory]=commit', ['Delta']],
      ['sort=name&filter[closeFrom]=2026-02-01', ['Bravo', 'Delta']],
      ['sort=name&filter[closeTo]=2026-02-10', ['Alpha', 'Delta']],
      ['sort=name&filter[closeFrom]=2026-02-01&filter[closeTo]=2026-02-28', ['Delta']],
      ['q=ALPH', ['Alpha']],
    ];
    for (const [query, expected] of cases) expect(await names(query), query).toEqual(expected);

    for (const sort of ['name', '-amount']) {
      const pages: string[][] = [];
      let cursor: string | null = null;
      do {
        const res: Response = await get(o.admin, `/api/v1/opportunities?filter[accountId]=${account.id}&limit=2&sort=${sort}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
        expect(res.status, JSON.stringify(res.body)).toBe(200);
        pages.push((res.body.data as { id: string }[]).map((d) => byId[d.id]!));
        cursor = res.body.nextCursor;
      } while (cursor && pages.length < 10);
      expect(pages.flat(), sort).toEqual(await names(`sort=${sort}`));
      expect(pages.map((p) => p.length), sort).toEqual([2, 2, 1]);
    }

    for (const bad of ['filter[status]=closed', 'filter[closeFrom]=tomorrow', 'filter[stageId]=first', 'sort=probability']) {
      expectProblem(await get(o.admin, `/api/v1/opportunities?${bad}`), 400);
    }
  });
});

describe('opportunities: who sees what', () => {
  const owners = ['repNorth', 'repNorth2', 'repSouth', 'managerNorth', 'admin'] as const;
  type Owner = (typeof owners)[number];
  let t: string;
  let mine: Record<Owner, { id: string; accountId: string }>;

  beforeAll(async () => {
    t = tag();
    mine = {} as typeof mine;
    for (const owner of owners) {
      const account = await newAccount(h, o[owner]);
      mine[owner] = { id: (await newOpportunity(h, o[owner], account.id, { name: `Vis ${t} ${owner}` })).id, accountId: account.id };
    }
  });

  it.each([
    ['repNorth', ['repNorth']],
    ['repSouth', ['repSouth']],
    ['managerNorth', ['repNorth', 'repNorth2', 'managerNorth']],
    ['admin', ['repNorth', 'repNorth2', 'repSouth', 'managerNorth', 'admin']],
    ['finance', ['repNorth', 'repNorth2', 'repSouth', 'managerNorth', 'admin']],
    ['support', ['repNorth', 'repNorth2', 'repSouth', 'managerNorth', 'admin']],
  ] as const)('lists for %s exactly the deals of %j, and answers 404 for the others', async (who, visible) => {
    const res = await ok(get(o[who], `/api/v1/opportunities?limit=200&q=${t}`));
    expect((res.body.data as { id: string }[]).map((d) => d.id).sort()).toEqual(visible.map((owner) => mine[owner].id).sort());
    for (const owner of owners) {
      const read = await get(o[who], url(mine[owner].id));
      expect(read.status, `${who} GET ${owner}'s deal`).toBe((visible as readonly string[]).includes(owner) ? 200 : 404);
    }
  });

  it('answers 404 to a rep who changes, moves, wins, loses, archives or asks the history of another rep’s deal, and changes nothing', async () => {
    const { id } = mine.repSouth;
    const before = await crmFootprint(h, o.orgId);
    const attempts: Promise<Response>[] = [
      patch(o.repNorth, id, { name: 'Mine now' }),
      patch(o.repNorth, id, { name: 'Mine now' }, { 'if-match': '"1"' }),
      move(o.repNorth, id, sales.stages[1]!.id),
      win(o.repNorth, id),
      lose(o.repNorth, id),
      call(h.app, 'DELETE', url(id), { session: o.repNorth }),
      get(o.repNorth, url(id, 'stage-history')),
      get(o.repNorth, url(id, 'timeline')),
    ];
    for (const res of await Promise.all(attempts)) expectProblem(res, 404);
    expect(await crmFootprint(h, o.orgId)).toEqual(before);
    expect((await get(o.repSouth, url(id))).body).toMatchObject({ status: 'open', version: 1 });
  });

  it('answers 404 to a manager for a deal of a team they do not manage, and lets them move their team’s', async () => {
    expectProblem(await move(o.managerNorth, mine.repSouth.id, sales.stages[1]!.id), 404);
    expect((await move(o.managerNorth, mine.repNorth2.id, sales.stages[1]!.id)).status).toBe(200);
  });

  it('hides what is not visible from filters and search too', async () => {
    const ids = async (session: Session, query: string) => ((await ok(get(session, `/api/v1/opportunities?${query}`))).body.data as { id: string }[]).map((d) => d.id);
    expect(await ids(o.repNorth, `filter[ownerId]=${o.repSouth.userId}`)).toEqual([]);
    expect(await ids(o.repNorth, `filter[accountId]=${mine.repSouth.accountId}`)).toEqual([]);
    expect(await ids(o.repNorth, `q=${t}%20repSouth`)).toEqual([]);
    expect(await ids(o.managerNorth, `q=${t}%20repSouth`)).toEqual([]);
    expect(await ids(o.repSouth, `filter[accountId]=${mine.repSouth.accountId}`)).toEqual([mine.repSouth.id]);
  });

  it.each(['finance', 'support'] as const)('lets %s read deals but not create or move them (403)', async (who) => {
    const before = await crmFootprint(h, o.orgId);
    expectProblem(await post(o[who], '/api/v1/opportunities', { name: 'Nope', accountId: mine.admin.accountId }), 403);
    expectProblem(await move(o[who], mine.admin.id, sales.stages[1]!.id), 403);
    expectProblem(await win(o[who], mine.admin.id), 403);
    expect(await crmFootprint(h, o.orgId)).toEqual(before);
  });
});

describe('pipelines', () => {
  it('gives a new organisation a default "Sales" pipeline with four stages and six lost reasons', async () => {
    const { admin } = await newOrganization(h);
    const pipelines = (await ok(get(admin, '/api/v1/pipelines'))).body.data as PipelineBody[];
    expect(pipelines).toHaveLength(1);
    expect(pipelines[0]).toMatchObject({ name: 'Sales', isDefault: true, version: 1, archivedAt: null });
    expect(pipelines[0]!.stages.map(({ name, position, probability, inactivityDays }) => ({ name, position, probability, inactivityDays }))).toEqual([
      { name: 'Qualification', position: 1, probability: '10', inactivityDays: 14 },
      { name: 'Needs analysis', position: 2, probability: '25', inactivityDays: 21 },
      { name: 'Proposal', position: 3, probability: '50', inactivityDays: 14 },
      { name: 'Negotiation', position: 4, probability: '75', inactivityDays: 10 },
    ]);
    const lostReasons = (await ok(get(admin, '/api/v1/lost-reasons'))).body.data as { name: string; position: number }[];
    expect(lostReasons.map((r) => r.name)).toEqual(['Price', 'Product', 'Delivery', 'Service', 'Competitor', 'No decision']);
    expect(lostReasons.map((r) => r.position)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('makes a second pipeline the default: the old one stops being default, on record, and new deals go to the new one', async () => {
    const { admin } = await newOrganization(h);
    const first = await defaultPipeline(h, admin);
    const second = await newPipeline(h, admin, { name: 'Enterprise' });
    expect(second.isDefault).toBe(false);

    const res = await ok(call(h.app, 'PATCH', `/api/v1/pipelines/${second.id}`, { session: admin, body: { isDefault: true }, headers: { 'if-match': '"1"' } }));
    expect(res.body).toMatchObject({ isDefault: true, version: 2 });
    const listed = (await ok(get(admin, '/api/v1/pipelines'))).body.data as PipelineBody[];
    expect(listed.map((p) => [p.name, p.isDefault])).toEqual([['Enterprise', true], ['Sales', false]]);
    expect(listed[1]!.version).toBe(2);
    const [demoted] = (await ok(get(admin, `/api/v1/pipelines/${first.id}/timeline`))).body.data as AuditEvent[];
    expect(demoted).toMatchObject({ action: 'update', actorUserId: admin.userId, changes: { isDefault: { before: true, after: false } } });
    const [promoted] = (await ok(get(admin, `/api/v1/pipelines/${second.id}/timeline`))).body.data as AuditEvent[];
    expect(promoted).toMatchObject({ action: 'update', changes: { isDefault: { before: false, after: true } } });

    const account = await newAccount(h, admin);
    expect(await newOpportunity(h, admin, account.id)).toMatchObject({ pipelineId: second.id, stageId: second.stages[0]!.id, probability: '20' });

    const before = await crmFootprint(h, admin.orgId);
    const undefault = await call(h.app, 'PATCH', `/api/v1/pipelines/${second.id}`, { session: admin, body: { isDefault: false } });
    expectProblem(undefault, 409);
    expect(await crmFootprint(h, admin.orgId)).toEqual(before);
  });

  it('creates a pipeline that is the default at once, demoting the old one', async () => {
    const { admin } = await newOrganization(h);
    const first = await defaultPipeline(h, admin);
    const created = await newPipeline(h, admin, { isDefault: true });
    expect(created.isDefault).toBe(true);
    expect((await ok(get(admin, `/api/v1/pipelines/${first.id}`))).body.isDefault).toBe(false);
  });

  it('reorders, renames, adds and removes stages with PATCH, keeping the ids of the stages it keeps', async () => {
    const pipeline = await newPipeline(h, o.admin);
    const [open, offer, signing] = pipeline.stages as [PipelineBody['stages'][number], PipelineBody['stages'][number], PipelineBody['stages'][number]];
    const keep = (s: PipelineBody['stages'][number], change: Record<string, unknown> = {}) => ({ id: s.id, name: s.name, probability: s.probability, inactivityDays: s.inactivityDays, ...change });
    const res = await ok(
      call(h.app, 'PATCH', `/api/v1/pipelines/${pipeline.id}`, {
        session: o.admin,
        headers: { 'if-match': '"1"' },
        body: { name: 'Projects', stages: [keep(signing, { name: 'Contract', probability: '95' }), keep(open), { name: 'Demo', probability: '40', inactivityDays: 3 }, keep(offer)] },
      }),
    );
    expect(res.body).toMatchObject({ name: 'Projects', version: 2 });
    expect(res.body.stages).toEqual([
      { id: signing.id, name: 'Contract', position: 1, probability: '95', inactivityDays: null },
      { id: open.id, name: 'Open', position: 2, probability: '20', inactivityDays: 7 },
      { id: expect.any(String), name: 'Demo', position: 3, probability: '40', inactivityDays: 3 },
      { id: offer.id, name: 'Offer', position: 4, probability: '60', inactivityDays: 7 },
    ]);
    expect((await ok(get(o.admin, `/api/v1/pipelines/${pipeline.id}`))).body).toEqual(res.body);
    expect(((await ok(get(o.admin, `/api/v1/pipelines/${pipeline.id}/timeline`))).body.data as AuditEvent[]).map((e) => e.action)).toEqual(['update', 'create']);

    const demo = res.body.stages[2];
    const trimmed = await ok(call(h.app, 'PATCH', `/api/v1/pipelines/${pipeline.id}`, { session: o.admin, body: { stages: [keep(res.body.stages[0]), keep(demo)] } }));
    expect(trimmed.body.stages.map((s: { id: string; position: number }) => [s.id, s.position])).toEqual([[signing.id, 1], [demo.id, 2]]);
    const account = await newAccount(h, o.admin);
    const deal = await newOpportunity(h, o.admin, account.id, { pipelineId: pipeline.id });
    expectProblem(await move(o.admin, deal.id, offer.id), 422);
  });

  it('refuses to remove a stage that still has a deal (409) and changes nothing', async () => {
    const pipeline = await newPipeline(h, o.admin);
    const account = await newAccount(h, o.admin);
    await newOpportunity(h, o.admin, account.id, { pipelineId: pipeline.id, stageId: pipeline.stages[1]!.id });
    const before = (await ok(get(o.admin, `/api/v1/pipelines/${pipeline.id}`))).body;
    const stages = pipeline.stages.filter((_s, i) => i !== 1).map(({ id, name, probability }) => ({ id, name, probability }));
    const res = await expectRefused(() => call(h.app, 'PATCH', `/api/v1/pipelines/${pipeline.id}`, { session: o.admin, body: { name: 'Changed', stages } }), 409);
    expect(res.body.detail).toContain('Offer');
    expect((await ok(get(o.admin, `/api/v1/pipelines/${pipeline.id}`))).body).toEqual(before);
  });

  it.each<[string, (pipeline: PipelineBody) => { id?: string; name: string; probability: string }[], string]>([
    ['a stage of another pipeline', () => [{ id: sales.stages[0]!.id, name: 'Stolen', probability: '10' }], 'stages.0.id'],
    ['the same stage twice', (p) => [0, 0, 1, 2].map((i) => ({ id: p.stages[i]!.id, name: `Twice ${i}`, probability: '10' })), 'stages.1.id'],
    ['a probability over 100', (p) => p.stages.map((s) => ({ id: s.id, name: s.name, probability: '100.5' })), 'stages.0.probability'],
    ['no stages at all', () => [], 'stages'],
  ])('answers 422 to a PATCH of the stages with %s and changes nothing', async (_description, stages, path) => {
    const pipeline = await newPipeline(h, o.admin);
    await expectRefused(() => call(h.app, 'PATCH', `/api/v1/pipelines/${pipeline.id}`, { session: o.admin, body: { stages: stages(pipeline) } }), 422, path);
  });

  it('refuses to archive the default pipeline or one with deals (409), and archives an empty one', async () => {
    await expectRefused(() => call(h.app, 'DELETE', `/api/v1/pipelines/${sales.id}`, { session: o.admin }), 409);
    const busy = await newPipeline(h, o.admin);
    const account = await newAccount(h, o.admin);
    await newOpportunity(h, o.admin, account.id, { pipelineId: busy.id });
    await expectRefused(() => call(h.app, 'DELETE', `/api/v1/pipelines/${busy.id}`, { session: o.admin }), 409);

    const empty = await newPipeline(h, o.admin);
    await ok(call(h.app, 'DELETE', `/api/v1/pipelines/${empty.id}`, { session: o.admin }), 204);
    const ids = async (query: string) => ((await ok(get(o.admin, `/api/v1/pipelines${query}`))).body.data as PipelineBody[]).map((p) => p.id);
    expect(await ids('')).not.toContain(empty.id);
    expect(await ids('?archived=include')).toContain(empty.id);
    expect((await ok(get(o.admin, `/api/v1/pipelines/${empty.id}`))).body.archivedAt).toEqual(expect.any(String));
  });

  it.each(['repNorth', 'managerNorth', 'finance', 'support'] as const)('lets %s read pipelines and lost reasons but not manage them (403)', async (who) => {
    expect((await get(o[who], '/api/v1/pipelines')).status).toBe(200);
    expect((await get(o[who], '/api/v1/lost-reasons')).status).toBe(200);
    const before = await crmFootprint(h, o.orgId);
    const attempts = [
      post(o[who], '/api/v1/pipelines', { name: 'Mine', stages: [{ name: 'One', probability: '10' }] }),
      call(h.app, 'PATCH', `/api/v1/pipelines/${alt.id}`, { session: o[who], body: { name: 'Mine' } }),
      call(h.app, 'DELETE', `/api/v1/pipelines/${alt.id}`, { session: o[who] }),
      post(o[who], '/api/v1/lost-reasons', { name: 'Mine' }),
      call(h.app, 'DELETE', `/api/v1/lost-reasons/${reasons[0]!.id}`, { session: o[who] }),
    ];
    for (const res of await Promise.all(attempts)) expectProblem(res, 403);
    expect(await crmFootprint(h, o.orgId)).toEqual(before);
  });

  it('adds and archives lost reasons: an archived reason leaves the list but stays on the deals lost for it', async () => {
    const { admin } = await newOrganization(h);
    const added = await ok(post(admin, '/api/v1/lost-reasons', { name: 'Timing' }), 201);
    expect(added.body).toMatchObject({ name: 'Timing', position: 7, archivedAt: null });
    expectProblem(await post(admin, '/api/v1/lost-reasons', { name: 'price' }), 409);

    const account = await newAccount(h, admin);
    const lostDeal = await newOpportunity(h, admin, account.id);
    await ok(lose(admin, lostDeal.id, { lostReasonId: added.body.id }));
    await ok(call(h.app, 'DELETE', `/api/v1/lost-reasons/${added.body.id}`, { session: admin }), 204);

    const names = async (query: string) => ((await ok(get(admin, `/api/v1/lost-reasons${query}`))).body.data as { name: string }[]).map((r) => r.name);
    expect(await names('')).toEqual(['Price', 'Product', 'Delivery', 'Service', 'Competitor', 'No decision']);
    expect(await names('?archived=include')).toContain('Timing');
    expect((await ok(get(admin, url(lostDeal.id)))).body).toMatchObject({ status: 'lost', lostReasonId: added.body.id });
    const another = await newOpportunity(h, admin, account.id);
    expectFieldError(await lose(admin, another.id, { lostReasonId: added.body.id }), 'lostReasonId');
  });
});

describe('pipelines: summary', () => {
  type Summary = { stages: { stageId: string; count: number; totals: { currency: string; amount: string; weighted: string }[] }[] };
  let pipeline: PipelineBody;

  beforeAll(async () => {
    pipeline = await newPipeline(h, o.admin, {
      stages: [
        { name: 'One', probability: '10' },
        { name: 'Two', probability: '40' },
        { name: 'Three', probability: '80' },
      ],
    });
    const [one, two] = pipeline.stages;
    const deal = async (who: 'repNorth' | 'repNorth2' | 'repSouth', stageId: string, amount: string, currency: string, extra: Record<string, unknown> = {}) => {
      const account = await newAccount(h, o[who]);
      return newOpportunity(h, o[who], account.id, { pipelineId: pipeline.id, stageId, amount: { amount, currency }, ...extra });
    };
    await deal('repNorth', one!.id, '1000', 'EUR');
    await deal('repNorth', one!.id, '500', 'USD');
    await deal('repNorth', two!.id, '200.50', 'EUR');
    await deal('repNorth2', one!.id, '300', 'EUR', { probability: '50' });
    await deal('repSouth', one!.id, '7000', 'EUR');
    // Closed and archived deals are not in the pipeline any more.
    await ok(win(o.repNorth, (await deal('repNorth', two!.id, '9999', 'EUR')).id));
    await ok(lose(o.repSouth, (await deal('repSouth', one!.id, '8888', 'EUR')).id));
    await ok(call(h.app, 'DELETE', url((await deal('repNorth', one!.id, '123', 'EUR')).id), { session: o.repNorth }), 204);
  });

  const eur = (amount: string, weighted: string) => ({ currency: 'EUR', amount, weighted });
  const usd = (amount: string, weighted: string) => ({ currency: 'USD', amount, weighted });

  it.each([
    ['admin', [4, [eur('8300.00', '950.00'), usd('500.00', '50.00')]], [1, [eur('200.50', '80.20')]]],
    ['finance', [4, [eur('8300.00', '950.00'), usd('500.00', '50.00')]], [1, [eur('200.50', '80.20')]]],
    ['managerNorth', [3, [eur('1300.00', '250.00'), usd('500.00', '50.00')]], [1, [eur('200.50', '80.20')]]],
    ['repNorth', [2, [eur('1000.00', '100.00'), usd('500.00', '50.00')]], [1, [eur('200.50', '80.20')]]],
    ['repSouth', [1, [eur('7000.00', '700.00')]], [0, []]],
  ] as const)('counts and sums the open deals %s can see, per stage and currency', async (who, one, two) => {
    const res = await ok(get(o[who], `/api/v1/pipelines/${pipeline.id}/summary`));
    const summary = res.body as Summary;
    const sorted = summary.stages.map((s) => ({ ...s, totals: [...s.totals].sort((a, b) => a.currency.localeCompare(b.currency)) }));
    expect(sorted).toEqual([
      { stageId: pipeline.stages[0]!.id, count: one[0], totals: one[1] },
      { stageId: pipeline.stages[1]!.id, count: two[0], totals: two[1] },
      { stageId: pipeline.stages[2]!.id, count: 0, totals: [] },
    ]);
  });

  it('narrows the summary to one owner with filter[ownerId], within what the caller can see', async () => {
    const mine = (await ok(get(o.admin, `/api/v1/pipelines/${pipeline.id}/summary?filter[ownerId]=${o.repNorth2.userId}`))).body as Summary;
    expect(mine.stages.map((s) => [s.count, s.totals])).toEqual([[1, [eur('300.00', '150.00')]], [0, []], [0, []]]);
    const hidden = (await ok(get(o.repSouth, `/api/v1/pipelines/${pipeline.id}/summary?filter[ownerId]=${o.repNorth.userId}`))).body as Summary;
    expect(hidden.stages.every((s) => s.count === 0)).toBe(true);
    expectProblem(await get(o.admin, `/api/v1/pipelines/${pipeline.id}/summary?filter[ownerId]=nope`), 400);
  });

  it('answers 404 for the summary of a pipeline that does not exist', async () => {
    expectProblem(await get(o.admin, `/api/v1/pipelines/${randomUUID()}/summary`), 404);
  });
});

describe('opportunities: stale deals', () => {
  let hc: Harness;
  const clock = fixedClock(new Date());
  beforeAll(async () => {
    hc = await startHarness({ clock });
  });
  afterAll(() => hc.close());

  it('flags an open deal stale once its stage’s inactivity limit has passed, in GET and in lists; a won deal never is', async () => {
    const org = await newOrganization(hc);
    let admin = org.admin;
    const pipeline = await defaultPipeline(hc, admin);
    expect(pipeline.stages[0]!.inactivityDays).toBe(14);
    const account = await newAccount(hc, admin);
    const idle = await newOpportunity(hc, admin, account.id, { name: 'Idle' });
    const busy = await newOpportunity(hc, admin, account.id, { name: 'Busy' });
    const won = await newOpportunity(hc, admin, account.id, { name: 'Won' });
    await ok(win(admin, won.id, {}, hc));

    const staleness = async () => {
      const res = await ok(get(admin, `/api/v1/opportunities?filter[accountId]=${account.id}&sort=name`, hc));
      return Object.fromEntries((res.body.data as { name: string; stale: boolean }[]).map((d) => [d.name, d.stale]));
    };
    expect(await staleness()).toEqual({ Busy: false, Idle: false, Won: false });

    clock.advance(days(13));
    await ok(call(hc.app, 'PATCH', url(busy.id), { session: admin, body: { probability: '12' } }));
    expect((await ok(get(admin, url(idle.id), hc))).body.stale).toBe(false);

    // Past 14 days the sessions signed in at the start have expired too: sign in again.
    clock.advance(days(1) + 60_000);
    admin = await signIn(hc.app, admin.email);
    expect((await ok(get(admin, url(idle.id), hc))).body).toMatchObject({ stale: true, status: 'open' });
    expect((await ok(get(admin, url(won.id), hc))).body).toMatchObject({ stale: false, status: 'won' });
    expect(await staleness()).toEqual({ Busy: false, Idle: true, Won: false });

    // Activity ends it: a move starts a new stay in a stage with a longer limit.
    const moved = await ok(move(admin, idle.id, pipeline.stages[1]!.id, {}, hc));
    expect(moved.body.stale).toBe(false);
    clock.advance(days(400));
    admin = await signIn(hc.app, admin.email);
    expect(await staleness()).toEqual({ Busy: true, Idle: true, Won: false });
  });
});
