/**
 * Stable error kinds. Each kind maps once to a gRPC status (grpc-mapping.ts) and once
 * from there to an HTTP status (problem.ts).
 */
export type ErrorKind =
  | 'bad_request'
  | 'validation_error'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'rate_limit_exceeded'
  | 'payload_too_large'
  | 'request_header_fields_too_large'
  | 'request_timeout'
  | 'unsupported_media_type'
  | 'service_unavailable'
  | 'bad_gateway'
  | 'gateway_timeout'
  | 'internal_server_error';

export interface DomainErrorOptions {
  /** Legacy machine code, e.g. VALIDATION_ERROR. Omitted from the body when absent. */
  code?: string;
  /** The request field the error is about. */
  field?: string;
  /** Extra structured facts for the client (never secrets). */
  context?: Record<string, unknown>;
}

/** An error the domain raises on purpose; the message is safe to show to the caller. */
export class DomainError extends Error {
  readonly kind: ErrorKind;
  readonly code?: string;
  readonly field?: string;
  readonly context?: Record<string, unknown>;

  constructor(kind: ErrorKind, detail: string, options: DomainErrorOptions = {}) {
    super(detail);
    this.name = 'DomainError';
    this.kind = kind;
    this.code = options.code;
    this.field = options.field;
    this.context = options.context;
  }
}

export const validationError = (detail: string, field?: string, context?: Record<string, unknown>) =>
  new DomainError('validation_error', detail, { code: 'VALIDATION_ERROR', field, context });
export const unauthorized = (detail: string) => new DomainError('unauthorized', detail, { code: 'AUTH_FAILED' });
export const forbidden = (detail: string) => new DomainError('forbidden', detail, { code: 'ACCESS_DENIED' });
export const notFound = (detail: string) => new DomainError('not_found', detail);
export const conflict = (detail: string, field?: string) => new DomainError('conflict', detail, { code: 'CONFLICT', field });
