import { expect } from 'vitest';
import { call, newOrganization, type Harness, type Session } from './harness.js';

/**
 * An organisation with a sales structure: team North (manager + two reps) and team South (one rep,
 * managed by nobody in North), plus finance and support. Everyone is signed in.
 */
export async function salesOrganization(h: Harness) {
  const org = await newOrganization(h);
  const admin = org.admin;
  const team = async (name: string) => {
    const res = await call(h.app, 'POST', '/api/v1/teams', { session: admin, body: { name } });
    expect(res.status).toBe(201);
    return res.body.id as string;
  };
  const north = await team('North');
  const south = await team('South');
  const managerNorth = await org.member('sales_manager', { teamId: north, name: 'Manuela North' });
  expect((await call(h.app, 'PATCH', `/api/v1/teams/${north}`, { session: admin, body: { managerId: managerNorth.userId } })).status).toBe(200);
  const people = {
    admin,
    managerNorth,
    repNorth: await org.member('sales_rep', { teamId: north, name: 'Rita North' }),
    repNorth2: await org.member('sales_rep', { teamId: north, name: 'Nico North' }),
    repSouth: await org.member('sales_rep', { teamId: south, name: 'Sam South' }),
    finance: await org.member('finance'),
    support: await org.member('support'),
  } satisfies Record<string, Session>;
  return { ...people, orgId: admin.orgId, teams: { north, south } };
}

export type SalesOrganization = Awaited<ReturnType<typeof salesOrganization>>;

/** Creates an account as `session` and answers it (fails the test unless 201). */
export async function newAccount(h: Harness, session: Session, body: Record<string, unknown> = {}) {
  const res = await call(h.app, 'POST', '/api/v1/accounts', { session, body: { name: `Acme ${Math.random().toString(36).slice(2, 8)}`, ...body } });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; name: string; ownerId: string; version: number; createdAt: string; [field: string]: unknown };
}

/** Creates a contact as `session` and answers it (fails the test unless 201). */
export async function newContact(h: Harness, session: Session, accountId: string, body: Record<string, unknown> = {}) {
  const res = await call(h.app, 'POST', '/api/v1/contacts', { session, body: { accountId, firstName: 'Carla', lastName: 'Contact', ...body } });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; accountId: string; isPrimary: boolean; version: number; [field: string]: unknown };
}

/** Rows of a table and audit events of an organisation, read with the owner connection (RLS does not apply). */
export async function salesFootprint(h: Harness, orgId: string) {
  const { rows } = await h.owner.query<{ accounts: number; accountVersions: number; contacts: number; contactVersions: number; auditEvents: number }>(
    `select
       (select count(*) from accounts where org_id = $1)::int as accounts,
       (select coalesce(sum(version), 0) from accounts where org_id = $1)::int as "accountVersions",
       (select count(*) from contacts where org_id = $1)::int as contacts,
       (select coalesce(sum(version), 0) from contacts where org_id = $1)::int as "contactVersions",
       (select count(*) from audit_events where org_id = $1)::int as "auditEvents"`,
    [orgId],
  );
  return rows[0]!;
}

type Row = { id: string; version: number; createdAt: string; ownerId: string; [field: string]: unknown };

/** Creates a lead as `session` and answers it (fails the test unless 201). Without company or e-mail, it duplicates nothing. */
export async function newLead(h: Harness, session: Session, body: Record<string, unknown> = {}) {
  const res = await call(h.app, 'POST', '/api/v1/leads', { session, body: { firstName: 'Lena', lastName: 'Lead', ...body } });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as Row & { status: string; company: string; email: string };
}

/** Creates an opportunity on `accountId` as `session` and answers it (fails the test unless 201). */
export async function newOpportunity(h: Harness, session: Session, accountId: string, body: Record<string, unknown> = {}) {
  const res = await call(h.app, 'POST', '/api/v1/opportunities', { session, body: { name: `Deal ${Math.random().toString(36).slice(2, 8)}`, accountId, ...body } });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as Row & { stageId: string; pipelineId: string; status: string; probability: string; amount: { amount: string; currency: string } };
}

export type PipelineBody = {
  id: string;
  name: string;
  isDefault: boolean;
  version: number;
  stages: { id: string; name: string; position: number; probability: string; inactivityDays: number | null }[];
};

/** The organisation's default pipeline, as `session` reads it. */
export async function defaultPipeline(h: Harness, session: Session): Promise<PipelineBody> {
  const res = await call(h.app, 'GET', '/api/v1/pipelines', { session });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  const found = (res.body.data as PipelineBody[]).find((p) => p.isDefault);
  expect(found, 'the organisation has a default pipeline').toBeDefined();
  return found!;
}

/** Creates a pipeline as `session` (an admin) and answers it (fails the test unless 201). */
export async function newPipeline(h: Harness, session: Session, body: Record<string, unknown> = {}): Promise<PipelineBody> {
  const res = await call(h.app, 'POST', '/api/v1/pipelines', {
    session,
    body: {
      name: `Pipeline ${Math.random().toString(36).slice(2, 8)}`,
      stages: [
        { name: 'Open', probability: '20', inactivityDays: 7 },
        { name: 'Offer', probability: '60', inactivityDays: 7 },
        { name: 'Signing', probability: '90', inactivityDays: null },
      ],
      ...body,
    },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as PipelineBody;
}

/**
 * Everything the sales modules of an organisation have written: row counts and the sum of record
 * versions (every update bumps one), stage visits and how many are closed, and audit events; read with
 * the owner connection (RLS does not apply). Equal before and after means the request wrote nothing.
 */
export async function crmFootprint(h: Harness, orgId: string): Promise<Record<string, number>> {
  const counted = ['accounts', 'contacts', 'leads', 'opportunities', 'pipelines', 'pipeline_stages', 'lost_reasons'];
  const parts = counted.flatMap((t) => [
    `(select count(*) from ${t} where org_id = $1)::int as "${t}"`,
    `(select coalesce(sum(version), 0) from ${t} where org_id = $1)::int as "${t}_versions"`,
  ]);
  const { rows } = await h.owner.query<Record<string, number>>(
    `select ${parts.join(', ')},
       (select count(*) from opportunity_stage_history where org_id = $1)::int as "stage_visits",
       (select count(*) from opportunity_stage_history where org_id = $1 and left_at is not null)::int as "closed_stage_visits",
       (select count(*) from audit_events where org_id = $1)::int as "audit_events"`,
    [orgId],
  );
  return rows[0]!;
}
