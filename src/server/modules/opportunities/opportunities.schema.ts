import { foreignKey, boolean, date, index, integer, numeric, pgEnum, pgTable, text, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { forecastCategories, opportunityStatuses } from '../../../contracts/opportunities.js';
import { recordColumns, tenantIsolation, tstz } from '../../platform/db/columns.js';
import { accounts, contacts } from '../accounts/accounts.schema.js';
import { organizations, users } from '../directory/directory.schema.js';
import { ownerColumn, ownerConstraints } from '../directory/owner.schema.js';

export const forecastCategoryEnum = pgEnum('forecast_category', forecastCategories);
export const opportunityStatusEnum = pgEnum('opportunity_status', opportunityStatuses);

export const pipelines = pgTable(
  'pipelines',
  {
    ...recordColumns(),
    name: text('name').notNull(),
    isDefault: boolean('is_default').notNull().default(false),
  },
  (t) => [
    tenantIsolation(),
    unique('pipelines_org_id_id_key').on(t.orgId, t.id),
    foreignKey({ name: 'pipelines_org_fk', columns: [t.orgId], foreignColumns: [organizations.id] }),
    uniqueIndex('pipelines_one_default_key').on(t.orgId).where(sql`is_default and archived_at is null`),
  ],
);

export const pipelineStages = pgTable(
  'pipeline_stages',
  {
    ...recordColumns(),
    pipelineId: uuid('pipeline_id').notNull(),
    name: text('name').notNull(),
    position: integer('position').notNull(),
    probability: numeric('probability', { precision: 5, scale: 2 }).notNull(),
    inactivityDays: integer('inactivity_days'),
  },
  (t) => [
    tenantIsolation(),
    unique('pipeline_stages_org_id_id_key').on(t.orgId, t.id),
    foreignKey({ name: 'pipeline_stages_pipeline_fk', columns: [t.orgId, t.pipelineId], foreignColumns: [pipelines.orgId, pipelines.id] }),
    index('pipeline_stages_pipeline_idx').on(t.orgId, t.pipelineId, t.position),
  ],
);

export const lostReasons = pgTable(
  'lost_reasons',
  {
    ...recordColumns(),
    name: text('name').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [
    tenantIsolation(),
    unique('lost_reasons_org_id_id_key').on(t.orgId, t.id),
    uniqueIndex('lost_reasons_org_name_key').on(t.orgId, sql`lower(${t.name})`).where(sql`archived_at is null`),
  ],
);

export const opportunities = pgTable(
  'opportunities',
  {
    ...recordColumns(),
    ...ownerColumn(),
    name: text('name').notNull(),
    accountId: uuid('account_id').notNull(),
    contactId: uuid('contact_id'),
    pipelineId: uuid('pipeline_id').notNull(),
    stageId: uuid('stage_id').notNull(),
    amount: numeric('amount', { precision: 20, scale: 4 }).notNull(),
    currency: text('currency').notNull(),
    probability: numeric('probability', { precision: 5, scale: 2 }).notNull(),
    expectedCloseDate: date('expected_close_date', { mode: 'string' }),
    forecastCategory: forecastCategoryEnum('forecast_category').notNull().default('pipeline'),
    status: opportunityStatusEnum('status').notNull().default('open'),
    lostReasonId: uuid('lost_reason_id'),
    lostNote: text('lost_note').notNull().default(''),
    closedAt: tstz('closed_at'),
    sourceLeadId: uuid('source_lead_id'),
    stageEnteredAt: tstz('stage_entered_at').notNull().defaultNow(),
    lastActivityAt: tstz('last_activity_at').notNull().defaultNow(),
  },
  (t) => [
    tenantIsolation(),
    unique('opportunities_org_id_id_key').on(t.orgId, t.id),
    ...ownerConstraints('opportunities', t),
    foreignKey({ name: 'opportunities_account_fk', columns: [t.orgId, t.accountId], foreignColumns: [accounts.orgId, accounts.id] }),
    foreignKey({ name: 'opportunities_contact_fk', columns: [t.orgId, t.contactId], foreignColumns: [contacts.orgId, contacts.id] }),
    foreignKey({ name: 'opportunities_pipeline_fk', columns: [t.orgId, t.pipelineId], foreignColumns: [pipelines.orgId, pipelines.id] }),
    foreignKey({ name: 'opportunities_stage_fk', columns: [t.orgId, t.stageId], foreignColumns: [pipelineStages.orgId, pipelineStages.id] }),
    foreignKey({ name: 'opportunities_lost_reason_fk', columns: [t.orgId, t.lostReasonId], foreignColumns: [lostReasons.orgId, lostReasons.id] }),
    index('opportunities_org_created_idx').on(t.orgId, t.createdAt, t.id),
    index('opportunities_org_stage_idx').on(t.orgId, t.pipelineId, t.stageId, t.status),
    index('opportunities_account_idx').on(t.orgId, t.accountId),
    index('opportunities_org_close_idx').on(t.orgId, t.status, t.expectedCloseDate),
  ],
);

/** One row per stay of a deal in a stage: sales-cycle analytics (time in stage) are computed from it. */
export const opportunityStageHistory = pgTable(
  'opportunity_stage_history',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id').notNull(),
    opportunityId: uuid('opportunity_id').notNull(),
    stageId: uuid('stage_id').notNull(),
    enteredAt: tstz('entered_at').notNull(),
    enteredBy: uuid('entered_by'),
    leftAt: tstz('left_at'),
    leftBy: uuid('left_by'),
  },
  (t) => [
    tenantIsolation(),
    foreignKey({ name: 'stage_history_opportunity_fk', columns: [t.orgId, t.opportunityId], foreignColumns: [opportunities.orgId, opportunities.id] }),
    foreignKey({ name: 'stage_history_stage_fk', columns: [t.orgId, t.stageId], foreignColumns: [pipelineStages.orgId, pipelineStages.id] }),
    foreignKey({ name: 'stage_history_entered_by_fk', columns: [t.orgId, t.enteredBy], foreignColumns: [users.orgId, users.id] }),
    foreignKey({ name: 'stage_history_left_by_fk', columns: [t.orgId, t.leftBy], foreignColumns: [users.orgId, users.id] }),
    index('stage_history_opportunity_idx').on(t.orgId, t.opportunityId, t.enteredAt),
    index('stage_history_stage_idx').on(t.orgId, t.stageId, t.enteredAt),
  ],
);
