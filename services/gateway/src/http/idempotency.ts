import { createHash } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import type { Redis } from 'ioredis';
import { DomainError } from '@agentvault/errors';
import type { Logger } from '@agentvault/observability';
import type { Principal } from './principal.js';
import { MAX_INPUT_DEPTH, tooDeep } from './input.js';

/**
 * Idempotency-Key, layer one (Stripe-style): the first request with a key runs and its
 * response is kept for the TTL; a replay with the same body gets that response back without
 * running again; another body → 422; the same key while the first still runs → 409. The key
 * and body hash also travel to the service, whose own record (layer two) keeps money moving
 * once when this layer is down.
 */

export interface IdempotencyContext {
  scope: string;
  key: string;
  requestHash: string;
}

interface StoredResponse {
  state: 'running' | 'done';
  hash: string;
  status?: number;
  contentType?: string;
  body?: string;
}

export interface IdempotencyStore {
  /** Reserves the key, or returns what is already stored under it. */
  reserve(key: string, record: StoredResponse, ttlMs: number): Promise<StoredResponse | null>;
  complete(key: string, record: StoredResponse, ttlMs: number): Promise<void>;
  release(key: string): Promise<void>;
}

export function redisIdempotencyStore(redis: Redis, prefix: string): IdempotencyStore {
  return {
    async reserve(key, record, ttlMs) {
      const reserved = await redis.set(prefix + key, JSON.stringify(record), 'PX', ttlMs, 'NX');
      if (reserved === 'OK') return null;
      const existing = await redis.get(prefix + key);
      // Expired between the two calls: try once more.
      if (existing === null) return (await redis.set(prefix + key, JSON.stringify(record), 'PX', ttlMs, 'NX')) === 'OK' ? null : record;
      return JSON.parse(existing) as StoredResponse;
    },
    async complete(key, record) {
      await redis.set(prefix + key, JSON.stringify(record), 'KEEPTTL', 'XX');
    },
    async release(key) {
      await redis.del(prefix + key);
    },
  };
}

/** For a single gateway without Redis. */
export function memoryIdempotencyStore(): IdempotencyStore {
  const entries = new Map<string, { record: StoredResponse; expiresAt: number }>();
  const live = (key: string) => {
    const entry = entries.get(key);
    if (entry && entry.expiresAt <= Date.now()) {
      entries.delete(key);
      return undefined;
    }
    return entry;
  };
  return {
    async reserve(key, record, ttlMs) {
      const entry = live(key);
      if (entry) return entry.record;
      entries.set(key, { record, expiresAt: Date.now() + ttlMs });
      if (entries.size > 100_000) for (const k of entries.keys()) if (!live(k)) entries.delete(k);
      return null;
    },
    async complete(key, record) {
      const entry = live(key);
      if (entry) entry.record = record;
    },
    async release(key) {
      entries.delete(key);
    },
  };
}

/**
 * Same JSON, same hash: key order does not matter. Bodies are refused deeper than MAX_INPUT_DEPTH
 * before they get here; the bound keeps this recursion finite even if that ever changes.
 */
function canonical(value: unknown, depth = 0): string {
  if (depth > MAX_INPUT_DEPTH) throw tooDeep(MAX_INPUT_DEPTH, 'body');
  if (Array.isArray(value)) return `[${value.map((v) => canonical(v, depth + 1)).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value as object).sort().map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k], depth + 1)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export function requestHash(req: Request): string {
  return createHash('sha256').update(`${req.method} ${req.baseUrl}${req.path}\n${canonical(req.body)}`).digest('hex');
}

function scopeOf(principal: Principal | undefined): string {
  switch (principal?.tier) {
    case 'agent':
      return `agent:${principal.agentDid}`;
    case 'developer':
    case 'recovery':
      return `developer:${principal.developerId}`;
    default:
      return 'anonymous';
  }
}

const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

/** Responses worth replaying: successes and refusals that the same request would get again. */
function cacheable(status: number): boolean {
  return status < 500 && status !== 409 && status !== 429;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      idempotency?: IdempotencyContext;
    }
  }
}

export function idempotencyMiddleware(store: IdempotencyStore, ttlSeconds: number, logger: Logger): RequestHandler {
  const ttlMs = ttlSeconds * 1000;
  return async (req, res, next) => {
    const key = req.get('idempotency-key');
    if (key === undefined) return next();
    if (!KEY_PATTERN.test(key)) {
      return next(new DomainError('validation_error', 'Idempotency-Key must be 1 to 255 visible ASCII characters', { code: 'VALIDATION_FAILED', field: 'Idempotency-Key' }));
    }
    const scope = scopeOf(req.principal);
    const hash = requestHash(req);
    req.idempotency = { scope, key, requestHash: hash };
    const storeKey = `${scope}:${key}`;

    let existing: StoredResponse | null;
    try {
      existing = await store.reserve(storeKey, { state: 'running', hash }, ttlMs);
    } catch (err) {
      // Fail open: the service's own idempotency record still guards the movement.
      logger.warn({ err: (err as Error).message }, 'idempotency store unavailable; relying on the service layer');
      return next();
    }
    if (existing) {
      if (existing.hash !== hash) {
        return next(new DomainError('validation_error', 'Idempotency-Key was already used with a different request body', { code: 'IDEMPOTENCY_KEY_REUSED', field: 'Idempotency-Key' }));
      }
      if (existing.state === 'running') {
        return next(new DomainError('conflict', 'A request with this Idempotency-Key is still being processed', { code: 'CONFLICT' }));
      }
      res.setHeader('Idempotent-Replayed', 'true');
      res.status(existing.status!);
      if (existing.contentType) res.setHeader('Content-Type', existing.contentType);
      return res.send(existing.body ?? '');
    }

    captureResponse(res, (status, contentType, body) => {
      const settle = cacheable(status)
        ? store.complete(storeKey, { state: 'done', hash, status, contentType, body }, ttlMs)
        : store.release(storeKey);
      settle.catch((err) => logger.warn({ err: (err as Error).message }, 'could not record idempotent response'));
    });
    next();
  };
}

/** Calls `done` once with what the response sent. */
function captureResponse(res: Response, done: (status: number, contentType: string | undefined, body: string) => void) {
  const send = res.send.bind(res);
  let captured: string | undefined;
  res.send = (body?: unknown) => {
    if (captured === undefined) captured = typeof body === 'string' ? body : Buffer.isBuffer(body) ? body.toString('utf8') : body === undefined ? '' : JSON.stringify(body);
    return send(body as never);
  };
  res.once('finish', () => done(res.statusCode, res.getHeader('content-type')?.toString(), captured ?? ''));
  res.once('close', () => {
    if (!res.writableFinished) done(500, undefined, '');
  });
}
