import { readFile } from 'node:fs/promises';
import { createLocalJWKSet, decodeJwt, errors as joseErrors, jwtVerify, type JSONWebKeySet, type JWK } from 'jose';
import { InvalidTokenError } from './index.js';

/**
 * JWT-SVIDs (SPIFFE JWT-SVID spec): tokens that workloads of a SPIFFE trust domain get from
 * SPIRE, verified against the trust domain's bundle. The bundle is a JWKS whose signing keys
 * are marked `"use": "jwt-svid"`; it is read from a file (kept current by spiffe-helper or a
 * mounted ConfigMap) or fetched from a bundle endpoint, and read again when a token names a key
 * not seen yet (rotation), at most once per `refreshIntervalMs`.
 */

export interface SvidSettings {
  trustDomain: string;
  audience: string;
  /** A file path or an http(s) URL of the trust bundle (JWKS). */
  bundle: string;
  refreshIntervalMs?: number;
  fetchTimeoutMs?: number;
}

export interface VerifiedSvid {
  spiffeId: string;
  exp: number;
}

/** The algorithms the JWT-SVID spec allows. */
const SVID_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'ES256', 'ES384', 'ES512', 'PS256', 'PS384', 'PS512'];
const SPIFFE_ID = /^spiffe:\/\/([a-z0-9._-]+)(\/[A-Za-z0-9._~!$&'()*+,;=:@%-]+)+$/;

/** The trust domain of a well-formed SPIFFE ID of a workload, or undefined. */
export function trustDomainOf(spiffeId: string): string | undefined {
  return SPIFFE_ID.exec(spiffeId)?.[1];
}

/** Whether a bearer token claims to be a JWT-SVID (its unverified subject is a SPIFFE ID); only for routing it to the right check. */
export function looksLikeSvid(token: string): boolean {
  try {
    const sub = decodeJwt(token).sub;
    return typeof sub === 'string' && sub.startsWith('spiffe://');
  } catch {
    return false;
  }
}

async function loadBundle(source: string, timeoutMs: number): Promise<JSONWebKeySet> {
  const raw: unknown = /^https?:\/\//i.test(source)
    ? await (async () => {
        const res = await fetch(source, { signal: AbortSignal.timeout(timeoutMs), headers: { accept: 'application/json' } });
        if (!res.ok) throw new Error(`trust bundle ${source}: HTTP ${res.status}`);
        return res.json();
      })()
    : JSON.parse(await readFile(source, 'utf8'));
  const keys = (raw as { keys?: unknown }).keys;
  if (!Array.isArray(keys)) throw new Error(`trust bundle ${source} is not a JWKS`);
  // Only the JWT-SVID signing keys; jose picks keys with `use` only when it says "sig".
  const jwtKeys = (keys as JWK[]).filter((k) => k.use === undefined || k.use === 'jwt-svid' || k.use === 'sig').map(({ use: _use, ...k }) => k);
  return { keys: jwtKeys };
}

export function createSvidVerifier(settings: SvidSettings) {
  const refreshInterval = settings.refreshIntervalMs ?? 30_000;
  const timeoutMs = settings.fetchTimeoutMs ?? 5_000;
  let keySet: ReturnType<typeof createLocalJWKSet> | undefined;
  let knownKids = new Set<string>();
  let lastLoad = 0;

  async function refresh(): Promise<void> {
    const bundle = await loadBundle(settings.bundle, timeoutMs);
    keySet = createLocalJWKSet(bundle);
    knownKids = new Set(bundle.keys.map((k) => k.kid).filter((k): k is string => !!k));
    lastLoad = Date.now();
  }

  return {
    async verify(token: string): Promise<VerifiedSvid> {
      let kid: string | undefined;
      try {
        const header = JSON.parse(Buffer.from(token.split('.')[0] ?? '', 'base64url').toString('utf8')) as { kid?: unknown };
        kid = typeof header.kid === 'string' ? header.kid : undefined;
      } catch {
        throw new InvalidTokenError('Token is invalid');
      }
      if (!keySet || ((!kid || !knownKids.has(kid)) && Date.now() - lastLoad >= refreshInterval)) await refresh();
      let payload;
      try {
        ({ payload } = await jwtVerify(token, keySet!, { audience: settings.audience, algorithms: SVID_ALGORITHMS, requiredClaims: ['sub', 'exp', 'aud'] }));
      } catch (err) {
        if (err instanceof joseErrors.JWTExpired) throw new InvalidTokenError('Token has expired');
        if (err instanceof joseErrors.JWTClaimValidationFailed && err.claim === 'aud') throw new InvalidTokenError('Token is not for this audience');
        throw new InvalidTokenError('Token is invalid');
      }
      const spiffeId = payload.sub!;
      if (trustDomainOf(spiffeId) !== settings.trustDomain) throw new InvalidTokenError('Token is not from this trust domain');
      return { spiffeId, exp: payload.exp! };
    },
  };
}
