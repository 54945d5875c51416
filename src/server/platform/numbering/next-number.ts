import { sql } from 'drizzle-orm';
import type { Tx } from '../db/tenant.js';

/**
 * Takes the next number of a series for a year, e.g. nextNumber(tx, 'INV', 2026, 5) → "INV-2026-00042".
 * The row stays locked until the transaction ends, so concurrent callers queue and none skips or repeats a number.
 */
export async function nextNumber(tx: Tx, series: string, year: number, digits: number): Promise<string> {
  const result = await tx.execute<{ last_value: number }>(sql`
    insert into document_sequences (org_id, series, year, last_value)
    values (nullif(current_setting('app.org_id', true), '')::uuid, ${series}, ${year}, 1)
    on conflict (org_id, series, year) do update set last_value = document_sequences.last_value + 1
    returning last_value`);
  const value = result.rows[0]!.last_value;
  return `${series}-${year}-${String(value).padStart(digits, '0')}`;
}
