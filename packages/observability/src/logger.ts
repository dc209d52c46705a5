import { currentTrace } from './trace.js';
import { pino, stdTimeFunctions, type DestinationStream, type Logger, type LoggerOptions as PinoOptions } from 'pino';

export type { Logger };

/** What a redacted value is replaced with. */
export const REDACTED = '[redacted]';

/**
 * Keys whose values never reach a log line, at any depth. Compared after normalising the key
 * (lower case, only letters and digits), so `new_password`, `newPassword` and `new-password`
 * are one entry.
 */
const SECRET_KEYS = new Set(
  [
    'password',
    'new_password',
    'current_password',
    'old_password',
    'password_confirmation',
    'passphrase',
    'password_hash',
    'secret',
    'client_secret',
    'webhook_secret',
    'signing_secret',
    'totp_secret',
    'token',
    'access_token',
    'refresh_token',
    'id_token',
    'bootstrap_token',
    'authorization',
    'proxy_authorization',
    'cookie',
    'set_cookie',
    'api_key',
    'x_api_key',
    'plain_api_key',
    'private_key',
    'private_key_pem',
    'recovery_keys',
    'recovery_codes',
    'recovery_code',
    'totp_code',
    'otp',
    'mfa_code',
  ].map(normalizeKey),
);

/** Keys ending in one of these are secret too (`stripe_secret`, `bootstrapToken`, `db_password`). */
const SECRET_SUFFIXES = ['password', 'passphrase', 'secret', 'token', 'apikey', 'privatekey'];

/**
 * Paths for pino's own redaction. It runs after pino's serializers, so it also covers
 * objects that a serializer builds (an HTTP request's headers, for one), which the
 * key-based walk below never sees.
 */
const HEADER_PATHS = ['authorization', 'cookie', '["set-cookie"]', '["x-api-key"]', '["proxy-authorization"]'].flatMap(
  (h) => {
    const suffix = h.startsWith('[') ? h : `.${h}`;
    return [`headers${suffix}`, `*.headers${suffix}`, `req.headers${suffix}`, `res.headers${suffix}`, `request.headers${suffix}`];
  },
);
const REDACT_PATHS = [
  ...new Set([
    ...HEADER_PATHS,
    ...[
      'password',
      'new_password',
      'client_secret',
      'secret',
      'token',
      'access_token',
      'refresh_token',
      'authorization',
      'cookie',
      'plain_api_key',
      'recovery_keys',
      'totp_code',
    ].flatMap((k) => [k, `*.${k}`]),
  ]),
];

function normalizeKey(key: string): string {
  return key.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** True when a value stored under `key` must not be logged. */
export function isSecretKey(key: string): boolean {
  const k = normalizeKey(key);
  if (k === '') return false;
  if (SECRET_KEYS.has(k)) return true;
  return SECRET_SUFFIXES.some((suffix) => k.endsWith(suffix));
}

const MAX_DEPTH = 10;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Returns `value` with every secret-named key replaced by {@link REDACTED}, at any depth of
 * plain objects and arrays. Copies only what it changes; never mutates the caller's objects.
 * Other objects (errors, buffers, class instances) are left to pino's serializers.
 */
export function redactSecrets<T>(value: T): T {
  return walk(value, 0, new WeakSet()) as T;
}

function walk(value: unknown, depth: number, seen: WeakSet<object>): unknown {
  if (depth > MAX_DEPTH || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    if (seen.has(value)) return '[Circular]';
    seen.add(value);
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const next = walk(value[i], depth + 1, seen);
      if (next !== value[i]) {
        out ??= value.slice();
        out[i] = next;
      }
    }
    seen.delete(value);
    return out ?? value;
  }
  if (!isPlainObject(value)) return value;
  // A copy would no longer be the object the cycle points back to, so name the cycle instead.
  if (seen.has(value)) return '[Circular]';
  seen.add(value);
  let out: Record<string, unknown> | undefined;
  for (const key of Object.keys(value)) {
    const current = value[key];
    const next = isSecretKey(key) && current !== undefined && current !== null ? REDACTED : walk(current, depth + 1, seen);
    if (next !== current) {
      out ??= { ...value };
      out[key] = next;
    }
  }
  seen.delete(value);
  return out ?? value;
}

export interface LoggerOptions {
  /** The service name (`identity`, `ledger`, ...); every line carries it. */
  service?: string;
  /** The `--target` this process runs (`all`, `ledger`, ...); every line carries it. */
  target: string;
  /** pino level name; default `info`. */
  level?: string;
  /** Where JSON lines go; default stdout. */
  destination?: NodeJS.WritableStream;
}

/**
 * The process's root logger: one JSON object per line with `level` (name), `time` (ISO 8601),
 * `service`, `target` and `msg`. Secrets are replaced by `[redacted]` under any key that names
 * one (password, token, client_secret, authorization, cookie, plain_api_key, recovery_keys,
 * totp_code, ...), at any depth, in log objects and child bindings alike. Hand it down as
 * `logger.child({ requestId, traceId })`.
 */
export function createLogger(options: LoggerOptions): Logger {
  const opts: PinoOptions = {
    level: options.level ?? 'info',
    // Without a service, the base logger is a parent for per-service children that add theirs.
    base: options.service ? { service: options.service, target: options.target } : { target: options.target },
    timestamp: stdTimeFunctions.isoTime,
    formatters: {
      level: (label) => ({ level: label }),
      bindings: (bindings) => redactSecrets(bindings),
      log: (object) => redactSecrets(object),
    },
    redact: { paths: REDACT_PATHS, censor: REDACTED },
    // Every line written while serving a request names its request and trace.
    mixin: () => currentTrace() ?? {},
  };
  return options.destination
    ? pino(opts, options.destination as DestinationStream)
    : pino(opts);
}
