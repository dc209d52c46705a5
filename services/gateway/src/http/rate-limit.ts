import type { Request, RequestHandler } from 'express';
import { rateLimit, type Store } from 'express-rate-limit';
import { RedisStore } from 'rate-limit-redis';
import type { Redis } from 'ioredis';
import { DomainError } from '@agentvault/errors';
import { isAdmin } from './principal.js';
import './principal.js';

const WINDOW_MS = 60_000;

export interface RateLimitSettings {
  global: number;
  developer: number;
  agent: number;
  public: number;
  bypassEndpointCaps: boolean;
  /** Shared counters when set, so that every gateway replica counts together. */
  redis?: Redis;
  redisKeyPrefix?: string;
}

/** The per-endpoint caps on the abuse-prone auth surface (requests per minute per IP). */
export const ENDPOINT_CAPS = { login: 10, register: 5, recovery: 3 } as const;
export type EndpointCap = keyof typeof ENDPOINT_CAPS;

function storeFor(settings: RateLimitSettings, name: string): Store | undefined {
  if (!settings.redis) return undefined; // express-rate-limit's in-memory store
  const redis = settings.redis;
  const store = new RedisStore({
    prefix: `${settings.redisKeyPrefix ?? 'agentvault:'}rl:${name}:`,
    sendCommand: (command: string, ...args: string[]) => redis.call(command, ...args) as Promise<any>,
  }) as RedisStore & { incrementScriptSha: Promise<string>; getScriptSha: Promise<string>; loadIncrementScript(): Promise<string>; loadGetScript(): Promise<string> };
  // The store loads its Lua scripts once, at construction. If Redis is not up yet that load
  // fails for good, so load them again whenever the connection becomes ready.
  const silence = () => {
    store.incrementScriptSha.catch(() => undefined);
    store.getScriptSha.catch(() => undefined);
  };
  silence();
  redis.on('ready', () => {
    store.incrementScriptSha = store.loadIncrementScript();
    store.getScriptSha = store.loadGetScript();
    silence();
  });
  return store;
}

function limiter(settings: RateLimitSettings, name: string, options: { limit: number | ((req: Request) => number); key: (req: Request) => string; skip?: (req: Request) => boolean }): RequestHandler {
  return rateLimit({
    windowMs: WINDOW_MS,
    limit: options.limit,
    keyGenerator: options.key,
    skip: options.skip,
    store: storeFor(settings, name),
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    // Redis trouble must not take the API down: count nothing rather than refuse everything.
    passOnStoreError: true,
    validate: false,
    handler: (req, res, next) => {
      const reset = (req as Request & { rateLimit?: { resetTime?: Date } }).rateLimit?.resetTime;
      const seconds = reset ? Math.max(1, Math.ceil((reset.getTime() - Date.now()) / 1000)) : 60;
      res.setHeader('Retry-After', String(seconds));
      next(new DomainError('rate_limit_exceeded', `Rate limit exceeded: try again in ${seconds} seconds`, { context: { retry_after: seconds } }));
    },
  });
}

const clientIp = (req: Request) => req.ip ?? req.socket.remoteAddress ?? 'unknown';

export function createRateLimits(settings: RateLimitSettings) {
  const perEndpoint = Object.fromEntries(
    (Object.keys(ENDPOINT_CAPS) as EndpointCap[]).map((cap) => [
      cap,
      limiter(settings, `endpoint:${cap}`, {
        limit: ENDPOINT_CAPS[cap],
        key: (req) => `${cap}:${clientIp(req)}`,
        skip: () => settings.bypassEndpointCaps,
      }),
    ]),
  ) as Record<EndpointCap, RequestHandler>;

  return {
    /** Layer 1: every request, per client IP. */
    global: limiter(settings, 'global', { limit: settings.global, key: (req) => `global:${clientIp(req)}` }),
    /** Layer 2: per role and IP, run once the caller is known; admins are exempt. */
    role: limiter(settings, 'role', {
      limit: (req) => {
        const tier = req.principal?.tier;
        // Platform workloads (svid) get the agents' allowance.
        return tier === 'developer' ? settings.developer : tier === 'agent' || tier === 'svid' ? settings.agent : settings.public;
      },
      key: (req) => `${roleOf(req)}:${clientIp(req)}`,
      skip: (req) => isAdmin(req.principal),
    }),
    /**
     * Layer 2b: an organization's requests-per-minute quota, over every request made with one of
     * its API keys, from any address or gateway replica (the counter is the organization's).
     */
    organization: limiter(settings, 'organization', {
      limit: (req) => organizationOf(req)?.requestsPerMinute ?? 0,
      key: (req) => `organization:${organizationOf(req)?.id ?? ''}`,
      skip: (req) => !organizationOf(req) || isAdmin(req.principal),
    }),
    /** Layer 3: the explicit caps on login, registration and recovery. */
    endpoint: perEndpoint,
  };
}

const organizationOf = (req: Request) => (req.principal?.tier === 'developer' ? req.principal.organization : undefined);

function roleOf(req: Request): string {
  const tier = req.principal?.tier;
  return tier === 'developer' || tier === 'agent' || tier === 'svid' ? tier : 'public';
}

export type RateLimits = ReturnType<typeof createRateLimits>;
