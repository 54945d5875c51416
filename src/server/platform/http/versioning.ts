import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../kernel/errors.js';

/** The version a PATCH expects, from `If-Match: "3"` (or W/"3", or 3); undefined when absent. */
export function expectedVersion(request: FastifyRequest): number | undefined {
  const header = request.headers['if-match'];
  if (header === undefined || header === '*') return undefined;
  const match = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(String(header));
  if (!match) throw new AppError('bad_request', 'If-Match must carry the record version, e.g. If-Match: "3".', { errors: [{ path: 'If-Match', message: 'not a version' }] });
  return Number(match[1]);
}

export function assertVersion(current: number, expected: number | undefined): void {
  if (expected !== undefined && expected !== current) {
    throw new AppError('stale_version', `The record is at version ${current}, not ${expected}: someone changed it since you loaded it.`, {
      extra: { currentVersion: current },
    });
  }
}

export function withEtag<T extends { version: number }>(reply: FastifyReply, record: T): T {
  reply.header('etag', `"${record.version}"`);
  return record;
}
