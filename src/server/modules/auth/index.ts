export { authRoutes } from './auth.routes.js';
export { authenticator, sessionCookie } from './use-cases/authenticate.js';
