import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import type { FieldError } from '../../kernel/errors.js';
import { AppError, type ErrorCode } from '../../kernel/errors.js';

const statusOf: Record<ErrorCode, number> = {
  bad_request: 400,
  validation: 422,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  invalid_state: 409,
  duplicate: 409,
  stale_version: 412,
  rate_limited: 429,
};

const titles: Record<number, string> = {
  400: 'Bad request',
  401: 'Not signed in',
  403: 'Not allowed',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Conflict',
  412: 'Stale version',
  413: 'Payload too large',
  415: 'Unsupported media type',
  422: 'Invalid input',
  429: 'Too many requests',
  500: 'Internal error',
};

export type ProblemBody = {
  type: string;
  title: string;
  status: number;
  detail?: string;
  code?: string;
  errors?: FieldError[];
  [extra: string]: unknown;
};

export function problem(status: number, code: string, detail?: string, errors?: FieldError[], extra?: Record<string, unknown>): ProblemBody {
  return {
    ...extra,
    type: `urn:ciclo:problem:${code}`,
    title: titles[status] ?? 'Error',
    status,
    ...(detail ? { detail } : {}),
    code,
    ...(errors?.length ? { errors } : {}),
  };
}

function pathOf(instancePath: string | undefined): string {
  return (instancePath ?? '').replace(/^\//, '').replaceAll('/', '.');
}

type PgError = Error & { code?: string; constraint?: string; detail?: string; column?: string };

// Unique constraints are named <table>_[org_]<field>_key, e.g. users_email_key, teams_org_name_key,
// tax_rates_org_name_key (the table name may itself contain underscores when org_ follows it).
function fieldOfConstraint(name: string | undefined): string {
  const match = /^[a-z_]+?_org_([a-z_]+?)_key$/.exec(name ?? '') ?? /^[a-z]+_([a-z_]+?)_key$/.exec(name ?? '');
  return match ? match[1]!.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase()) : 'value';
}

/** Database errors that bad input can still cause after validation (races on unique keys, foreign keys). */
function fromDatabase(error: PgError): ProblemBody | null {
  switch (error.code) {
    case '23505': {
      const field = fieldOfConstraint(error.constraint);
      return problem(409, 'duplicate', `Another record already has this ${field}.`, [{ path: field, message: 'already in use' }]);
    }
    case '23503':
      return problem(422, 'validation', `A referenced record does not exist (${error.constraint ?? 'foreign key'}).`);
    case '23514':
    case '23502':
    case '22001':
    case '22003':
      return problem(422, 'validation', error.message);
    case '22P02':
    case '22007':
    case '22008':
      return problem(400, 'bad_request', error.message);
    case '40001':
    case '40P01':
      return problem(409, 'conflict', 'The record was changed at the same time by another request; try again.');
    default:
      return null;
  }
}

// Drizzle wraps the driver's error (DrizzleQueryError); the PostgreSQL code is on its cause.
function databaseErrorOf(error: unknown): PgError {
  let current = error as PgError & { cause?: unknown };
  for (let depth = 0; depth < 3 && current && !current.code && current.cause; depth++) current = current.cause as PgError & { cause?: unknown };
  return current;
}

export function toProblem(error: unknown, request: FastifyRequest): ProblemBody {
  if (error instanceof AppError) return problem(statusOf[error.code], error.code, error.message, error.errors, error.extra);
  if (hasZodFastifySchemaValidationErrors(error)) {
    const where = error.validationContext ?? 'body';
    const status = where === 'body' ? 422 : 400;
    const errors = error.validation.flatMap((v) => {
      const base = pathOf(v.instancePath);
      // An unknown field is reported on its parent with the names in params.keys; name each field instead.
      const keys = (v.params as { keys?: unknown }).keys;
      if (v.keyword === 'unrecognized_keys' && Array.isArray(keys)) {
        return keys.map((key) => ({ path: base ? `${base}.${String(key)}` : String(key), message: 'unknown field' }));
      }
      return [{ path: base || where, message: v.message ?? 'invalid' }];
    });
    const detail = errors.map((e) => `${e.path}: ${e.message}`).join('; ');
    return problem(status, status === 422 ? 'validation' : 'bad_request', detail, errors);
  }
  if (isResponseSerializationError(error)) {
    request.log.error({ err: error, issues: error.cause.issues }, 'response does not match its schema');
    return problem(500, 'internal', 'The server produced an invalid response.');
  }
  const fromPg = fromDatabase(databaseErrorOf(error));
  if (fromPg) return fromPg;
  const fe = error as FastifyError;
  if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
    const code = fe.statusCode === 429 ? 'rate_limited' : fe.statusCode === 404 ? 'not_found' : 'bad_request';
    return problem(fe.statusCode, code, fe.message);
  }
  request.log.error({ err: error }, 'unhandled error');
  return problem(500, 'internal', 'Something went wrong on our side; the request wrote nothing.');
}

export function sendProblem(reply: FastifyReply, body: ProblemBody): FastifyReply {
  return reply.status(body.status).type('application/problem+json').send(body);
}
