import type { App } from '../../platform/http/server.js';
import { opportunitiesRoutes } from './opportunities.routes.js';
import { pipelinesRoutes } from './pipelines.routes.js';

export { closeOpportunity } from './use-cases/close-opportunity.js';
export { createOpportunity } from './use-cases/create-opportunity.js';
export { findVisibleOpportunity } from './use-cases/find-visible-opportunity.js';
export type { OpportunityRow } from './opportunities.repository.js';
export { moveOpportunity } from './use-cases/move-opportunity.js';
export { listPipelines, listLostReasons } from './pipelines.repository.js';
export { seedSalesDefaults } from './use-cases/seed-sales-defaults.js';
export { wonRevenueOf } from './use-cases/won-revenue-of.js';

export function opportunitiesModuleRoutes(app: App): void {
  pipelinesRoutes(app);
  opportunitiesRoutes(app);
}
