import { IconBuilding, IconHistory, IconKey, IconMap2, IconUsers, IconUsersGroup, type Icon } from '@tabler/icons-react';
import type { Permission } from './session';

export type AdminScreen = {
  key: 'users' | 'teams' | 'territories' | 'apiKeys' | 'audit' | 'organization';
  to: '/admin/users' | '/admin/teams' | '/admin/territories' | '/admin/api-keys' | '/admin/audit' | '/admin/organization';
  permission: Permission;
  icon: Icon;
};

/** The administration screens, in menu order, with the permission each needs. */
export const adminScreens: readonly AdminScreen[] = [
  { key: 'users', to: '/admin/users', permission: 'users:read', icon: IconUsers },
  { key: 'teams', to: '/admin/teams', permission: 'teams:read', icon: IconUsersGroup },
  { key: 'territories', to: '/admin/territories', permission: 'territories:read', icon: IconMap2 },
  { key: 'apiKeys', to: '/admin/api-keys', permission: 'api-keys:manage', icon: IconKey },
  { key: 'audit', to: '/admin/audit', permission: 'audit:read', icon: IconHistory },
  { key: 'organization', to: '/admin/organization', permission: 'org:manage', icon: IconBuilding },
];
