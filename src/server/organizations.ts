import { seedCatalogDefaults } from './modules/catalog/index.js';
import { createOrganization, type NewOrganization } from './modules/directory/index.js';
import { seedSalesDefaults } from './modules/opportunities/index.js';
import type { Db } from './platform/db/database.js';

/**
 * A new organisation ready to sell: its admin, and every module's defaults (a pipeline, lost reasons,
 * a default price list and tax rate).
 */
export function createOrganizationWithDefaults(db: Db, input: Omit<NewOrganization, 'setUp'>) {
  return createOrganization(db, {
    ...input,
    setUp: async (ctx) => {
      await seedSalesDefaults(ctx);
      await seedCatalogDefaults(ctx);
    },
  });
}
