import type { Organization } from '../../../contracts/organization.js';
import type { Team } from '../../../contracts/teams.js';
import type { Territory } from '../../../contracts/territories.js';
import type { User } from '../../../contracts/users.js';
import { recordMetaDto } from '../../platform/db/rows.js';
import type { OrganizationRow } from './organizations.repository.js';
import type { TeamRow } from './teams.repository.js';
import type { TerritoryRow } from './territories.repository.js';
import type { UserRow } from './users.repository.js';

export const userDto = (r: UserRow): User => ({
  ...recordMetaDto(r),
  email: r.email,
  name: r.name,
  role: r.role,
  teamId: r.teamId,
  locale: r.locale,
});

export const teamDto = (r: TeamRow): Team => ({ ...recordMetaDto(r), name: r.name, managerId: r.managerId, memberCount: r.memberCount });

export const territoryDto = (r: TerritoryRow): Territory => ({
  ...recordMetaDto(r),
  name: r.name,
  code: r.code,
  description: r.description,
  repId: r.repId,
});

export const organizationDto = (r: OrganizationRow): Organization => ({
  ...recordMetaDto(r),
  name: r.name,
  baseCurrency: r.baseCurrency,
  defaultLocale: r.defaultLocale,
  taxIds: r.taxIds,
});

/** What the audit trail compares: the stored record without derived fields. Secrets stay in so that
 * their change is recorded; the diff writes them as "[redacted]". */
export function auditable<T extends object>(row: T): Record<string, unknown> {
  const { memberCount: _derived, ...rest } = row as Record<string, unknown>;
  return rest;
}
