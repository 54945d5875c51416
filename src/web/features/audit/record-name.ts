import type { Lookup } from './audit-text';

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

/** What a referenced record is called: its document number (with the quote's revision), name, person's name or subject. */
export function recordName(record: unknown, lookup: Lookup): string | null {
  if (record === null || typeof record !== 'object') return null;
  const fields = record as Record<string, unknown>;
  const number = text(fields.number);
  if (number && typeof fields.revision === 'number' && fields.revision > 1) {
    return lookup('quotes.numberRevision', { number, revision: String(fields.revision) }) ?? number;
  }
  const person = [text(fields.firstName), text(fields.lastName)].filter(Boolean).join(' ');
  return number || text(fields.name) || person || text(fields.subject) || null;
}
