import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * How signing secrets rest in the database. They must stay readable (an HMAC needs the secret
 * itself), so they cannot be hashed. With WEBHOOK_SECRETS_KEY set they are sealed with
 * AES-256-GCM (`v1:` + base64 of iv | tag | ciphertext, the webhook id as associated data so a
 * sealed secret cannot be moved to another row); without it they are kept as `plain:` + secret.
 * Both forms are read, so a key can be introduced later.
 */
export interface SecretBox {
  seal(webhookId: string, secret: string): string;
  open(webhookId: string, stored: string): string;
}

export function createSecretBox(keyBase64?: string): SecretBox {
  const key = keyBase64 ? Buffer.from(keyBase64, 'base64') : undefined;
  if (key && key.length !== 32) throw new Error('the webhook secrets key must be 32 bytes, base64-encoded');
  return {
    seal(webhookId, secret) {
      if (!key) return `plain:${secret}`;
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(Buffer.from(webhookId, 'utf8'));
      const ciphertext = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
      return `v1:${Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString('base64')}`;
    },
    open(webhookId, stored) {
      if (stored.startsWith('plain:')) return stored.slice('plain:'.length);
      if (!stored.startsWith('v1:')) throw new Error('unrecognized sealed webhook secret');
      if (!key) throw new Error('a webhook secret is sealed but WEBHOOK_SECRETS_KEY is not set');
      const raw = Buffer.from(stored.slice(3), 'base64');
      const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
      decipher.setAAD(Buffer.from(webhookId, 'utf8'));
      decipher.setAuthTag(raw.subarray(12, 28));
      return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    },
  };
}
