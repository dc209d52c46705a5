import { DomainError, type ErrorKind } from './domain-error.js';

const KIND_TO_HTTP: Record<ErrorKind, number> = {
  bad_request: 400,
  validation_error: 422,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limit_exceeded: 429,
  payload_too_large: 413,
  request_header_fields_too_large: 431,
  request_timeout: 408,
  unsupported_media_type: 415,
  service_unavailable: 503,
  bad_gateway: 502,
  gateway_timeout: 504,
  internal_server_error: 500,
};

const TITLES: Record<number, string> = {
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 409: 'Conflict',
  408: 'Request Timeout', 413: 'Payload Too Large', 431: 'Request Header Fields Too Large', 415: 'Unsupported Media Type', 422: 'Unprocessable Entity',
  429: 'Too Many Requests', 500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout',
};

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/**
 * The dual-emit error body: the legacy `error` envelope and the RFC 7807 fields side by side.
 */
export interface ProblemBody {
  error: { detail: string; type: ErrorKind; code?: string; field?: string; context?: Record<string, unknown> };
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
}

export function httpStatusOf(kind: ErrorKind): number {
  return KIND_TO_HTTP[kind];
}

export function problemBody(err: DomainError, instance: string, typeBaseUrl: string): ProblemBody {
  const status = KIND_TO_HTTP[err.kind];
  const legacy: ProblemBody['error'] = { detail: err.message, type: err.kind };
  if (err.code) legacy.code = err.code;
  if (err.field) legacy.field = err.field;
  if (err.context) legacy.context = err.context;
  return {
    error: legacy,
    type: `${typeBaseUrl.replace(/\/?$/, '/')}${err.kind}`,
    title: TITLES[status] ?? 'Error',
    status,
    detail: err.message,
    instance,
  };
}
