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
] as const;
export type Permission = (typeof permissions)[number];

// Everyone who sells, supports or invoices needs to know what is sold and at what price.
const everyone: Permission[] = ['org:read', 'users:read', 'teams:read', 'territories:read', 'accounts:read', 'opportunities:read', 'catalog:read'];
const selling: Permission[] = ['accounts:write', 'leads:read', 'leads:write', 'opportunities:write'];

// What each role may do; which records it sees of each kind is decided in visibility.ts.
export const rolePermissions: Record<Role, readonly Permission[]> = {
  admin: permissions,
  sales_manager: [...everyone, ...selling],
  sales_rep: [...everyone, ...selling],
  // Finance keeps prices, tax rates and exchange rates.
  finance: [...everyone, 'catalog:manage'],
  support: [...everyone, 'accounts:write'],
};

export function permissionsOf(role: Role): ReadonlySet<Permission> {
  return new Set(rolePermissions[role]);
}

/**
 * Who may call a route: anyone, any signed-in user, or holders of a permission.
 * Every route under /api declares one; the app refuses to start otherwise.
 */
export type RouteAccess = 'public' | 'signed-in' | Permission;
