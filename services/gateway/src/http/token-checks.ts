import { InvalidTokenError, type VerifiedToken } from '@agentvault/auth';
import type { IdentityClient } from '@agentvault/contracts/identity';

/**
 * Verified signatures, kept per token so that a client presenting the same token again does not
 * pay for the signature check again. Only what the signature proves is kept (never whether the
 * token was revoked: that is asked on every request). An entry ends with its token's expiry, and
 * after `maxAgeMs` at most, so that a signing key taken out of the key set stops being trusted soon.
 */
export function cachedTokenVerifier(verify: (token: string) => Promise<VerifiedToken>, options: { maxEntries: number; maxAgeMs: number }) {
  const entries = new Map<string, { claims: VerifiedToken; until: number }>();
  return async (token: string): Promise<VerifiedToken> => {
    const now = Date.now();
    const hit = entries.get(token);
    if (hit) {
      if (now < hit.until) return hit.claims;
      entries.delete(token);
      if (now >= hit.claims.exp * 1000) throw new InvalidTokenError('Token has expired');
    }
    const claims = await verify(token);
    // A Map keeps insertion order: the first entry is the oldest.
    if (entries.size >= options.maxEntries) entries.delete(entries.keys().next().value!);
    entries.set(token, { claims, until: Math.min(claims.exp * 1000, now + options.maxAgeMs) });
    return claims;
  };
}

export interface RevocationCheck {
  jti: string;
  developer_id?: string;
  session_version?: number;
}

/**
 * Asks identity whether tokens were revoked, the checks of concurrent requests in one call: a
 * check waits for no more than the call in flight before it, and is always sent after its request
 * arrived, so a revocation that identity had committed by then is seen, exactly as with one call
 * per request.
 */
export function batchedRevocationCheck(identity: IdentityClient, options: { maxPerCall: number; callsInFlight: number }) {
  const waiting: Array<{ check: RevocationCheck; resolve: (revoked: boolean) => void; reject: (err: unknown) => void }> = [];
  let inFlight = 0;
  const pump = () => {
    while (inFlight < options.callsInFlight && waiting.length > 0) {
      const batch = waiting.splice(0, options.maxPerCall);
      inFlight++;
      const call = batch.length === 1
        ? identity.call('IsTokenRevoked', batch[0]!.check).then((r) => [r.revoked])
        : identity.call('AreTokensRevoked', { tokens: batch.map((b) => b.check) }).then((r) => r.revoked);
      call
        .then(
          (revoked) => batch.forEach((b, i) => (revoked[i] === undefined ? b.reject(new Error('identity answered fewer revocation checks than asked')) : b.resolve(revoked[i]!))),
          (err: unknown) => batch.forEach((b) => b.reject(err)),
        )
        .finally(() => {
          inFlight--;
          pump();
        });
    }
  };
  return (check: RevocationCheck): Promise<boolean> =>
    new Promise<boolean>((resolve, reject) => {
      waiting.push({ check, resolve, reject });
      pump();
    });
}
