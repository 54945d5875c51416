import { sql } from 'drizzle-orm';
import { foreignKey, index, jsonb, pgEnum, pgPolicy, pgTable, text, unique, uniqueIndex, uuid, type PgTableExtraConfigValue } from 'drizzle-orm/pg-core';
import { roles, locales } from '../../../contracts/common.js';
import { currentOrgId, recordColumns, tenantIsolation } from '../../platform/db/columns.js';

function organizationColumns() {
  const { orgId: _orgId, ...rest } = recordColumns();
  return rest;
}

export const roleEnum = pgEnum('user_role', roles);
export const localeEnum = pgEnum('locale', locales);

export const organizations = pgTable(
  'organizations',
  {
    ...organizationColumns(),
    name: text('name').notNull(),
    baseCurrency: text('base_currency').notNull().default('EUR'),
    defaultLocale: localeEnum('default_locale').notNull().default('en'),
    taxIds: jsonb('tax_ids').$type<{ scheme: string; value: string }[]>().notNull().default([]),
  },
  () => [
    // An organisation row is its own tenant: org_id = id.
    pgPolicy('tenant_isolation', { for: 'all', using: sql`id = ${currentOrgId}`, withCheck: sql`id = ${currentOrgId}` }),
  ],
);

export const teams = pgTable(
  'teams',
  {
    ...recordColumns(),
    name: text('name').notNull(),
    managerId: uuid('manager_id'),
  },
  (t): PgTableExtraConfigValue[] => [
    tenantIsolation(),
    unique('teams_org_id_id_key').on(t.orgId, t.id),
    uniqueIndex('teams_org_name_key').on(t.orgId, sql`lower(${t.name})`).where(sql`archived_at is null`),
    foreignKey({ name: 'teams_org_fk', columns: [t.orgId], foreignColumns: [organizations.id] }),
    foreignKey({ name: 'teams_manager_fk', columns: [t.orgId, t.managerId], foreignColumns: [users.orgId, users.id] }),
  ],
);

export const users = pgTable(
  'users',
  {
    ...recordColumns(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    role: roleEnum('role').notNull(),
    teamId: uuid('team_id'),
    locale: localeEnum('locale').notNull().default('en'),
    passwordHash: text('password_hash').notNull(),
  },
  (t): PgTableExtraConfigValue[] => [
    tenantIsolation(),
    unique('users_org_id_id_key').on(t.orgId, t.id),
    // E-mail is the login, so it is unique across the installation.
    uniqueIndex('users_email_key').on(sql`lower(${t.email})`),
    index('users_org_team_idx').on(t.orgId, t.teamId),
    foreignKey({ name: 'users_org_fk', columns: [t.orgId], foreignColumns: [organizations.id] }),
    foreignKey({ name: 'users_team_fk', columns: [t.orgId, t.teamId], foreignColumns: [teams.orgId, teams.id] }),
  ],
);

export const territories = pgTable(
  'territories',
  {
    ...recordColumns(),
    name: text('name').notNull(),
    code: text('code').notNull(),
    description: text('description').notNull().default(''),
    repId: uuid('rep_id'),
  },
  (t) => [
    tenantIsolation(),
    unique('territories_org_id_id_key').on(t.orgId, t.id),
    uniqueIndex('territories_org_code_key').on(t.orgId, sql`lower(${t.code})`).where(sql`archived_at is null`),
    foreignKey({ name: 'territories_org_fk', columns: [t.orgId], foreignColumns: [organizations.id] }),
    foreignKey({ name: 'territories_rep_fk', columns: [t.orgId, t.repId], foreignColumns: [users.orgId, users.id] }),
  ],
);
