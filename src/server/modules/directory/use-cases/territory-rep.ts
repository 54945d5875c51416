import type { Tx } from '../../../platform/db/tenant.js';
import { findTerritory } from '../territories.repository.js';
import { findActiveUser } from '../users.repository.js';

/** The active rep responsible for an active territory; null when there is none. */
export async function territoryRep(tx: Tx, territoryId: string): Promise<string | null> {
  const territory = await findTerritory(tx, territoryId);
  if (!territory || territory.archivedAt || !territory.repId) return null;
  return (await findActiveUser(tx, territory.repId)) ? territory.repId : null;
}
