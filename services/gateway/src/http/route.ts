import type { Request, Response } from 'express';
import type { OpenAPIRegistry, RouteConfig } from '@asteasolutions/zod-to-openapi';
import { DomainError, forbidden } from '@agentvault/errors';
import { z, ProblemSchema } from './openapi.js';
import type { Authenticator } from './authenticate.js';
import { hasRole, type AuthTier, type Principal } from './principal.js';
import type { EndpointCap, RateLimits } from './rate-limit.js';
import type { IdempotencyContext } from './idempotency.js';
import { assertAcceptableInput } from './input.js';
import type { RouteTable } from './route-table.js';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

export interface HandlerInput<B, Q, P> {
  req: Request;
  res: Response;
  body: B;
  query: Q;
  params: P;
  principal: Principal | undefined;
  /** Set when the request carried an Idempotency-Key on a route that takes one. */
  idempotency: IdempotencyContext | undefined;
}

export interface HandlerResult {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Sent as it is (bytes or exact text), with the Content-Type the headers give. */
  raw?: Buffer | string;
}

export interface RouteSpec<B extends z.ZodTypeAny, Q extends z.ZodTypeAny, P extends z.ZodTypeAny> {
  method: Method;
  /** Express-style path, e.g. /api/v1/agents/by-did/:did */
  path: string;
  /** The OpenAPI path when the express one cannot be derived (wildcards, optional groups). */
  docPath?: string;
  summary: string;
  description?: string;
  tags: string[];
  /** Accepted credentials; absent means public. */
  auth?: AuthTier[];
  /** With 'svid' in auth: the scope (from SPIFFE_ALLOWED_IDS) a JWT-SVID must hold. */
  svidScope?: string;
  admin?: boolean;
  /** Developer roles (besides the admin's, which `admin` covers) that may call; others get 403. */
  roles?: string[];
  cap?: EndpointCap;
  /** Accepts an Idempotency-Key header (§ Idempotency-Key). */
  idempotent?: boolean;
  body?: B;
  bodyType?: 'json' | 'form';
  query?: Q;
  params?: P;
  responses: Record<number, { description: string; schema?: z.ZodTypeAny }>;
  handler: (input: HandlerInput<z.infer<B>, z.infer<Q>, z.infer<P>>) => Promise<HandlerResult>;
}

export interface RouteDeps {
  router: RouteTable;
  registry: OpenAPIRegistry;
  authenticator: Authenticator;
  limits: RateLimits;
  idempotency: import('express').RequestHandler;
  /** Where the world reaches this gateway: PUBLIC_BASE_URL, or the address it listens on once it does. */
  publicBaseUrl: () => string | undefined;
}

const FORM = 'application/x-www-form-urlencoded';

/** Zod issues → one 422 that names the first offending field. */
export function validationFailure(error: z.ZodError, where: 'body' | 'query' | 'path'): DomainError {
  const issues = error.issues.map((i) => ({ field: i.path.join('.') || where, message: i.message }));
  const first = issues[0]!;
  return new DomainError('validation_error', issues.map((i) => `${i.field}: ${i.message}`).join('; '), {
    code: 'VALIDATION_FAILED',
    field: first.field,
    context: { errors: issues },
  });
}

function parse<T extends z.ZodTypeAny>(schema: T | undefined, value: unknown, where: 'body' | 'query' | 'path'): z.infer<T> {
  if (!schema) return undefined;
  assertAcceptableInput(value, where);
  const result = schema.safeParse(value ?? (where === 'body' ? undefined : {}));
  if (!result.success) throw validationFailure(result.error, where);
  return result.data;
}

const SECURITY: Record<AuthTier, string> = { developer: 'developerJwt', agent: 'agentJwt', bootstrap: 'bootstrapToken', recovery: 'recoveryToken', svid: 'spiffeJwtSvid', signed_agent: 'agentSignature' };

/**
 * Declares one endpoint: the express route (caps, authentication, the role bucket,
 * validation, the handler) and its OpenAPI description, from the same schemas.
 */
export function route<B extends z.ZodTypeAny = z.ZodUndefined, Q extends z.ZodTypeAny = z.ZodUndefined, P extends z.ZodTypeAny = z.ZodUndefined>(
  deps: RouteDeps,
  spec: RouteSpec<B, Q, P>,
): void {
  if (Boolean(spec.auth?.includes('svid')) !== Boolean(spec.svidScope)) throw new Error(`${spec.method} ${spec.path}: the svid tier and svidScope go together`);
  const openapiPath = spec.docPath ?? spec.path.replace(/:([A-Za-z_]+)/g, '{$1}');
  const security = spec.auth?.flatMap((tier) => (tier === 'developer' ? [{ [SECURITY.developer]: [] }, { apiKey: [] }] : [{ [SECURITY[tier]]: [] }]));
  const responses: RouteConfig['responses'] = {};
  for (const [status, r] of Object.entries(spec.responses)) {
    responses[status] = r.schema ? { description: r.description, content: { 'application/json': { schema: r.schema } } } : { description: r.description };
  }
  for (const status of ['401', '403', '404', '409', '422', '429']) {
    if (!responses[status] && (status !== '401' || spec.auth) && (status !== '403' || spec.admin || spec.roles)) {
      if (['404', '409'].includes(status)) continue;
      responses[status] = { description: 'Error', content: { 'application/problem+json': { schema: ProblemSchema } } };
    }
  }
  deps.registry.registerPath({
    method: spec.method,
    path: openapiPath,
    summary: spec.summary,
    description: spec.svidScope ? `${spec.description ? `${spec.description} ` : ''}Also open to a JWT-SVID holding the \`${spec.svidScope}\` scope.` : spec.description,
    tags: spec.tags,
    security,
    request: {
      params: spec.params as any,
      query: spec.query as any,
      headers: spec.idempotent ? (z.object({ 'Idempotency-Key': z.string().max(255).optional().openapi({ description: 'Makes retries safe: the same key and body return the first response' }) }) as any) : undefined,
      body: spec.body ? { required: true, content: { [spec.bodyType === 'form' ? FORM : 'application/json']: { schema: spec.body } } } : undefined,
    },
    responses,
  });

  const handlers: import('express').RequestHandler[] = [];
  if (spec.cap) handlers.push(deps.limits.endpoint[spec.cap]);
  if (spec.auth) {
    handlers.push(async (req, _res, next) => {
      try {
        req.principal = await deps.authenticator.authenticate(req, spec.auth!, spec.admin ?? false, spec.svidScope);
        if (spec.roles && !hasRole(req.principal, spec.roles)) throw forbidden(`One of the roles ${spec.roles.join(', ')} is required`);
        next();
      } catch (err) {
        next(err);
      }
    });
  }
  handlers.push(deps.limits.role, deps.limits.organization);
  if (spec.idempotent) handlers.push(deps.idempotency);
  handlers.push(async (req, res, next) => {
    try {
      if (spec.body && spec.bodyType === 'form' && !req.is(FORM)) {
        throw new DomainError('validation_error', `This endpoint is form-encoded: send ${FORM}, not ${req.get('content-type') ?? 'an empty body'}`, {
          code: 'VALIDATION_FAILED',
          field: 'body',
        });
      }
      // A body of another type is left unread by the JSON parser: refuse it rather than act as if none was sent.
      const hasContent = req.get('transfer-encoding') !== undefined || Number(req.get('content-length') ?? 0) > 0;
      if (spec.body && spec.bodyType !== 'form' && hasContent && !req.is(['application/json', 'application/*+json'])) {
        throw new DomainError('unsupported_media_type', 'This endpoint takes application/json');
      }
      const body = parse(spec.body, req.body, 'body');
      const query = parse(spec.query, req.query, 'query');
      // A wildcard parameter arrives as its segments: the schema sees the path they spell.
      const rawParams = Object.fromEntries(Object.entries(req.params ?? {}).map(([k, v]) => [k, Array.isArray(v) ? v.join('/') : v]));
      const params = parse(spec.params, rawParams, 'path');
      const result = await spec.handler({ req, res, body, query, params, principal: req.principal, idempotency: req.idempotency });
      for (const [name, value] of Object.entries(result.headers ?? {})) res.setHeader(name, value);
      const status = result.status ?? 200;
      if (result.raw !== undefined) res.status(status).send(result.raw);
      else if (result.body === undefined) res.status(status).end();
      else res.status(status).json(result.body);
    } catch (err) {
      next(err);
    }
  });
  deps.router[spec.method](spec.path, ...handlers);
}

/**
 * A number from a plain decimal query string (`0x10`, `1e1`, ` 5` stay strings, for the schema to
 * refuse: Number() would take them). Not z.coerce: it turns null into 0, which makes the OpenAPI
 * document call the parameter nullable.
 */
const queryNumber = (value: unknown) => (typeof value === 'string' && /^-?\d{1,16}$/.test(value) ? Number(value) : value);

/** limit (1–100, default 50) and offset (≥ 0), as every list takes them. */
export const PaginationQuery = z.object({
  limit: z.preprocess(queryNumber, z.number().int().min(1).max(100)).default(50).openapi({ description: 'Page size, 1 to 100' }),
  // The gRPC contract carries offsets as int32: anything larger must be refused here, not overflow there.
  offset: z.preprocess(queryNumber, z.number().int().min(0).max(2_147_483_647)).default(0).openapi({ description: 'Items to skip' }),
});

export function pageEnvelope<T extends z.ZodTypeAny>(item: T, name: string) {
  return z
    .object({ items: z.array(item), total: z.number().int(), limit: z.number().int(), offset: z.number().int() })
    .openapi(name);
}
