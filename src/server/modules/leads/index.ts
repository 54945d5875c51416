export { leadsRoutes } from './leads.routes.js';
export { changeLeadStatus } from './use-cases/change-lead-status.js';
export { convertLead } from './use-cases/convert-lead.js';
export { createLead } from './use-cases/create-lead.js';
export { findVisibleLead } from './use-cases/find-visible-lead.js';
