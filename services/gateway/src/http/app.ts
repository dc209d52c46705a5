import { randomUUID } from 'node:crypto';
import express, { type Express } from 'express';
import helmet from 'helmet';
import type { Redis } from 'ioredis';
import { createOpsHandler, histogram, newTraceId, runInTrace, traceIdFromTraceparent, type Logger, type ReadinessCheck } from '@agentvault/observability';
import type { GatewayConfig } from '../config.js';
import { createAuthenticator } from './authenticate.js';
import { createOpenApiRegistry, generateOpenApiDocument, z } from './openapi.js';
import { errorHandler, unknownRoute } from './problem.js';
import { createRateLimits } from './rate-limit.js';
import { acceptableInput } from './input.js';
import type { RouteDeps } from './route.js';
import { RouteTable } from './route-table.js';
import { rawBodyPaths, routeModules, signedJsonPaths, type GatewayClients } from '../routes/index.js';
import { isTaskPayloadPath, TASK_PAYLOAD_LIMIT } from '../routes/invoke.js';
import { idempotencyMiddleware, memoryIdempotencyStore, redisIdempotencyStore } from './idempotency.js';

export interface GatewayDeps {
  config: GatewayConfig;
  logger: Logger;
  clients: GatewayClients;
  redis?: Redis;
  redisKeyPrefix?: string;
  readiness: ReadinessCheck[];
  /** Where the world reaches this gateway; PUBLIC_BASE_URL when not given. */
  publicBaseUrl?: () => string | undefined;
}

const requestDuration = histogram('http_request_duration_seconds', 'HTTP requests through the gateway', ['method', 'route', 'status']);

function trustProxySetting(value: string): boolean | number | string {
  if (value === 'true') return true;
  if (value === 'false') return false;
  if (/^\d+$/.test(value)) return Number(value);
  return value;
}

/**
 * One line per answered request: server errors at error, client errors at info, the rest at
 * debug. A level that is off costs one comparison; a request logger middleware (pino-http) made
 * a child logger with its serializers and redaction for every request, written or not, which was
 * 8% of the gateway's CPU on the balance read.
 */
function logRequest(logger: Logger, req: express.Request, statusCode: number, seconds: number): void {
  const level = statusCode >= 500 ? 'error' : statusCode >= 400 ? 'info' : 'debug';
  if (!logger.isLevelEnabled(level)) return;
  logger[level]({ req: { id: req.requestId, method: req.method, url: req.originalUrl }, res: { statusCode }, responseTime: Math.round(seconds * 1000) }, 'request completed');
}

/** The public HTTP API: authentication, limits, validation and error shapes; no domain state. */
export function createGatewayApp(deps: GatewayDeps): Express {
  const { config, logger } = deps;
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', trustProxySetting(config.TRUST_PROXY));

  app.use((req, res, next) => {
    const incoming = req.get('x-request-id');
    req.requestId = incoming && /^[\w.-]{1,100}$/.test(incoming) ? incoming : randomUUID();
    res.setHeader('X-Request-Id', req.requestId);
    const traceId = traceIdFromTraceparent(req.get('traceparent')) ?? newTraceId();
    req.traceId = traceId;
    res.setHeader('X-Trace-Id', traceId);
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const route = req.route?.path ? `${req.baseUrl}${req.route.path}` : 'unmatched';
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      requestDuration.observe({ method: req.method, route, status: String(res.statusCode) }, seconds);
      logRequest(logger, req, res.statusCode, seconds);
    });
    // Everything this request does (its logs, its gRPC calls) carries these ids.
    runInTrace({ trace_id: traceId, request_id: req.requestId }, next);
  });

  // Security headers on every response, /openapi.json and the ops endpoints included; /docs sets its own CSP below.
  app.use(helmet());

  const ops = createOpsHandler({ checks: deps.readiness, logger });
  app.use((req, res, next) => {
    if (!ops(req, res)) next();
  });

  const registry = createOpenApiRegistry();
  const document = () => generateOpenApiDocument(registry, config.PUBLIC_BASE_URL);
  app.get('/openapi.json', (_req, res) => {
    res.json(document());
  });
  app.use(
    '/docs',
    helmet({ contentSecurityPolicy: { directives: { 'script-src': ["'self'"], 'style-src': ["'self'", "'unsafe-inline'"], 'img-src': ["'self'", 'data:'] } } }),
    swaggerDocs(),
  );

  const limits = createRateLimits({
    global: config.RATE_LIMIT_GLOBAL,
    developer: config.RATE_LIMIT_DEVELOPER,
    agent: config.RATE_LIMIT_AGENT,
    public: config.RATE_LIMIT_PUBLIC,
    bypassEndpointCaps: config.SANDBOX_BYPASS_RATE_LIMIT,
    redis: deps.redis,
    redisKeyPrefix: deps.redisKeyPrefix,
  });
  app.use(limits.global);
  // Bodies checked against a signature stay the bytes that were signed; the JSON parser then skips them.
  for (const path of rawBodyPaths) app.use(path, express.raw({ type: () => true, limit: config.BODY_LIMIT }));
  // A full transfer batch (1,000 items) is larger than an ordinary body; only its route gets more room.
  app.use('/api/v1/teg/transfers/batch', express.json({ limit: '1mb', type: ['application/json', 'application/*+json'] }));
  // A task's input or result may be up to 1 MB (a larger body is a 413).
  const taskPayload = express.json({ limit: TASK_PAYLOAD_LIMIT, type: ['application/json', 'application/*+json'] });
  app.use((req, res, next) => (isTaskPayloadPath(req.path) ? taskPayload(req, res, next) : next()));
  app.use(
    express.json({
      limit: config.BODY_LIMIT,
      type: ['application/json', 'application/*+json'],
      // A signed request's signature covers the body's bytes, which parsing would lose: an agent's
      // (X-Agent-Signature) and a peer registry's (RFC 9421, on the registry-to-registry paths).
      verify: (req, _res, buf) => {
        const r = req as express.Request;
        if (r.headers['x-agent-signature'] || signedJsonPaths.includes(r.path)) r.rawBody = buf;
      },
    }),
  );
  app.use(express.urlencoded({ limit: config.BODY_LIMIT, extended: false }));
  app.use(acceptableInput);

  registry.registerPath({
    method: 'get',
    path: '/.well-known/jwks.json',
    summary: 'The public keys that verify AgentVault JWTs',
    description: 'A JSON Web Key Set (RFC 7517) of the EdDSA keys that sign developer, agent and recovery tokens.',
    tags: ['Authentication'],
    responses: {
      200: {
        description: 'The key set',
        content: { 'application/json': { schema: z.object({ keys: z.array(z.record(z.unknown())) }).openapi('Jwks') } },
      },
    },
  });
  app.get('/.well-known/jwks.json', async (_req, res, next) => {
    try {
      const { jwks_json } = await deps.clients.identity.call('GetJwks', {});
      res.setHeader('Cache-Control', 'public, max-age=300');
      res.type('application/json').send(jwks_json);
    } catch (err) {
      next(err);
    }
  });

  const router = new RouteTable();
  const routeDeps: RouteDeps = {
    router,
    registry,
    authenticator: createAuthenticator(deps.clients.identity, {
      issuer: config.JWT_ISSUER,
      audience: config.JWT_AUDIENCE,
      svid:
        config.SPIFFE_TRUST_DOMAIN && config.SPIFFE_TRUST_BUNDLE
          ? { trustDomain: config.SPIFFE_TRUST_DOMAIN, bundle: config.SPIFFE_TRUST_BUNDLE, audience: config.SPIFFE_AUDIENCE, allowed: config.SPIFFE_ALLOWED_IDS }
          : undefined,
    }),
    limits,
    idempotency: idempotencyMiddleware(
      deps.redis ? redisIdempotencyStore(deps.redis, `${deps.redisKeyPrefix ?? 'agentvault:'}idem:`) : memoryIdempotencyStore(),
      config.IDEMPOTENCY_TTL_SECONDS,
      logger,
    ),
    publicBaseUrl: deps.publicBaseUrl ?? (() => config.PUBLIC_BASE_URL),
  };
  for (const routes of routeModules) routes(routeDeps, deps.clients);
  app.use(router.handler());

  app.use(unknownRoute);
  app.use(errorHandler(logger, config.ERROR_TYPE_BASE_URL));
  return app;
}

/** The Swagger UI pages; swagger-ui-express (and its bundle) is loaded by the first visit, not at start. */
function swaggerDocs(): express.RequestHandler {
  let router: Promise<express.Router> | undefined;
  return (req, res, next) => {
    router ??= import('swagger-ui-express').then(({ default: swaggerUi }) =>
      express.Router().use(swaggerUi.serve, swaggerUi.setup(undefined, { swaggerUrl: '/openapi.json', customSiteTitle: 'AgentVault API' })));
    router.then((docs) => docs(req, res, next), next);
  };
}
