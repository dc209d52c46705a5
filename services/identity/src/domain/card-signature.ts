import canonicalizeModule from 'canonicalize';
import { base64url, decodeProtectedHeader, flattenedVerify, FlattenedSign, importJWK, type JWK } from 'jose';
import { SIGNING_ALGORITHM } from '@agentvault/auth';
import type { AgentCardSignature } from './a2a-card.js';

/**
 * A2A card signatures: a JWS whose payload is the card without its `signatures`, canonicalized
 * with JCS (RFC 8785), sent detached (no payload in the signature object). Every signature of a
 * card covers the same bytes, so any one of them is checked without the others.
 */

// The package is CommonJS (module.exports = fn); its typings describe an ES default export.
const canonicalize = canonicalizeModule as unknown as (input: unknown) => string | undefined;

/** Algorithms a submitted signature may use. */
const ACCEPTED_ALGORITHMS = ['EdDSA', 'ES256', 'ES384', 'ES256K', 'RS256', 'PS256'];

/** The bytes every signature of `card` covers. */
export function signingInput(card: Record<string, unknown>): Uint8Array {
  const { signatures: _signatures, ...unsigned } = card;
  const canonical = canonicalize(unsigned);
  if (canonical === undefined) throw new Error('card cannot be canonicalized');
  return new TextEncoder().encode(canonical);
}

/** The registry's countersignature, made with its JWT signing key (the kid of its JWKS). */
export async function countersignCard(
  card: Record<string, unknown>,
  key: { kid: string; privateJwk: JWK },
  registry: string,
): Promise<AgentCardSignature> {
  const jws = await new FlattenedSign(signingInput(card))
    .setProtectedHeader({ alg: SIGNING_ALGORITHM, kid: key.kid, typ: 'JOSE' })
    .setUnprotectedHeader({ registry })
    .sign(await importJWK(key.privateJwk, SIGNING_ALGORITHM));
  return { protected: jws.protected!, signature: jws.signature, header: jws.header };
}

export type SignatureCheck = { ok: true; kid: string | null } | { ok: false; reason: string };

/**
 * Checks one signature of `card`. The key is the agent's registered public key when it has one;
 * otherwise the `jwk` the signature's protected header carries (which proves the card is intact,
 * not who made it).
 */
export async function verifyCardSignature(card: Record<string, unknown>, signature: AgentCardSignature, agentKey: JWK | null): Promise<SignatureCheck> {
  let header: ReturnType<typeof decodeProtectedHeader>;
  try {
    header = decodeProtectedHeader({ protected: signature.protected });
  } catch {
    return { ok: false, reason: 'protected header is not a base64url JSON object' };
  }
  if (typeof header.alg !== 'string' || !ACCEPTED_ALGORITHMS.includes(header.alg)) {
    return { ok: false, reason: `alg must be one of ${ACCEPTED_ALGORITHMS.join(', ')}` };
  }
  const jwk = agentKey ?? (header.jwk as JWK | undefined) ?? null;
  if (!jwk) return { ok: false, reason: "no key to verify with: the agent has no registered public key and the protected header carries no jwk" };
  try {
    const key = await importJWK(jwk, header.alg);
    await flattenedVerify(
      { protected: signature.protected, signature: signature.signature, payload: base64url.encode(signingInput(card)), header: signature.header },
      key,
      { algorithms: ACCEPTED_ALGORITHMS },
    );
    return { ok: true, kid: typeof header.kid === 'string' ? header.kid : null };
  } catch {
    return { ok: false, reason: 'signature does not verify over the JCS-canonical card' };
  }
}
