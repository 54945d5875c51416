export { leadsRoutes } from './leads.routes.js';
