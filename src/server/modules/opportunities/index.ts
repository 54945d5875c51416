import type { App } from '../../platform/http/server.js';
import { opportunitiesRoutes } from './opportunities.routes.js';
import { pipelinesRoutes } from './pipelines.routes.js';

export { createOpportunity } from './use-cases/create-opportunity.js';
export { seedSalesDefaults } from './use-cases/seed-sales-defaults.js';

export function opportunitiesModuleRoutes(app: App): void {
  pipelinesRoutes(app);
  opportunitiesRoutes(app);
}
