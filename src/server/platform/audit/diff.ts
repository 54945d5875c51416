import type { FieldChanges } from './audit.schema.js';

// Bookkeeping columns change on every write and say nothing of what the user did.
// createdBy is the actor of the create event itself.
const ignored = new Set(['version', 'updatedAt', 'createdAt', 'createdBy', 'orgId', 'id']);
// Secrets are never copied into the trail; the entry still records that they changed.
const redacted = new Set(['passwordHash', 'tokenHash', 'keyHash', 'csrfToken']);

type Row = Record<string, unknown>;

function normalise(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (value === undefined) return null;
  return value;
}

/** Field-by-field before/after of a record; for a create, before is null for every field. */
export function diffRecords(before: Row | null, after: Row | null): FieldChanges {
  const changes: FieldChanges = {};
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const key of keys) {
    if (ignored.has(key)) continue;
    const b = normalise(before?.[key]);
    const a = normalise(after?.[key]);
    if (JSON.stringify(b) === JSON.stringify(a)) continue;
    changes[key] = redacted.has(key) ? { before: b === null ? null : '[redacted]', after: a === null ? null : '[redacted]' } : { before: b, after: a };
  }
  return changes;
}
