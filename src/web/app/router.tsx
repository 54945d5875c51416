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

/** A screen under the app layout that only roles with the permission may use. */
function guardedRoute<TPath extends string>(path: TPath, permission: Permission, Page: ComponentType) {
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

export type OpportunitiesView = 'board' | 'table';

const ContactsPage = lazyRouteComponent(() => import('../features/contacts/contacts-page'), 'ContactsPage');
const OpportunitiesPage = lazyRouteComponent(() => import('../features/opportunities/opportunities-page'), 'OpportunitiesPage');

/** `?contact=<id>` opens that contact in the drawer, so other screens can link to a contact. */
const contactsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/contacts',
  validateSearch: (search: Record<string, unknown>): { contact?: string } =>
    typeof search.contact === 'string' ? { contact: search.contact } : {},
  component: () => (
    <RequirePermission permission="accounts:read">
      <ContactsPage />
    </RequirePermission>
  ),
});

const opportunitiesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/opportunities',
  validateSearch: (search: Record<string, unknown>): { view?: OpportunitiesView } => (search.view === 'table' ? { view: 'table' } : {}),
  component: () => (
    <RequirePermission permission="opportunities:read">
      <OpportunitiesPage />
    </RequirePermission>
  ),
});

const routeTree = rootRoute.addChildren([
  loginRoute,
  appRoute.addChildren([
    homeRoute,
    // Every screen but home loads on first visit, keeping the first download small.
    guardedRoute('/leads', 'leads:read', lazyRouteComponent(() => import('../features/leads/leads-page'), 'LeadsPage')),
    guardedRoute('/leads/$leadId', 'leads:read', lazyRouteComponent(() => import('../features/leads/lead-page'), 'LeadPage')),
    guardedRoute('/accounts', 'accounts:read', lazyRouteComponent(() => import('../features/accounts/accounts-page'), 'AccountsPage')),
    guardedRoute(
      '/accounts/$accountId',
      'accounts:read',
      lazyRouteComponent(() => import('../features/accounts/account-page'), 'AccountPage'),
    ),
    contactsRoute,
    opportunitiesRoute,
    guardedRoute(
      '/opportunities/$opportunityId',
      'opportunities:read',
      lazyRouteComponent(() => import('../features/opportunities/opportunity-page'), 'OpportunityPage'),
    ),
    guardedRoute('/tasks', 'tasks:read', lazyRouteComponent(() => import('../features/tasks/tasks-page'), 'TasksPage')),
    guardedRoute('/tasks/$taskId', 'tasks:read', lazyRouteComponent(() => import('../features/tasks/task-page'), 'TaskPage')),
    guardedRoute('/projects', 'projects:read', lazyRouteComponent(() => import('../features/projects/projects-page'), 'ProjectsPage')),
    guardedRoute(
      '/projects/$projectId',
      'projects:read',
      lazyRouteComponent(() => import('../features/projects/project-page'), 'ProjectPage'),
    ),
    guardedRoute('/time', 'tasks:read', lazyRouteComponent(() => import('../features/time/time-page'), 'TimePage')),
    guardedRoute('/quotes', 'quotes:read', lazyRouteComponent(() => import('../features/quotes/quotes-page'), 'QuotesPage')),
    guardedRoute('/quotes/$quoteId', 'quotes:read', lazyRouteComponent(() => import('../features/quotes/quote-page'), 'QuotePage')),
    guardedRoute('/orders', 'orders:read', lazyRouteComponent(() => import('../features/orders/orders-page'), 'OrdersPage')),
    guardedRoute('/orders/$orderId', 'orders:read', lazyRouteComponent(() => import('../features/orders/order-page'), 'OrderPage')),
    guardedRoute('/invoices', 'invoices:read', lazyRouteComponent(() => import('../features/invoices/invoices-page'), 'InvoicesPage')),
    guardedRoute(
      '/invoices/$invoiceId',
      'invoices:read',
      lazyRouteComponent(() => import('../features/invoices/invoice-page'), 'InvoicePage'),
    ),
    guardedRoute(
      '/catalog/products',
      'catalog:read',
      lazyRouteComponent(() => import('../features/catalog/products-page'), 'ProductsPage'),
    ),
    guardedRoute(
      '/catalog/tax-rates',
      'catalog:read',
      lazyRouteComponent(() => import('../features/catalog/tax-rates-page'), 'TaxRatesPage'),
    ),
    guardedRoute(
      '/catalog/price-lists',
      'catalog:read',
      lazyRouteComponent(() => import('../features/catalog/price-lists-page'), 'PriceListsPage'),
    ),
    guardedRoute(
      '/catalog/exchange-rates',
      'catalog:read',
      lazyRouteComponent(() => import('../features/catalog/exchange-rates-page'), 'ExchangeRatesPage'),
    ),
    guardedRoute('/admin/users', 'users:read', lazyRouteComponent(() => import('../features/users/users-page'), 'UsersPage')),
    guardedRoute('/admin/teams', 'teams:read', lazyRouteComponent(() => import('../features/teams/teams-page'), 'TeamsPage')),
    guardedRoute(
      '/admin/territories',
      'territories:read',
      lazyRouteComponent(() => import('../features/territories/territories-page'), 'TerritoriesPage'),
    ),
    guardedRoute(
      '/admin/pipelines',
      'pipelines:manage',
      lazyRouteComponent(() => import('../features/pipelines/pipelines-page'), 'PipelinesPage'),
    ),
    guardedRoute(
      '/admin/task-types',
      'tasks:read',
      lazyRouteComponent(() => import('../features/task-types/task-types-page'), 'TaskTypesPage'),
    ),
    guardedRoute(
      '/admin/lost-reasons',
      'pipelines:manage',
      lazyRouteComponent(() => import('../features/lost-reasons/lost-reasons-page'), 'LostReasonsPage'),
    ),
    guardedRoute(
      '/admin/credit-policy',
      'credit:manage',
      lazyRouteComponent(() => import('../features/credit/credit-policy-page'), 'CreditPolicyPage'),
    ),
    guardedRoute('/admin/api-keys', 'api-keys:manage', lazyRouteComponent(() => import('../features/api-keys/api-keys-page'), 'ApiKeysPage')),
    guardedRoute('/admin/audit', 'audit:read', lazyRouteComponent(() => import('../features/audit/audit-page'), 'AuditPage')),
    guardedRoute(
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
