import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Signing secrets are `whsec_` + base64 of 32 random bytes: the form Standard Webhooks
 * libraries take as is (they strip the prefix and base64-decode the rest into the HMAC key).
 */
export const SECRET_PREFIX = 'whsec_';
const SECRET_BYTES = 32;

export function newWebhookSecret(): string {
  return `${SECRET_PREFIX}${randomBytes(SECRET_BYTES).toString('base64')}`;
}

export function isWebhookSecret(value: string): boolean {
  if (!value.startsWith(SECRET_PREFIX)) return false;
  const raw = value.slice(SECRET_PREFIX.length);
  return /^[A-Za-z0-9+/]+={0,2}$/.test(raw) && Buffer.from(raw, 'base64').length >= 24;
}

export const USER_AGENT = 'TheProtocol-Webhook/1.0';

/**
 * `X-TheProtocol-Signature`: hex HMAC-SHA256 of the exact body bytes, keyed with the whole
 * secret string (`whsec_…`) as UTF-8, which is what the seed's verifiers do.
 */
export function protocolSignature(secret: string, body: string): string {
  return createHmac('sha256', Buffer.from(secret, 'utf8')).update(body, 'utf8').digest('hex');
}

/** `webhook-signature` (Standard Webhooks v1): base64 HMAC-SHA256 of `${id}.${timestamp}.${body}` with the decoded secret. */
export function standardWebhookSignature(secret: string, id: string, timestampSeconds: number, body: string): string {
  const key = Buffer.from(secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret, 'base64');
  return `v1,${createHmac('sha256', key).update(`${id}.${timestampSeconds}.${body}`, 'utf8').digest('base64')}`;
}

/** Constant-time check of a hex `X-TheProtocol-Signature`, for receivers written in TypeScript (and our tests). */
export function verifyProtocolSignature(secret: string, body: string, signature: string): boolean {
  const expected = Buffer.from(protocolSignature(secret, body), 'hex');
  const given = /^[0-9a-f]{64}$/i.test(signature) ? Buffer.from(signature, 'hex') : Buffer.alloc(0);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The headers of one attempt. The id stays the same across retries; the timestamp is the attempt's. */
export function deliveryHeaders(input: { secret: string; deliveryId: string; eventType: string; body: string; now: Date }): Record<string, string> {
  const timestamp = Math.floor(input.now.getTime() / 1000);
  return {
    'content-type': 'application/json',
    'user-agent': USER_AGENT,
    'x-theprotocol-signature': protocolSignature(input.secret, input.body),
    'x-theprotocol-event': input.eventType,
    'x-theprotocol-delivery-id': input.deliveryId,
    'webhook-id': input.deliveryId,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': standardWebhookSignature(input.secret, input.deliveryId, timestamp, input.body),
  };
}

// ── the body ──────────────────────────────────────────────────────────────────

export interface Envelope {
  /** The delivery id (also X-TheProtocol-Delivery-ID and webhook-id). */
  id: string;
  event: string;
  data: Record<string, unknown>;
  /** When the event happened (ISO 8601). */
  timestamp: string;
  /** The agent the delivery is about, or null for account-level events. */
  agent_did: string | null;
}

/**
 * The body bytes: exactly what Python's `json.dumps(payload, sort_keys=True)` prints for the
 * same payload (sorted keys, `", "` and `": "` separators, non-ASCII escaped), so that both the
 * seed's recipe (HMAC over the sorted-keys dump) and an HMAC over the raw body verify.
 */
export function envelopeBody(envelope: Envelope): string {
  return canonicalJson(envelope);
}

export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      return pythonNumber(value);
    case 'string':
      return pythonString(value);
    case 'object': {
      if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v === undefined ? null : v)).join(', ')}]`;
      if (value instanceof Date) return pythonString(value.toISOString());
      const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
      entries.sort(([a], [b]) => compareCodePoints(a, b));
      return `{${entries.map(([k, v]) => `${pythonString(k)}: ${canonicalJson(v)}`).join(', ')}}`;
    }
    default:
      throw new TypeError(`cannot serialize a ${typeof value} in a webhook body`);
  }
}

function compareCodePoints(a: string, b: string): number {
  const ca = Array.from(a, (c) => c.codePointAt(0)!);
  const cb = Array.from(b, (c) => c.codePointAt(0)!);
  for (let i = 0; i < Math.min(ca.length, cb.length); i += 1) {
    if (ca[i] !== cb[i]) return ca[i]! - cb[i]!;
  }
  return ca.length - cb.length;
}

const SHORT_ESCAPES: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };

function pythonString(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i += 1) {
    const ch = s[i]!;
    const code = s.charCodeAt(i);
    if (SHORT_ESCAPES[ch]) out += SHORT_ESCAPES[ch];
    else if (code < 0x20 || code > 0x7e) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return `${out}"`;
}

/** Python's float repr for non-integers (exponent form below 1e-4 and from 1e16), integers as digits. */
function pythonNumber(n: number): string {
  if (!Number.isFinite(n)) throw new TypeError('webhook bodies carry finite numbers only');
  if (Number.isInteger(n) && Math.abs(n) < 1e16) return String(n);
  const abs = Math.abs(n);
  if (abs !== 0 && (abs < 1e-4 || abs >= 1e16)) {
    const [mantissa, exponent] = n.toExponential().split('e') as [string, string];
    const sign = exponent.startsWith('-') ? '-' : '+';
    const digits = exponent.replace(/^[+-]/, '').padStart(2, '0');
    return `${mantissa}e${sign}${digits}`;
  }
  return String(n);
}
