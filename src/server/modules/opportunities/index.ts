import type { App } from '../../platform/http/server.js';
import { opportunitiesRoutes } from './opportunities.routes.js';
import { pipelinesRoutes } from './pipelines.routes.js';
import { noPlaybook, type StagePlaybook } from './stage-playbook.js';

export { closeOpportunity } from './use-cases/close-opportunity.js';
export { createOpportunity } from './use-cases/create-opportunity.js';
export { findVisibleOpportunity } from './use-cases/find-visible-opportunity.js';
export type { OpportunityRow } from './opportunities.repository.js';
export { moveOpportunity } from './use-cases/move-opportunity.js';
export { listPipelines, listLostReasons } from './pipelines.repository.js';
export type { StagePlaybook } from './stage-playbook.js';
export { seedSalesDefaults } from './use-cases/seed-sales-defaults.js';
export { wonRevenueOf } from './use-cases/won-revenue-of.js';
export { openDealsOfAccount, type OpenDeal } from './use-cases/open-deals-of-account.js';
export { visibleOpportunityIdsOf } from './opportunities.repository.js';

/** playbook: the tasks module's, which guides and gates deals through the stages. */
export function opportunitiesModuleRoutes(app: App, deps: { playbook: StagePlaybook } = { playbook: noPlaybook }): void {
  pipelinesRoutes(app, deps);
  opportunitiesRoutes(app, deps);
}
