/** The one error type domain and use-case code throws; platform/http maps codes to RFC 9457 problems. */
export type ErrorCode =
  | 'bad_request'
  | 'validation'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'invalid_state'
  | 'duplicate'
  | 'stale_version'
  | 'rate_limited';

export type FieldError = { path: string; message: string };

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly errors: FieldError[] | undefined;
  readonly extra: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message: string, options: { errors?: FieldError[]; extra?: Record<string, unknown> } = {}) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.errors = options.errors;
    this.extra = options.extra;
  }
}

export const notFound = (what: string) => new AppError('not_found', `${what} not found`);

export const invalidField = (path: string, message: string) =>
  new AppError('validation', `${path}: ${message}`, { errors: [{ path, message }] });
