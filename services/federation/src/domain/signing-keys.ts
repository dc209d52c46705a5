import { calculateJwkThumbprint, exportJWK, generateKeyPair, type JWK } from 'jose';

/** One EdDSA (Ed25519) key of the registry; the private half never leaves the service. */
export interface RegistrySigningKey {
  kid: string;
  publicJwk: JWK;
  privateJwk: JWK;
  createdAt: Date;
  /** When a rotation replaced it; it stays published for the grace after this. */
  retiredAt: Date | null;
}

export interface PublishedJwk extends JWK {
  kid: string;
  alg: 'EdDSA';
  use: 'sig';
}

export interface Jwks {
  keys: PublishedJwk[];
}

export async function generateSigningKey(now: Date = new Date()): Promise<RegistrySigningKey> {
  const { publicKey, privateKey } = await generateKeyPair('Ed25519', { extractable: true });
  const publicJwk = await exportJWK(publicKey);
  const privateJwk = await exportJWK(privateKey);
  // The RFC 7638 thumbprint: the same key always has the same id, and ids do not collide across registries.
  const kid = await calculateJwkThumbprint(publicJwk, 'sha256');
  return { kid, publicJwk, privateJwk, createdAt: now, retiredAt: null };
}

/** The key that signs now: the newest one not retired. */
export function activeKey(keys: readonly RegistrySigningKey[]): RegistrySigningKey | undefined {
  return keys.filter((k) => k.retiredAt === null).sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0];
}

/** A retired key is still published (and its cards still verify) until its grace has passed. */
export function isPublished(key: RegistrySigningKey, now: Date, graceMs: number): boolean {
  return key.retiredAt === null || key.retiredAt.getTime() + graceMs > now.getTime();
}

export function publicJwk(key: RegistrySigningKey): PublishedJwk {
  const { kty, crv, x } = key.publicJwk;
  return { kty, crv, x, kid: key.kid, alg: 'EdDSA', use: 'sig' };
}

export function publishedJwks(keys: readonly RegistrySigningKey[], now: Date, graceMs: number): Jwks {
  return {
    keys: keys
      .filter((k) => isPublished(k, now, graceMs))
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
      .map(publicJwk),
  };
}
