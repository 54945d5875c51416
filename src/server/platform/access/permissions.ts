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
] as const;
export type Permission = (typeof permissions)[number];

const everyone: Permission[] = ['org:read', 'users:read', 'teams:read', 'territories:read'];

export const rolePermissions: Record<Role, readonly Permission[]> = {
  admin: permissions,
  sales_manager: everyone,
  sales_rep: everyone,
  finance: everyone,
  support: everyone,
};

export function permissionsOf(role: Role): ReadonlySet<Permission> {
  return new Set(rolePermissions[role]);
}

/**
 * Who may call a route: anyone, any signed-in user, or holders of a permission.
 * Every route under /api declares one; the app refuses to start otherwise.
 */
export type RouteAccess = 'public' | 'signed-in' | Permission;
