import {
  IconAddressBook,
  IconArrowsExchange,
  IconBuilding,
  IconBuildingStore,
  IconBriefcase,
  IconChecklist,
  IconClock,
  IconCurrencyDollar,
  IconFileInvoice,
  IconFileText,
  IconGauge,
  IconHistory,
  IconKey,
  IconLayoutKanban,
  IconListCheck,
  IconListDetails,
  IconMap2,
  IconPackage,
  IconPackageExport,
  IconPercentage,
  IconThumbDown,
  IconUserPlus,
  IconUsers,
  IconUsersGroup,
  type Icon,
} from '@tabler/icons-react';
import type { Permission } from './session';

export type AdminScreen = {
  key: 'users' | 'teams' | 'territories' | 'pipelines' | 'taskTypes' | 'lostReasons' | 'creditPolicy' | 'apiKeys' | 'audit' | 'organization';
  to:
    | '/admin/users'
    | '/admin/teams'
    | '/admin/territories'
    | '/admin/pipelines'
    | '/admin/task-types'
    | '/admin/lost-reasons'
    | '/admin/credit-policy'
    | '/admin/api-keys'
    | '/admin/audit'
    | '/admin/organization';
  permission: Permission;
  icon: Icon;
};

/** The administration screens, in menu order, with the permission each needs. */
export const adminScreens: readonly AdminScreen[] = [
  { key: 'users', to: '/admin/users', permission: 'users:read', icon: IconUsers },
  { key: 'teams', to: '/admin/teams', permission: 'teams:read', icon: IconUsersGroup },
  { key: 'territories', to: '/admin/territories', permission: 'territories:read', icon: IconMap2 },
  { key: 'pipelines', to: '/admin/pipelines', permission: 'pipelines:manage', icon: IconListDetails },
  // Everyone reads the task types (what a task of each predefines); only task-types:manage changes them.
  { key: 'taskTypes', to: '/admin/task-types', permission: 'tasks:read', icon: IconListCheck },
  { key: 'lostReasons', to: '/admin/lost-reasons', permission: 'pipelines:manage', icon: IconThumbDown },
  { key: 'creditPolicy', to: '/admin/credit-policy', permission: 'credit:manage', icon: IconGauge },
  { key: 'apiKeys', to: '/admin/api-keys', permission: 'api-keys:manage', icon: IconKey },
  { key: 'audit', to: '/admin/audit', permission: 'audit:read', icon: IconHistory },
  { key: 'organization', to: '/admin/organization', permission: 'org:manage', icon: IconBuilding },
];

export type SalesScreen = {
  key: 'leads' | 'accounts' | 'contacts' | 'opportunities' | 'tasks' | 'projects' | 'time';
  to: '/leads' | '/accounts' | '/contacts' | '/opportunities' | '/tasks' | '/projects' | '/time';
  permission: Permission;
  icon: Icon;
};

/** The sales screens, in the order a deal travels through them. */
export const salesScreens: readonly SalesScreen[] = [
  { key: 'leads', to: '/leads', permission: 'leads:read', icon: IconUserPlus },
  { key: 'accounts', to: '/accounts', permission: 'accounts:read', icon: IconBuildingStore },
  { key: 'contacts', to: '/contacts', permission: 'accounts:read', icon: IconAddressBook },
  { key: 'opportunities', to: '/opportunities', permission: 'opportunities:read', icon: IconLayoutKanban },
  { key: 'tasks', to: '/tasks', permission: 'tasks:read', icon: IconChecklist },
  { key: 'projects', to: '/projects', permission: 'projects:read', icon: IconBriefcase },
  { key: 'time', to: '/time', permission: 'tasks:read', icon: IconClock },
];

export type DocumentScreen = {
  key: 'quotes' | 'orders' | 'invoices';
  to: '/quotes' | '/orders' | '/invoices';
  permission: Permission;
  icon: Icon;
};

/** The sales documents, in the order a sale produces them: quote, order, invoice. */
export const documentScreens: readonly DocumentScreen[] = [
  { key: 'quotes', to: '/quotes', permission: 'quotes:read', icon: IconFileText },
  { key: 'orders', to: '/orders', permission: 'orders:read', icon: IconPackageExport },
  { key: 'invoices', to: '/invoices', permission: 'invoices:read', icon: IconFileInvoice },
];

export type CatalogScreen = {
  key: 'products' | 'taxRates' | 'priceLists' | 'exchangeRates';
  to: '/catalog/products' | '/catalog/tax-rates' | '/catalog/price-lists' | '/catalog/exchange-rates';
  permission: Permission;
  icon: Icon;
};

/** The catalog screens: what is sold, its taxes and prices, and the rates prices convert at. */
export const catalogScreens: readonly CatalogScreen[] = [
  { key: 'products', to: '/catalog/products', permission: 'catalog:read', icon: IconPackage },
  { key: 'taxRates', to: '/catalog/tax-rates', permission: 'catalog:read', icon: IconPercentage },
  { key: 'priceLists', to: '/catalog/price-lists', permission: 'catalog:read', icon: IconCurrencyDollar },
  { key: 'exchangeRates', to: '/catalog/exchange-rates', permission: 'catalog:read', icon: IconArrowsExchange },
];
