import { createHash, randomBytes, scrypt as scryptCallback, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import { validationError } from '@agentvault/errors';

const scrypt = promisify(scryptCallback) as (password: string, salt: Buffer, keylen: number, options: object) => Promise<Buffer>;

// scrypt cost: about 50 ms of one core per hash, memory 16 MiB.
const SCRYPT = { N: 16384, r: 8, p: 1, keylen: 64 };

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

/** Our password rule: 8 to 128 characters with a lower-case letter, an upper-case letter and a digit or symbol. */
export function checkPasswordStrength(password: string, field = 'password'): void {
  const problems: string[] = [];
  if (password.length < PASSWORD_MIN_LENGTH) problems.push(`at least ${PASSWORD_MIN_LENGTH} characters`);
  if (password.length > PASSWORD_MAX_LENGTH) problems.push(`at most ${PASSWORD_MAX_LENGTH} characters`);
  if (!/[a-z]/.test(password)) problems.push('a lower-case letter');
  if (!/[A-Z]/.test(password)) problems.push('an upper-case letter');
  if (!/[0-9\W_]/.test(password)) problems.push('a digit or a symbol');
  if (problems.length > 0) {
    throw validationError(`${field} is too weak: it needs ${problems.join(', ')}`, field);
  }
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scrypt(password, salt, SCRYPT.keylen, { N: SCRYPT.N, r: SCRYPT.r, p: SCRYPT.p });
  return ['scrypt', SCRYPT.N, SCRYPT.r, SCRYPT.p, salt.toString('base64'), hash.toString('base64')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = await scrypt(password, Buffer.from(salt, 'base64'), expected.length, { N: Number(n), r: Number(r), p: Number(p) });
  return timingSafeEqual(actual, expected);
}

/** A hash that spends as long as a real check, so unknown emails are not told apart by timing. */
export const DUMMY_PASSWORD_HASH = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$' + Buffer.alloc(64).toString('base64');

/**
 * High-entropy secrets (API keys, client secrets, bootstrap tokens, recovery keys) only need
 * checking, so a fast SHA-256 is enough: there is nothing to brute-force.
 */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export const API_KEY_PREFIX = 'avreg_';
export const BOOTSTRAP_TOKEN_PREFIX = 'bst_';
export const CLIENT_SECRET_PREFIX = 'avs_';

export function newApiKey(): string {
  return API_KEY_PREFIX + randomBytes(32).toString('hex');
}

/** What an API key list shows: enough to recognise the key, not enough to use it. */
export function apiKeyDisplayPrefix(key: string): string {
  return key.slice(0, API_KEY_PREFIX.length + 8) + '...';
}

export function isApiKey(value: string): boolean {
  return /^avreg_[0-9a-f]{64}$/.test(value);
}

export function newBootstrapToken(): string {
  return BOOTSTRAP_TOKEN_PREFIX + randomBytes(32).toString('base64url');
}

export function newClientId(): string {
  return 'agent_' + randomBytes(12).toString('hex');
}

export function newClientSecret(): string {
  return CLIENT_SECRET_PREFIX + randomBytes(32).toString('base64url');
}

export const RECOVERY_KEY_COUNT = 8;

/** Recovery keys as people copy them: five groups of five characters, no look-alikes. */
export function newRecoveryKeys(count = RECOVERY_KEY_COUNT): string[] {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  return Array.from({ length: count }, () => {
    const bytes = randomBytes(25);
    const chars = Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
    return chars.match(/.{5}/g)!.join('-');
  });
}

/** Recovery keys are compared case- and dash-insensitively. */
export function normalizeRecoveryKey(key: string): string {
  return key.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

export function newAgentDid(): string {
  return 'did:agentvault:' + randomBytes(16).toString('hex');
}
