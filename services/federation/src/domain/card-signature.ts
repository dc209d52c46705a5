import { CompactSign, compactVerify, createLocalJWKSet, importJWK, base64url, errors, type JWK } from 'jose';
import { SIGNED_FIELDS, signingInput, type CardSignature, type RegistryCard, type UnsignedCard } from './card.js';
import type { Jwks, RegistrySigningKey } from './signing-keys.js';

const encoder = new TextEncoder();

/** Signs the card's canonical fields with the key: a detached JWS whose kid is in the JWKS. */
export async function signCard(card: UnsignedCard, key: RegistrySigningKey): Promise<RegistryCard> {
  const privateKey = await importJWK(key.privateJwk as JWK, 'EdDSA');
  const compact = await new CompactSign(encoder.encode(signingInput(card)))
    .setProtectedHeader({ alg: 'EdDSA', kid: key.kid, typ: 'registry-card+jws' })
    .sign(privateKey);
  const [header, , signature] = compact.split('.');
  const envelope: CardSignature = {
    alg: 'EdDSA',
    kid: key.kid,
    canonicalization: 'RFC8785',
    signed_fields: [...SIGNED_FIELDS],
    jws: `${header}..${signature}`,
  };
  return { ...card, signature: envelope };
}

export type CardVerification =
  | { valid: true; kid: string }
  | { valid: false; kid: string | null; reason: 'missing_signature' | 'unknown_key' | 'bad_signature' | 'malformed' };

/** Verifies a card offline against a JWKS: the key must be in the set and the signature must match. */
export async function verifyCard(card: unknown, jwks: Jwks): Promise<CardVerification> {
  if (typeof card !== 'object' || card === null) return { valid: false, kid: null, reason: 'malformed' };
  const signature = (card as { signature?: Partial<CardSignature> }).signature;
  if (!signature || typeof signature.jws !== 'string') return { valid: false, kid: null, reason: 'missing_signature' };
  const parts = signature.jws.split('.');
  if (parts.length !== 3 || parts[1] !== '') return { valid: false, kid: signature.kid ?? null, reason: 'malformed' };
  let kid: string | null = null;
  try {
    const header = JSON.parse(new TextDecoder().decode(base64url.decode(parts[0]!))) as { kid?: string; alg?: string };
    kid = header.kid ?? null;
    if (header.alg !== 'EdDSA' || !kid) return { valid: false, kid, reason: 'malformed' };
  } catch {
    return { valid: false, kid: null, reason: 'malformed' };
  }
  if (!jwks.keys.some((k) => k.kid === kid)) return { valid: false, kid, reason: 'unknown_key' };
  const payload = base64url.encode(signingInput(card as Record<string, unknown>));
  try {
    await compactVerify(`${parts[0]}.${payload}.${parts[2]}`, createLocalJWKSet(jwks), { algorithms: ['EdDSA'] });
    return { valid: true, kid };
  } catch (err) {
    if (err instanceof errors.JWKSNoMatchingKey) return { valid: false, kid, reason: 'unknown_key' };
    return { valid: false, kid, reason: 'bad_signature' };
  }
}
