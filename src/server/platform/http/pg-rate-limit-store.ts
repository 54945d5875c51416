import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type pg from 'pg';

type IncrCallback = (error: Error | null, result?: { current: number; ttl: number }) => void;

const incrementSql = `
  insert into rate_limit_hits as r (key, hits, window_start) values ($1, 1, now())
  on conflict (key) do update set
    hits = case when r.window_start + $2 * interval '1 millisecond' <= now() then 1 else r.hits + 1 end,
    window_start = case when r.window_start + $2 * interval '1 millisecond' <= now() then now() else r.window_start end
  returning hits, ceil(extract(epoch from (window_start + $2 * interval '1 millisecond' - now())) * 1000)::int as ttl`;

/**
 * A @fastify/rate-limit store on PostgreSQL: one counter row per key and window, so a limit
 * holds across every app process that shares the database (no Redis needed).
 */
class PgRateLimitStore implements FastifyRateLimitStore {
  constructor(
    private readonly pool: pg.Pool,
    private readonly prefix: string,
  ) {}

  incr(key: string, callback: IncrCallback, timeWindow: number): void {
    this.pool
      .query<{ hits: number; ttl: number }>(incrementSql, [this.prefix + key, timeWindow])
      .then(({ rows }) => callback(null, { current: rows[0]!.hits, ttl: Math.max(0, rows[0]!.ttl) }))
      .catch((error: Error) => callback(error));
  }

  // @fastify/rate-limit passes the route's merged limit options, with the route itself under routeInfo.
  child(routeOptions: Parameters<FastifyRateLimitStore['child']>[0]): FastifyRateLimitStore {
    const route = (routeOptions as { routeInfo?: { method?: string | string[]; url?: string } }).routeInfo;
    return new PgRateLimitStore(this.pool, `${String(route?.method ?? '')} ${route?.url ?? ''}|`);
  }
}

export function pgRateLimitStore(pool: pg.Pool): FastifyRateLimitStoreCtor {
  return class extends PgRateLimitStore {
    constructor() {
      super(pool, 'global|');
    }
  };
}
