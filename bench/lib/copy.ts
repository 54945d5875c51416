import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

/** A COPY text-format value: null, a string, a number, a boolean or a Date. */
export type CopyValue = string | number | boolean | Date | null;

const needsEscape = /[\\\t\n\r]/;

function field(value: CopyValue): string {
  if (value === null) return '\\N';
  if (typeof value === 'string') {
    return needsEscape.test(value) ? value.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r') : value;
  }
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'boolean') return value ? 't' : 'f';
  return String(value);
}

const dayMs = 86_400_000;
const days = new Map<number, string>();
const pad = (n: number, width: number) => String(n).padStart(width, '0');

function dayOf(ms: number): [day: number, text: string] {
  const day = Math.floor(ms / dayMs);
  let text = days.get(day);
  if (text === undefined) {
    text = new Date(day * dayMs).toISOString().slice(0, 10);
    days.set(day, text);
  }
  return [day, text];
}

/** A UTC calendar date, YYYY-MM-DD. */
export function date(ms: number): string {
  return dayOf(ms)[1];
}

/** A timestamptz literal with milliseconds, several times faster than new Date(ms).toISOString() (millions of rows). */
export function timestamp(ms: number): string {
  const [day, text] = dayOf(ms);
  let rest = Math.floor(ms) - day * dayMs;
  const h = Math.floor(rest / 3_600_000);
  rest -= h * 3_600_000;
  const m = Math.floor(rest / 60_000);
  rest -= m * 60_000;
  const s = Math.floor(rest / 1000);
  return `${text} ${pad(h, 2)}:${pad(m, 2)}:${pad(s, 2)}.${pad(rest - s * 1000, 3)}+00`;
}

export type CopyResult = { table: string; rows: number; ms: number };

const chunkBytes = 512 * 1024;

/**
 * Streams rows into a table with COPY … FROM STDIN (text format), honouring back-pressure. The rows
 * come from a generator so a table of millions never sits in memory.
 */
export async function copyRows(client: pg.ClientBase, table: string, columns: readonly string[], rows: Iterable<CopyValue[]>): Promise<CopyResult> {
  const started = performance.now();
  const stream = client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
  let count = 0;
  let chunk = '';
  for (const row of rows) {
    if (row.length !== columns.length) throw new Error(`${table}: a row has ${row.length} values for ${columns.length} columns`);
    let line = field(row[0] as CopyValue);
    for (let i = 1; i < row.length; i++) line += '\t' + field(row[i] as CopyValue);
    chunk += line + '\n';
    count++;
    if (chunk.length >= chunkBytes) {
      if (!stream.write(chunk)) await once(stream, 'drain');
      chunk = '';
    }
  }
  if (chunk) stream.write(chunk);
  stream.end();
  await finished(stream);
  return { table, rows: count, ms: performance.now() - started };
}
