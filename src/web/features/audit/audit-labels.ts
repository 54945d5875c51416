import type { TFunction } from 'i18next';
import { auditActions, type AuditEvent } from '../../../contracts/audit';
import { en } from '../../app/i18n/locales/en';

type EntityTypeKey = keyof typeof en.entityTypes;
type ActionKey = keyof typeof en.auditActions;

/** The entity types the audit filter offers, matching the server's `entityType` values. */
export const auditEntityTypes = [
  'leads',
  'accounts',
  'contacts',
  'opportunities',
  'pipelines',
  'lost-reasons',
  'products',
  'product-prices',
  'tax-rates',
  'price-lists',
  'exchange-rates',
  'quotes',
  'orders',
  'deliveries',
  'invoices',
  'payments',
  'credit_policies',
  'task-types',
  'tasks',
  'projects',
  'time-entries',
  'users',
  'teams',
  'territories',
  'organization',
  'api-keys',
] as const;

/** The contract's actions plus `revoke`, which the server records for API keys. */
export const auditActionFilter = [...new Set([...auditActions, 'revoke'])];

function isKeyOf<T extends object>(object: T, key: string): key is Extract<keyof T, string> {
  return Object.hasOwn(object, key);
}

export function entityTypeLabel(t: TFunction, type: string): string {
  return isKeyOf(en.entityTypes, type) ? t(`entityTypes.${type satisfies EntityTypeKey}`) : type;
}

export function actionLabel(t: TFunction, action: string): string {
  return isKeyOf(en.auditActions, action) ? t(`auditActions.${action satisfies ActionKey}`) : action;
}

export function actorLabel(t: TFunction, event: AuditEvent): string {
  if (event.actorName) return event.actorName;
  return event.apiKeyId ? t('audit.viaApiKey') : t('audit.system');
}

export function actionColor(action: string): string {
  switch (action) {
    case 'create':
      return 'teal';
    case 'archive':
    case 'revoke':
      return 'red';
    case 'update':
      return 'blue';
    default:
      return 'gray';
  }
}

const currencyCode = (value: unknown): string | null => (typeof value === 'string' && /^[A-Z]{3}$/.test(value) ? value : null);

/** The currency of the record a history belongs to: the loaded record's, else the latest one its events set. */
export function recordCurrency(record: unknown, events: readonly AuditEvent[]): string | null {
  const own = record !== null && typeof record === 'object' ? currencyCode((record as { currency?: unknown }).currency) : null;
  if (own) return own;
  for (const event of events) {
    const set = currencyCode(event.changes.currency?.after);
    if (set) return set;
  }
  return null;
}
