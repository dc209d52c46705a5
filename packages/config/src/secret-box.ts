import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from './index.js';

/**
 * How secrets that must stay readable (an HMAC or a TOTP check needs the secret itself, so they
 * cannot be hashed) rest in the database: sealed with AES-256-GCM, `v1:` + base64 of
 * iv | tag | ciphertext, with the owning row's id as associated data so that a sealed value
 * cannot be moved to another row. Values from before sealing (`plain:` + secret, or the bare
 * secret) are still read, and `isSealed` tells a re-seal pass which rows to rewrite.
 */
export interface SecretBox {
  seal(context: string, secret: string): string;
  open(context: string, stored: string): string;
  isSealed(stored: string): boolean;
}

export const SECRETS_KEY_BYTES = 32;

export function isSecretsKey(value: string): boolean {
  return /^[A-Za-z0-9+/]+={0,2}$/.test(value) && Buffer.from(value, 'base64').length === SECRETS_KEY_BYTES;
}

export function createSecretBox(key: Buffer): SecretBox {
  if (key.length !== SECRETS_KEY_BYTES) throw new Error(`a secrets key must be ${SECRETS_KEY_BYTES} bytes`);
  return {
    seal(context, secret) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(Buffer.from(context, 'utf8'));
      const ciphertext = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
      return `v1:${Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString('base64')}`;
    },
    open(context, stored) {
      if (stored.startsWith('plain:')) return stored.slice('plain:'.length);
      if (!stored.startsWith('v1:')) return stored;
      const raw = Buffer.from(stored.slice(3), 'base64');
      const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
      decipher.setAAD(Buffer.from(context, 'utf8'));
      decipher.setAuthTag(raw.subarray(12, 28));
      return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    },
    isSealed(stored) {
      return stored.startsWith('v1:');
    },
  };
}

/** Whether this process runs in production: NODE_ENV=production (the image sets it). */
export function isProduction(env: NodeJS.ProcessEnv): boolean {
  return env.NODE_ENV?.trim() === 'production';
}

/**
 * The key that seals one kind of secret. Given in `variable`: that key. Unset in production:
 * start-up stops, naming the variable. Unset elsewhere (the embedded default, development,
 * tests): a key generated once into DATA_DIR/keys/ and reused, so a laptop needs no setup and
 * its sealed rows stay readable across restarts.
 */
export function secretsKey(options: { variable: string; value: string | undefined; production: boolean; dataDir: string }): Buffer {
  const { variable, value, production, dataDir } = options;
  if (value) {
    if (!isSecretsKey(value)) throw new ConfigError([{ variable, message: 'expected 32 bytes, base64-encoded (openssl rand -base64 32)' }]);
    return Buffer.from(value, 'base64');
  }
  if (production) {
    throw new ConfigError([{ variable, message: 'required when NODE_ENV=production: 32 bytes, base64-encoded (openssl rand -base64 32)' }]);
  }
  const dir = path.join(dataDir, 'keys');
  const file = path.join(dir, `${variable.toLowerCase()}.b64`);
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    // Written aside and linked into place: processes starting together agree on one key.
    const aside = `${file}.${process.pid}.tmp`;
    writeFileSync(aside, randomBytes(SECRETS_KEY_BYTES).toString('base64'), { mode: 0o600 });
    try {
      linkSync(aside, file);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    } finally {
      unlinkSync(aside);
    }
  }
  const stored = readFileSync(file, 'utf8').trim();
  if (!isSecretsKey(stored)) throw new ConfigError([{ variable, message: `unset, and ${file} does not hold a 32-byte base64 key` }]);
  return Buffer.from(stored, 'base64');
}
