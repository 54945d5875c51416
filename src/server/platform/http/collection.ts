import { and, desc, eq, gt, ilike, isNotNull, isNull, lt, or, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import { AppError } from '../../kernel/errors.js';

export const archivedModes = ['exclude', 'include', 'only'] as const;

export type ListParams<F = Record<string, unknown>> = {
  limit: number;
  cursor: string | undefined;
  sort: { field: string; descending: boolean };
  q: string | undefined;
  archived: (typeof archivedModes)[number];
  filters: Partial<F>;
};

type FilterShapes = Record<string, z.ZodType>;
type FilterValues<F extends FilterShapes> = { [K in keyof F]: z.output<F[K]> };

/**
 * The query string every collection accepts (API.md "Collections"):
 * limit, cursor, sort (a field, `-` for descending), q, archived, and filter[field]=value.
 */
export function listQuery<F extends FilterShapes = Record<never, z.ZodType>>(options: {
  sort: readonly [string, ...string[]];
  defaultSort: string;
  filters?: F;
}) {
  const sortValues = options.sort.flatMap((s) => [s, `-${s}`]) as [string, ...string[]];
  const filterShape: Record<string, z.ZodType> = {};
  for (const [name, schema] of Object.entries(options.filters ?? {})) filterShape[`filter[${name}]`] = schema.optional();
  return z
    .object({
      limit: z.coerce.number().int().min(1).max(200).default(50),
      cursor: z.string().max(1000).optional(),
      sort: z.enum(sortValues).default(options.defaultSort),
      q: z.string().trim().min(1).max(200).optional(),
      archived: z.enum(archivedModes).default('exclude'),
      ...filterShape,
    })
    .strict()
    .transform((raw): ListParams<FilterValues<F>> => {
      const filters: Record<string, unknown> = {};
      for (const name of Object.keys(options.filters ?? {})) {
        const value = (raw as Record<string, unknown>)[`filter[${name}]`];
        if (value !== undefined) filters[name] = value;
      }
      const descending = raw.sort.startsWith('-');
      return {
        limit: raw.limit,
        cursor: raw.cursor,
        sort: { field: descending ? raw.sort.slice(1) : raw.sort, descending },
        q: raw.q,
        archived: raw.archived,
        filters: filters as Partial<FilterValues<F>>,
      };
    });
}

export type KeysetSpec<F> = {
  id: PgColumn;
  /** Sortable fields (NOT NULL columns), keyed by the API field name, which is also the row's property. */
  sortable: Record<string, PgColumn>;
  archivedAt?: PgColumn;
  search?: PgColumn[];
  filters?: { [K in keyof F]?: (value: NonNullable<F[K]>) => SQL | undefined };
};

/** A cursor names the sort it was made for (with direction), the last row's sort value and its id. */
type Cursor = [sort: string, value: string | number, id: string];

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function sortKey(sort: ListParams<unknown>['sort']): string {
  return `${sort.descending ? '-' : ''}${sort.field}`;
}

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

function invalidCursor(): AppError {
  return new AppError('bad_request', 'The cursor is not valid for this list and sort.', { errors: [{ path: 'cursor', message: 'invalid cursor' }] });
}

/** Decodes and checks a cursor against the current sort and the sort column's type; answers the SQL value. */
function decodeCursor(text: string, sort: string, column: PgColumn): { value: unknown; id: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  if (!Array.isArray(parsed) || parsed.length !== 3 || parsed[0] !== sort) throw invalidCursor();
  const [, raw, id] = parsed as unknown[];
  if (typeof id !== 'string' || !uuidPattern.test(id)) throw invalidCursor();
  if (column.columnType === 'PgTimestamp') {
    const date = typeof raw === 'string' ? new Date(raw) : new Date(Number.NaN);
    if (Number.isNaN(date.getTime())) throw invalidCursor();
    return { value: date, id };
  }
  const numeric = column.dataType === 'number';
  if (numeric ? typeof raw !== 'number' || !Number.isFinite(raw) : typeof raw !== 'string') throw invalidCursor();
  return { value: raw, id };
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** WHERE, ORDER BY and LIMIT for one keyset page; fetches one extra row to know whether more follow. */
export function keysetQuery<F>(spec: KeysetSpec<F>, params: ListParams<F>, extra: (SQL | undefined)[] = []) {
  const column = spec.sortable[params.sort.field];
  if (!column) throw new AppError('bad_request', `Cannot sort by ${params.sort.field}.`);
  const conditions: (SQL | undefined)[] = [...extra];
  if (spec.archivedAt) {
    if (params.archived === 'exclude') conditions.push(isNull(spec.archivedAt));
    if (params.archived === 'only') conditions.push(isNotNull(spec.archivedAt));
  }
  if (params.q && spec.search?.length) {
    const pattern = `%${escapeLike(params.q)}%`;
    conditions.push(or(...spec.search.map((c) => ilike(c, pattern))));
  }
  for (const [name, value] of Object.entries(params.filters as Record<string, unknown>)) {
    const build = (spec.filters as Record<string, ((v: unknown) => SQL | undefined) | undefined> | undefined)?.[name];
    if (build && value !== undefined && value !== null) conditions.push(build(value));
  }
  if (params.cursor) {
    const { value, id } = decodeCursor(params.cursor, sortKey(params.sort), column);
    const beyond = params.sort.descending ? lt : gt;
    conditions.push(or(beyond(column, value), and(eq(column, value), beyond(spec.id, id))));
  }
  const direction = params.sort.descending ? 'desc' : 'asc';
  return {
    where: and(...conditions),
    orderBy: [column, spec.id].map((c) => (direction === 'desc' ? desc(c) : c)),
    limit: params.limit + 1,
  };
}

export function keysetPage<T extends Record<string, unknown>, F>(rows: T[], spec: KeysetSpec<F>, params: ListParams<F>) {
  const more = rows.length > params.limit;
  const data = more ? rows.slice(0, params.limit) : rows;
  const last = data[data.length - 1];
  let nextCursor: string | null = null;
  if (more && last) {
    const value = last[params.sort.field];
    nextCursor = encodeCursor([sortKey(params.sort), value instanceof Date ? value.toISOString() : (value as string | number), String(last.id)]);
  }
  return { data, nextCursor };
}
