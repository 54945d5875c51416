import type { Locale } from '../../../../contracts/common.js';
import { AppError, notFound } from '../../../kernel/errors.js';
import type { Tx } from '../../../platform/db/tenant.js';
import { findOrganization } from '../organizations.repository.js';
import { findTeam } from '../teams.repository.js';
import { findTerritory } from '../territories.repository.js';
import { findActiveUser } from '../users.repository.js';

/** A reference to another record must name an active record of the same organisation (RLS hides the rest). */
export async function assertActiveUser(tx: Tx, id: string | null | undefined, path: string): Promise<void> {
  if (!id) return;
  if (!(await findActiveUser(tx, id))) throw new AppError('validation', `${path}: no active user with this id`, { errors: [{ path, message: 'no active user with this id' }] });
}

export async function assertActiveTeam(tx: Tx, id: string | null | undefined, path: string): Promise<void> {
  if (!id) return;
  const team = await findTeam(tx, id);
  if (!team || team.archivedAt) throw new AppError('validation', `${path}: no active team with this id`, { errors: [{ path, message: 'no active team with this id' }] });
}

export async function isActiveUser(tx: Tx, id: string): Promise<boolean> {
  return (await findActiveUser(tx, id)) !== undefined;
}

export async function isActiveTerritory(tx: Tx, id: string): Promise<boolean> {
  const territory = await findTerritory(tx, id);
  return territory !== undefined && territory.archivedAt === null;
}

/** The currency records default to and reports convert to. */
export async function organizationBaseCurrency(tx: Tx, orgId: string): Promise<string> {
  const org = await findOrganization(tx, orgId);
  if (!org) throw notFound('Organisation');
  return org.baseCurrency;
}

export async function organizationDefaultLocale(tx: Tx, orgId: string): Promise<Locale> {
  const org = await findOrganization(tx, orgId);
  if (!org) throw notFound('Organisation');
  return org.defaultLocale;
}

/** What documents print about the organisation issuing them. */
export async function organizationLetterhead(tx: Tx, orgId: string): Promise<{ name: string; taxIds: { scheme: string; value: string }[]; baseCurrency: string }> {
  const org = await findOrganization(tx, orgId);
  if (!org) throw notFound('Organisation');
  return { name: org.name, taxIds: org.taxIds, baseCurrency: org.baseCurrency };
}
