import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/server/kernel/clock.js';
import { call, expectProblem, startHarness, type Harness, type Response, type Session } from '../support/harness.js';
import { crmFootprint, newAccount, newOpportunity, newPipeline, salesOrganization, type PipelineBody, type SalesOrganization } from '../support/sales-org.js';
import { newTask, newTaskType, ok, taskFootprint, type TaskBody } from '../support/tasks.js';

const clock = fixedClock(new Date('2026-04-20T09:00:00Z'));
let h: Harness;
let o: SalesOrganization;
let account: { id: string };
let types: { needsCall: { id: string }; presentation: { id: string }; demo: { id: string } };

beforeAll(async () => {
  h = await startHarness({ clock });
  o = await salesOrganization(h);
  const north = await ok(call(h.app, 'POST', '/api/v1/territories', { session: o.admin, body: { name: 'North', code: 'N', repId: o.repNorth2.userId } }), 201);
  account = await newAccount(h, o.repNorth, { territoryId: north.body.id });
  types = {
    needsCall: await newTaskType(h, o.admin, { name: 'Needs call', kind: 'call' }),
    presentation: await newTaskType(h, o.admin, { name: 'Presentation North', kind: 'presentation', assignmentRule: 'territory_rep', defaultPriority: 'high' }),
    demo: await newTaskType(h, o.admin, { name: 'Demo', kind: 'demo', defaultDurationMinutes: 45 }),
  };
});
afterAll(() => h.close());

type Step = { id: string; stageId: string; taskTypeId: string; name: string; kind: string; position: number; required: boolean };

const put = (session: Session, pipelineId: string, body: unknown) => call(h.app, 'PUT', `/api/v1/pipelines/${pipelineId}/playbook`, { session, body });
const move = (session: Session, id: string, stageId: string) => call(h.app, 'POST', `/api/v1/opportunities/${id}/move`, { session, body: { stageId } });

/** A pipeline (Open → Offer → Signing; 7, 7 and no inactivity days) whose Open stage needs a call and whose Offer stage needs the presentation, with an optional demo. */
async function guidedPipeline(): Promise<{ pipeline: PipelineBody; open: string; offer: string; signing: string }> {
  const pipeline = await newPipeline(h, o.admin);
  const [open, offer, signing] = pipeline.stages.map((s) => s.id) as [string, string, string];
  await ok(
    put(o.admin, pipeline.id, {
      stages: [
        { stageId: offer, steps: [{ taskTypeId: types.presentation.id, required: true }, { taskTypeId: types.demo.id }] },
        { stageId: open, steps: [{ taskTypeId: types.needsCall.id, required: true }] },
      ],
    }),
  );
  return { pipeline, open, offer, signing };
}

async function dealTasks(session: Session, dealId: string): Promise<TaskBody[]> {
  return (await ok(call(h.app, 'GET', `/api/v1/tasks?filter[relatedType]=opportunity&filter[relatedId]=${dealId}&sort=createdAt`, { session }))).body.data;
}

async function expectRefused(request: () => Promise<Response>, status: number, path?: string): Promise<Response> {
  const before = { ...(await taskFootprint(h, o.orgId)), ...(await crmFootprint(h, o.orgId)) };
  const res = await request();
  expectProblem(res, status);
  if (path) expect(res.body.errors, JSON.stringify(res.body)).toEqual(expect.arrayContaining([expect.objectContaining({ path })]));
  expect({ ...(await taskFootprint(h, o.orgId)), ...(await crmFootprint(h, o.orgId)) }).toEqual(before);
  return res;
}

describe('the playbook of a pipeline', () => {
  it('is set per stage by an admin and shown, stage by stage, with the pipeline', async () => {
    const { pipeline, open, offer } = await guidedPipeline();
    const expected = [
      { id: expect.any(String), stageId: open, taskTypeId: types.needsCall.id, name: 'Needs call', kind: 'call', position: 1, required: true },
      { id: expect.any(String), stageId: offer, taskTypeId: types.presentation.id, name: 'Presentation North', kind: 'presentation', position: 1, required: true },
      { id: expect.any(String), stageId: offer, taskTypeId: types.demo.id, name: 'Demo', kind: 'demo', position: 2, required: false },
    ];
    const read = await ok(call(h.app, 'GET', `/api/v1/pipelines/${pipeline.id}`, { session: o.repNorth }));
    expect(read.body.playbook).toEqual(expected);
    const listed = await ok(call(h.app, 'GET', '/api/v1/pipelines', { session: o.repNorth }));
    expect(listed.body.data.find((p: PipelineBody) => p.id === pipeline.id).playbook).toEqual(read.body.playbook);
    const timeline = await ok(call(h.app, 'GET', `/api/v1/pipelines/${pipeline.id}/timeline`, { session: o.admin }));
    expect(timeline.body.data[0]).toMatchObject({
      action: 'update',
      changes: { playbook: { before: [], after: ['Open: Needs call (required)', 'Offer: Presentation North (required)', 'Offer: Demo'] } },
    });
  });

  it('reorders and removes steps of the stages named, keeping the others and each kept step’s identity', async () => {
    const { pipeline, open, offer } = await guidedPipeline();
    const before = (await ok(call(h.app, 'GET', `/api/v1/pipelines/${pipeline.id}`, { session: o.admin }))).body.playbook as Step[];
    const res = await ok(put(o.admin, pipeline.id, { stages: [{ stageId: offer, steps: [{ taskTypeId: types.demo.id, required: true }] }] }));
    const demoBefore = before.find((s) => s.taskTypeId === types.demo.id)!;
    expect(res.body.data).toEqual([before[0], { ...demoBefore, position: 1, required: true }]);
    expect(res.body.data[0].stageId).toBe(open);
  });

  describe('refuses an invalid playbook with the field named, writing nothing', () => {
    let pipeline: PipelineBody;
    let otherStage: string;
    let archivedType: string;
    beforeAll(async () => {
      pipeline = await newPipeline(h, o.admin);
      otherStage = (await newPipeline(h, o.admin)).stages[0]!.id;
      archivedType = (await newTaskType(h, o.admin)).id;
      await ok(call(h.app, 'DELETE', `/api/v1/task-types/${archivedType}`, { session: o.admin }), 204);
    });
    const cases: [string, () => unknown, string][] = [
      ['a stage of another pipeline', () => ({ stages: [{ stageId: otherStage, steps: [] }] }), 'stages.0.stageId'],
      ['a stage named twice', () => ({ stages: [{ stageId: pipeline.stages[0]!.id, steps: [] }, { stageId: pipeline.stages[0]!.id, steps: [] }] }), 'stages.1.stageId'],
      ['an unknown task type', () => ({ stages: [{ stageId: pipeline.stages[0]!.id, steps: [{ taskTypeId: randomUUID() }] }] }), 'stages.0.steps.0.taskTypeId'],
      ['an archived task type', () => ({ stages: [{ stageId: pipeline.stages[1]!.id, steps: [{ taskTypeId: archivedType }] }] }), 'stages.0.steps.0.taskTypeId'],
      [
        'a task type twice in a stage',
        () => ({ stages: [{ stageId: pipeline.stages[0]!.id, steps: [{ taskTypeId: types.demo.id }, { taskTypeId: types.demo.id, required: true }] }] }),
        'stages.0.steps.1.taskTypeId',
      ],
      ['no stages', () => ({ stages: [] }), 'stages'],
    ];
    it.each(cases)('%s', async (_name, body, path) => {
      await expectRefused(() => put(o.admin, pipeline.id, body()), 422, path);
    });

    it('is changed by admins only (403), and answers 404 for a pipeline that does not exist', async () => {
      const body = { stages: [{ stageId: pipeline.stages[0]!.id, steps: [{ taskTypeId: types.demo.id }] }] };
      await expectRefused(() => put(o.managerNorth, pipeline.id, body), 403);
      await expectRefused(() => put(o.admin, randomUUID(), body), 404);
    });
  });

  it('keeps a task type that a playbook uses from being archived (409)', async () => {
    await guidedPipeline();
    const res = await expectRefused(() => call(h.app, 'DELETE', `/api/v1/task-types/${types.demo.id}`, { session: o.admin }), 409);
    expect(res.body.detail).toContain('playbook');
  });
});

describe('a deal through a guided pipeline', () => {
  it('cannot leave a stage before its required steps are done (409 naming them); entering a stage creates its tasks', async () => {
    const { pipeline, offer, signing } = await guidedPipeline();
    const deal = await newOpportunity(h, o.repNorth, account.id, { pipelineId: pipeline.id });

    const refused = await expectRefused(() => move(o.repNorth, deal.id, offer), 409);
    expect(refused.body).toMatchObject({ code: 'conflict', missingSteps: [{ taskTypeId: types.needsCall.id, name: 'Needs call' }] });
    expect(refused.body.detail).toContain('Needs call');

    // Created with the deal: the first stage's step, for the deal's owner.
    const [call1] = await dealTasks(o.repNorth, deal.id);
    expect(call1).toMatchObject({ taskTypeId: types.needsCall.id, assigneeId: o.repNorth.userId, status: 'pending' });
    await ok(call(h.app, 'POST', `/api/v1/tasks/${call1!.id}/complete`, { session: o.repNorth, body: { outcome: 'Needs confirmed' } }));
    await ok(move(o.managerNorth, deal.id, offer));

    // Tasks created in one request share their creation time: find them by type.
    const created = await dealTasks(o.repNorth, deal.id);
    expect(created).toHaveLength(3);
    const presentation = created.find((t) => t.taskTypeId === types.presentation.id)!;
    const demo = created.find((t) => t.taskTypeId === types.demo.id)!;
    expect(presentation).toMatchObject({
      kind: 'presentation',
      subject: 'Presentation North',
      relatedTo: { type: 'opportunity', id: deal.id },
      accountId: account.id,
      assigneeId: o.repNorth2.userId,
      controllerId: o.repNorth.userId,
      createdById: o.managerNorth.userId,
      priority: 'high',
      status: 'pending',
      dueDate: '2026-04-27',
    });
    expect(demo).toMatchObject({ kind: 'demo', subject: 'Demo', assigneeId: o.repNorth.userId, durationMinutes: 45, dueDate: '2026-04-27' });

    const guidance = await ok(call(h.app, 'GET', `/api/v1/opportunities/${deal.id}/playbook`, { session: o.repNorth }));
    expect(guidance.body).toEqual({
      stageId: offer,
      steps: [
        expect.objectContaining({ taskTypeId: types.presentation.id, required: true, taskId: presentation.id, taskStatus: 'pending', done: false }),
        expect.objectContaining({ taskTypeId: types.demo.id, required: false, taskId: demo.id, taskStatus: 'pending', done: false }),
      ],
    });

    // Only the required presentation gates Offer: the demo may stay undone.
    const gated = await expectRefused(() => move(o.repNorth, deal.id, signing), 409);
    expect(gated.body.missingSteps).toEqual([{ taskTypeId: types.presentation.id, name: 'Presentation North' }]);
    await ok(call(h.app, 'POST', `/api/v1/tasks/${presentation.id}/complete`, { session: o.repNorth2, body: {} }));
    await ok(move(o.repNorth, deal.id, signing));
    expect((await ok(call(h.app, 'GET', `/api/v1/opportunities/${deal.id}/playbook`, { session: o.repNorth }))).body).toEqual({ stageId: signing, steps: [] });

    // Back in Offer, the deal already has its tasks: none is created twice.
    await ok(move(o.repNorth, deal.id, offer));
    expect(await dealTasks(o.repNorth, deal.id)).toHaveLength(3);
  });

  it('does not count a cancelled task as a done step', async () => {
    const { pipeline, offer } = await guidedPipeline();
    const deal = await newOpportunity(h, o.repNorth, account.id, { pipelineId: pipeline.id });
    const task = await newTask(h, o.repNorth, { type: 'opportunity', id: deal.id }, { kind: undefined, taskTypeId: types.needsCall.id });
    await ok(call(h.app, 'POST', `/api/v1/tasks/${task.id}/cancel`, { session: o.repNorth, body: {} }));
    await expectRefused(() => move(o.repNorth, deal.id, offer), 409);
  });

  it('leaves deals of pipelines without a playbook free to move', async () => {
    const deal = await newOpportunity(h, o.repNorth, account.id);
    const pipeline = (await ok(call(h.app, 'GET', `/api/v1/pipelines/${deal.pipelineId}`, { session: o.repNorth }))).body as PipelineBody & { playbook: Step[] };
    expect(pipeline.playbook).toEqual([]);
    await ok(move(o.repNorth, deal.id, pipeline.stages[2]!.id));
    expect(await dealTasks(o.repNorth, deal.id)).toEqual([]);
  });
});
