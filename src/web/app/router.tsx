import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute, createRouter, lazyRouteComponent, Outlet, redirect } from '@tanstack/react-router';
import type { ComponentType } from 'react';
import { LoginPage } from '../features/auth/login-page';
import { HomePage } from '../features/home/home-page';
import { CenteredLoader } from '../ui/centered-loader';
import { NotFound } from '../ui/not-found';
import { RequirePermission } from '../ui/require-permission';
import { QueryError } from '../ui/query-error';
import { isApiError } from './api-client';
import { AppLayout } from './app-shell';
import { meQuery, type Permission } from './session';

export type RouterContext = { queryClient: QueryClient };

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: NotFound,
});

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/login',
  validateSearch: (search: Record<string, unknown>): { redirect?: string } =>
    typeof search.redirect === 'string' ? { redirect: search.redirect } : {},
  component: LoginPage,
});

const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ context, location }) => {
    try {
      await context.queryClient.ensureQueryData(meQuery);
    } catch (error) {
      if (isApiError(error, 401)) throw redirect({ to: '/login', search: { redirect: location.href } });
      throw error;
    }
  },
  pendingComponent: CenteredLoader,
  errorComponent: ({ error, reset }) => <QueryError error={error} onRetry={reset} />,
  component: AppLayout,
});

const homeRoute = createRoute({ getParentRoute: () => appRoute, path: '/', component: HomePage });

function adminRoute(path: string, permission: Permission, Page: ComponentType) {
  return createRoute({
    getParentRoute: () => appRoute,
    path,
    component: () => (
      <RequirePermission permission={permission}>
        <Page />
      </RequirePermission>
    ),
  });
}

const routeTree = rootRoute.addChildren([
  loginRoute,
  appRoute.addChildren([
    homeRoute,
    // Administration screens load on first visit, keeping the first download small.
    adminRoute('/admin/users', 'users:read', lazyRouteComponent(() => import('../features/users/users-page'), 'UsersPage')),
    adminRoute('/admin/teams', 'teams:read', lazyRouteComponent(() => import('../features/teams/teams-page'), 'TeamsPage')),
    adminRoute(
      '/admin/territories',
      'territories:read',
      lazyRouteComponent(() => import('../features/territories/territories-page'), 'TerritoriesPage'),
    ),
    adminRoute('/admin/api-keys', 'api-keys:manage', lazyRouteComponent(() => import('../features/api-keys/api-keys-page'), 'ApiKeysPage')),
    adminRoute('/admin/audit', 'audit:read', lazyRouteComponent(() => import('../features/audit/audit-page'), 'AuditPage')),
    adminRoute(
      '/admin/organization',
      'org:manage',
      lazyRouteComponent(() => import('../features/organization/organization-page'), 'OrganizationPage'),
    ),
  ]),
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({ routeTree, context: { queryClient }, defaultPreload: 'intent', scrollRestoration: true });
}

export type AppRouter = ReturnType<typeof createAppRouter>;

declare module '@tanstack/react-router' {
  // Module augmentation only works with an interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface Register {
    router: AppRouter;
  }
}
