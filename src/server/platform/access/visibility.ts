import { sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Role } from '../../../contracts/common.js';
import type { Actor } from './actor.js';

/** How far a role sees owned records of a kind: only its own, its team's, or the whole organisation's. */
export type Scope = 'own' | 'team' | 'all';

/** The kinds of owned records; each business module adds its kind here with the scope per role. */
export type RecordKind = 'sales' | 'fulfilment' | 'finance' | 'service';

const scopes: Record<RecordKind, Record<Role, Scope>> = {
  // accounts, contacts, leads, opportunities, quotes, tasks
  sales: { admin: 'all', sales_manager: 'team', sales_rep: 'own', finance: 'all', support: 'all' },
  // orders and deliveries: support (service and delivery) fulfils every customer's orders
  fulfilment: { admin: 'all', sales_manager: 'team', sales_rep: 'own', finance: 'all', support: 'all' },
  // invoices, payments, budgets
  finance: { admin: 'all', sales_manager: 'team', sales_rep: 'own', finance: 'all', support: 'own' },
  // cases, surveys
  service: { admin: 'all', sales_manager: 'team', sales_rep: 'own', finance: 'own', support: 'all' },
};

export function scopeOf(role: Role, kind: RecordKind): Scope {
  return scopes[kind][role];
}

/**
 * The SQL condition that limits owned records to what the actor may see. A manager's team is the
 * team they belong to and every team they manage. Row-level security already limits rows to the
 * actor's organisation; this narrows further by rights.
 */
export function visibleTo(actor: Actor, kind: RecordKind, ownerColumn: AnyPgColumn | SQL): SQL | undefined {
  const scope = scopeOf(actor.role, kind);
  if (scope === 'all') return undefined;
  if (scope === 'own') return sql`${ownerColumn} = ${actor.userId}`;
  return sql`(${ownerColumn} = ${actor.userId} or ${ownerColumn} in (
    select m.id from users m where m.team_id in (
      select t.id from teams t where t.manager_id = ${actor.userId} and t.archived_at is null
      union select ${actor.teamId}::uuid where ${actor.teamId}::uuid is not null)))`;
}
