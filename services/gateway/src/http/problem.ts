import type { ErrorRequestHandler, Request, RequestHandler } from 'express';
import { DomainError, PROBLEM_CONTENT_TYPE, problemBody } from '@agentvault/errors';
import type { Logger } from '@agentvault/observability';

const DEFAULT_RETRY_AFTER_SECONDS = 5;

/** Sends the dual-emit error body with application/problem+json. */
export function sendProblem(req: Request, res: import('express').Response, err: DomainError, typeBaseUrl: string): void {
  const body = problemBody(err, req.originalUrl.split('?')[0] ?? req.path, typeBaseUrl);
  if (body.status === 401 && !res.getHeader('WWW-Authenticate')) res.setHeader('WWW-Authenticate', 'Bearer');
  // A transient failure says when to come back: the service's own estimate, or a short default.
  if (body.status === 503 && !res.getHeader('Retry-After')) {
    const after = err.context?.retry_after;
    res.setHeader('Retry-After', String(typeof after === 'number' && Number.isInteger(after) && after > 0 ? after : DEFAULT_RETRY_AFTER_SECONDS));
  }
  res.status(body.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(body));
}

/** Body-parser and other framework errors carry a `type` and a `status`; give them our shape. */
function frameworkError(err: any): DomainError | undefined {
  switch (err?.type) {
    case 'entity.parse.failed':
      return new DomainError('bad_request', 'Malformed JSON in request body');
    case 'entity.too.large':
      return new DomainError('payload_too_large', `Request body is larger than the limit of ${err.limit} bytes`);
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new DomainError('unsupported_media_type', 'Unsupported request body encoding');
    case 'request.aborted':
      return new DomainError('bad_request', 'Request was aborted');
  }
  if (typeof err?.status === 'number' && err.status >= 400 && err.status < 500) {
    return new DomainError('bad_request', err.expose && err.message ? err.message : 'Bad request');
  }
  return undefined;
}

export function errorHandler(logger: Logger, typeBaseUrl: string): ErrorRequestHandler {
  return (err, req, res, _next) => {
    let domain = err instanceof DomainError ? err : frameworkError(err);
    if (!domain) {
      logger.error({ err, path: req.path, method: req.method }, 'unhandled error');
      domain = new DomainError('internal_server_error', 'Internal server error', { code: 'INTERNAL_ERROR' });
    } else if (domain.kind === 'internal_server_error' || domain.kind === 'service_unavailable') {
      logger.warn({ detail: domain.message, path: req.path }, 'downstream failure');
    }
    if (res.headersSent) return;
    sendProblem(req, res, domain, typeBaseUrl);
  };
}

export const unknownRoute: RequestHandler = (req, _res, next) => {
  next(new DomainError('not_found', `No endpoint ${req.method} ${req.path}`, { code: 'RESOURCE_NOT_FOUND' }));
};
