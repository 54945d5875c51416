// Every Drizzle table, for drizzle-kit and the typed database handle.
export * from './platform/audit/audit.schema.js';
export * from './modules/directory/directory.schema.js';
export * from './modules/auth/auth.schema.js';
export * from './platform/http/rate-limit.schema.js';
export * from './modules/accounts/accounts.schema.js';
export * from './modules/opportunities/opportunities.schema.js';
export * from './modules/leads/leads.schema.js';
export * from './modules/catalog/catalog.schema.js';
export * from './platform/numbering/numbering.schema.js';
export * from './modules/quotes/quotes.schema.js';
export * from './modules/orders/orders.schema.js';
export * from './modules/billing/billing.schema.js';
export * from './modules/tasks/tasks.schema.js';
export * from './modules/tasks/collaboration.schema.js';
export * from './modules/notifications/notifications.schema.js';
