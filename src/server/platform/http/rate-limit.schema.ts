import { tstz } from '../db/columns.js';
import { integer, pgTable, text } from 'drizzle-orm/pg-core';

/** Shared counters for @fastify/rate-limit, so limits hold across several app processes. Not tenant data. */
export const rateLimitHits = pgTable('rate_limit_hits', {
  key: text('key').primaryKey(),
  hits: integer('hits').notNull(),
  windowStart: tstz('window_start').notNull(),
});
