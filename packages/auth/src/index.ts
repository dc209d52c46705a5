import { randomUUID } from 'node:crypto';
import {
  SignJWT, jwtVerify, generateKeyPair, exportJWK, importJWK, createLocalJWKSet, errors as joseErrors,
  type JSONWebKeySet, type JWK, type JWTPayload,
} from 'jose';

export type { JSONWebKeySet, JWK };

/** Which kind of caller a token speaks for; routes declare the tiers they accept. */
export type TokenTier = 'developer' | 'agent' | 'recovery';

export const SIGNING_ALGORITHM = 'EdDSA';

export interface SigningKey {
  kid: string;
  privateJwk: JWK;
  publicJwk: JWK;
}

export async function generateSigningKey(): Promise<SigningKey> {
  const { publicKey, privateKey } = await generateKeyPair(SIGNING_ALGORITHM, { crv: 'Ed25519', extractable: true });
  const kid = randomUUID();
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: SIGNING_ALGORITHM, use: 'sig' };
  const privateJwk = { ...(await exportJWK(privateKey)), kid, alg: SIGNING_ALGORITHM, use: 'sig' };
  return { kid, privateJwk, publicJwk };
}

export interface TokenSettings {
  issuer: string;
  audience: string;
}

export interface IssuedToken {
  token: string;
  jti: string;
  /** Seconds since the epoch. */
  expiresAt: number;
  expiresIn: number;
}

export interface TokenClaims {
  sub: string;
  tier: TokenTier;
  role?: string;
  developer_id?: string;
  /** Session version of a developer's token; see identity's isTokenRevoked. */
  sv?: number;
}

export async function signToken(key: SigningKey, claims: TokenClaims, settings: TokenSettings, ttlSeconds: number): Promise<IssuedToken> {
  const privateKey = await importJWK(key.privateJwk, SIGNING_ALGORITHM);
  const jti = randomUUID();
  const now = Math.floor(Date.now() / 1000);
  const { sub, ...rest } = claims;
  const token = await new SignJWT({ ...rest })
    .setProtectedHeader({ alg: SIGNING_ALGORITHM, kid: key.kid, typ: 'JWT' })
    .setSubject(sub)
    .setIssuer(settings.issuer)
    .setAudience(settings.audience)
    .setIssuedAt(now)
    .setExpirationTime(now + ttlSeconds)
    .setJti(jti)
    .sign(privateKey);
  return { token, jti, expiresAt: now + ttlSeconds, expiresIn: ttlSeconds };
}

export interface VerifiedToken extends TokenClaims {
  jti: string;
  exp: number;
  iat: number;
}

export class InvalidTokenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidTokenError';
  }
}

/**
 * Verifies tokens locally against a JWKS. The key set is fetched once and again when a
 * token names a key we have not seen (rotation), at most once per `refreshIntervalMs`.
 */
export function createTokenVerifier(options: TokenSettings & { fetchJwks: () => Promise<JSONWebKeySet>; refreshIntervalMs?: number }) {
  let keySet: ReturnType<typeof createLocalJWKSet> | undefined;
  let knownKids = new Set<string>();
  let lastFetch = 0;
  const refreshInterval = options.refreshIntervalMs ?? 30_000;

  async function refresh(): Promise<void> {
    const jwks = await options.fetchJwks();
    keySet = createLocalJWKSet(jwks);
    knownKids = new Set(jwks.keys.map((k) => k.kid).filter((k): k is string => !!k));
    lastFetch = Date.now();
  }

  return {
    async verify(token: string): Promise<VerifiedToken> {
      const kid = peekKid(token);
      if (!keySet || (kid && !knownKids.has(kid) && Date.now() - lastFetch >= refreshInterval)) {
        await refresh();
      }
      try {
        const { payload } = await jwtVerify(token, keySet!, {
          issuer: options.issuer,
          audience: options.audience,
          algorithms: [SIGNING_ALGORITHM],
        });
        return toVerified(payload);
      } catch (err) {
        if (err instanceof joseErrors.JWTExpired) throw new InvalidTokenError('Token has expired');
        if (err instanceof InvalidTokenError) throw err;
        throw new InvalidTokenError('Token is invalid');
      }
    },
    refresh,
  };
}

function peekKid(token: string): string | undefined {
  try {
    const header = JSON.parse(Buffer.from(token.split('.')[0] ?? '', 'base64url').toString('utf8'));
    return typeof header.kid === 'string' ? header.kid : undefined;
  } catch {
    return undefined;
  }
}

const TIERS: TokenTier[] = ['developer', 'agent', 'recovery'];

function toVerified(payload: JWTPayload): VerifiedToken {
  const tier = payload.tier as TokenTier;
  if (!TIERS.includes(tier) || !payload.sub || !payload.jti || !payload.exp || !payload.iat) {
    throw new InvalidTokenError('Token is invalid');
  }
  return {
    sub: payload.sub,
    tier,
    role: typeof payload.role === 'string' ? payload.role : undefined,
    developer_id: typeof payload.developer_id === 'string' ? payload.developer_id : undefined,
    sv: typeof payload.sv === 'number' && Number.isSafeInteger(payload.sv) ? payload.sv : undefined,
    jti: payload.jti,
    exp: payload.exp,
    iat: payload.iat,
  };
}

/** Cheap check that a bearer string looks like a JWT rather than an API key or bootstrap token. */
export function looksLikeJwt(value: string): boolean {
  return /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/.test(value);
}
export * from './svid.js';
