import type { Role } from '../../../contracts/common.js';

export const permissions = [
  'org:read',
  'org:manage',
  'users:read',
  'users:manage',
  'teams:read',
  'teams:manage',
  'territories:read',
  'territories:manage',
  'api-keys:manage',
  'audit:read',
  'accounts:read',
  'accounts:write',
  'leads:read',
  'leads:write',
  'opportunities:read',
  'opportunities:write',
  'pipelines:manage',
  'catalog:read',
  'catalog:manage',
  'quotes:read',
  'quotes:write',
  'orders:read',
  'orders:write',
  'deliveries:write',
  'invoices:read',
  'invoices:write',
  'payments:write',
  'credit:read',
  'credit:manage',
  'tasks:read',
  'tasks:write',
  'task-types:manage',
  'projects:read',
  'projects:write',
] as const;
export type Permission = (typeof permissions)[number];

// Everyone who sells, supports or invoices needs to know what is sold and at what price.
const everyone: Permission[] = [
  'org:read', 'users:read', 'teams:read', 'territories:read', 'accounts:read', 'opportunities:read', 'catalog:read',
  'quotes:read', 'orders:read', 'invoices:read', 'credit:read', 'tasks:read', 'projects:read',
];
const selling: Permission[] = [
  'accounts:write', 'leads:read', 'leads:write', 'opportunities:write', 'quotes:write', 'orders:write', 'deliveries:write', 'tasks:write', 'projects:write',
];

// What each role may do; which records it sees of each kind is decided in visibility.ts.
export const rolePermissions: Record<Role, readonly Permission[]> = {
  admin: permissions,
  sales_manager: [...everyone, ...selling],
  sales_rep: [...everyone, ...selling],
  // Finance keeps prices, tax rates, exchange rates, invoices, payments and the credit policy.
  finance: [...everyone, 'catalog:manage', 'invoices:write', 'payments:write', 'credit:manage'],
  // Support (service and delivery) records what was delivered.
  support: [...everyone, 'accounts:write', 'deliveries:write', 'tasks:write', 'projects:write'],
};

export function permissionsOf(role: Role): ReadonlySet<Permission> {
  return new Set(rolePermissions[role]);
}

/**
 * Who may call a route: anyone, any signed-in user, or holders of a permission.
 * Every route under /api declares one; the app refuses to start otherwise.
 */
export type RouteAccess = 'public' | 'signed-in' | Permission;
