import { createHash, createPrivateKey, createPublicKey, randomBytes, type JsonWebKeyInput } from 'node:crypto';
import { createSigner, createVerifier, httpbis } from 'http-message-signatures';
import { unauthorized } from '@agentvault/errors';
import type { Jwks, RegistrySigningKey } from './signing-keys.js';

/**
 * Registry-to-registry requests carry an HTTP Message Signature (RFC 9421) made with the calling
 * registry's card key; the receiver checks it against the JWKS of the caller's signed card.
 */
export const SIGNATURE_TAG = 'agentvault-federation';
/** Names the calling registry (its base URL); covered by the signature. */
export const REGISTRY_HEADER = 'agentvault-registry';
export const SIGNATURE_MAX_AGE_SECONDS = 300;

export interface OutboundRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
}

/** RFC 9530 Content-Digest of a body. */
export function contentDigest(body: string | Uint8Array): string {
  return `sha-256=:${createHash('sha256').update(body).digest('base64')}:`;
}

/** Adds Content-Digest, the registry header, Signature-Input and Signature to a request. */
export async function signRegistryRequest(request: OutboundRequest, key: RegistrySigningKey, callerBaseUrl: string, now: Date = new Date()): Promise<OutboundRequest> {
  const headers: Record<string, string> = { ...lowerCase(request.headers), [REGISTRY_HEADER]: callerBaseUrl };
  const fields = ['@method', '@target-uri', REGISTRY_HEADER];
  if (request.body !== undefined) {
    headers['content-digest'] = contentDigest(request.body);
    fields.push('content-digest');
  }
  const privateKey = createPrivateKey({ key: key.privateJwk, format: 'jwk' } as JsonWebKeyInput);
  const signed = await httpbis.signMessage(
    {
      key: createSigner(privateKey, 'ed25519', key.kid),
      fields,
      params: ['created', 'expires', 'keyid', 'alg', 'nonce', 'tag'],
      paramValues: {
        created: now,
        expires: new Date(now.getTime() + SIGNATURE_MAX_AGE_SECONDS * 1000),
        nonce: randomBytes(16).toString('base64url'),
        tag: SIGNATURE_TAG,
      },
    },
    { method: request.method.toUpperCase(), url: request.url, headers },
  );
  return { ...request, headers: signed.headers as Record<string, string> };
}

export interface InboundRequest {
  method: string;
  /** The full URL the caller addressed (scheme, host, path and query). */
  url: string;
  headers: Record<string, string | string[]>;
  body?: string;
}

export interface SignatureCheckPorts {
  /** The JWKS published by the registry at this base URL, if it is a known peer (refetched when asked). */
  jwksFor(baseUrl: string, options: { refresh: boolean }): Promise<Jwks | null>;
  /** Records a nonce; false if it was already used (a replay). */
  claimNonce(keyid: string, nonce: string, expiresAt: Date): Promise<boolean>;
}

export interface VerifiedCaller {
  baseUrl: string;
  kid: string;
}

/**
 * Verifies a registry's signed request: the signature (RFC 9421, Ed25519) with a key from the
 * caller's JWKS, its freshness, the body's digest and a nonce never seen before. Throws 401.
 */
export async function verifyRegistryRequest(request: InboundRequest, ports: SignatureCheckPorts, now: Date = new Date()): Promise<VerifiedCaller> {
  const headers = lowerCase(request.headers);
  const caller = single(headers[REGISTRY_HEADER]);
  if (!caller || !headers['signature'] || !headers['signature-input']) throw unauthorized('registry signature required (RFC 9421 Signature and Signature-Input headers)');
  const required = ['@method', '@target-uri', REGISTRY_HEADER];
  if (request.body !== undefined && request.body !== '') {
    if (single(headers['content-digest']) !== contentDigest(request.body)) throw unauthorized('the Content-Digest does not match the body');
    required.push('content-digest');
  }
  let params: { keyid?: string; nonce?: string; expires?: Date; tag?: string } = {};
  const lookup = async (refresh: boolean) => {
    const jwks = await ports.jwksFor(caller, { refresh });
    return jwks;
  };
  let jwks = await lookup(false);
  if (!jwks) throw unauthorized(`${caller} is not a known peer registry`);
  const callerUrl = caller;
  const verifyOnce = (set: Jwks) =>
    httpbis.verifyMessage(
      {
        keyLookup: async (p) => {
          params = p as typeof params;
          const jwk = set.keys.find((k) => k.kid === p.keyid);
          if (!jwk || p.tag !== SIGNATURE_TAG) return null;
          return { id: jwk.kid, algs: ['ed25519'], verify: createVerifier(createPublicKey({ key: jwk, format: 'jwk' } as unknown as JsonWebKeyInput), 'ed25519') };
        },
        requiredParams: ['created', 'keyid', 'nonce', 'tag'],
        requiredFields: required,
        maxAge: SIGNATURE_MAX_AGE_SECONDS,
        notAfter: now.getTime() + 30_000,
        tolerance: 30,
      },
      { method: request.method.toUpperCase(), url: request.url, headers },
    );
  let ok = await verifyOnce(jwks).catch(() => false);
  if (!ok && params.keyid && !jwks.keys.some((k) => k.kid === params.keyid)) {
    // The caller may have rotated its key since we cached its JWKS.
    jwks = await lookup(true);
    if (jwks) ok = await verifyOnce(jwks).catch(() => false);
  }
  if (!ok || !params.keyid || !params.nonce) throw unauthorized('the registry signature does not verify');
  const expiresAt = params.expires instanceof Date ? params.expires : new Date(now.getTime() + SIGNATURE_MAX_AGE_SECONDS * 1000);
  if (!(await ports.claimNonce(params.keyid, params.nonce, expiresAt))) throw unauthorized('this signed request was already used (replay)');
  return { baseUrl: callerUrl, kid: params.keyid };
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function lowerCase<T>(headers: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
}

export interface SignedResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Signs a response (RFC 9421 §2.2.9 @status, Content-Digest, the registry header) so a puller can check where it came from. */
export async function signRegistryResponse(response: SignedResponse, key: RegistrySigningKey, baseUrl: string, now: Date = new Date()): Promise<SignedResponse> {
  const headers: Record<string, string> = { ...lowerCase(response.headers), [REGISTRY_HEADER]: baseUrl, 'content-digest': contentDigest(response.body) };
  const privateKey = createPrivateKey({ key: key.privateJwk, format: 'jwk' } as JsonWebKeyInput);
  const signed = await httpbis.signMessage(
    {
      key: createSigner(privateKey, 'ed25519', key.kid),
      fields: ['@status', REGISTRY_HEADER, 'content-digest'],
      params: ['created', 'expires', 'keyid', 'alg', 'tag'],
      paramValues: { created: now, expires: new Date(now.getTime() + SIGNATURE_MAX_AGE_SECONDS * 1000), tag: SIGNATURE_TAG },
    },
    { status: response.status, headers },
  );
  return { ...response, headers: signed.headers as Record<string, string> };
}

/** Checks a signed response against the registry's JWKS; false when it does not verify. */
export async function verifyRegistryResponse(response: SignedResponse, jwks: Jwks, expectedBaseUrl: string): Promise<boolean> {
  const headers = lowerCase(response.headers);
  if (headers[REGISTRY_HEADER] !== expectedBaseUrl) return false;
  if (headers['content-digest'] !== contentDigest(response.body)) return false;
  try {
    const ok = await httpbis.verifyMessage(
      {
        keyLookup: async (p) => {
          const jwk = jwks.keys.find((k) => k.kid === p.keyid);
          if (!jwk || p.tag !== SIGNATURE_TAG) return null;
          return { id: jwk.kid, algs: ['ed25519'], verify: createVerifier(createPublicKey({ key: jwk, format: 'jwk' } as unknown as JsonWebKeyInput), 'ed25519') };
        },
        requiredParams: ['created', 'keyid', 'tag'],
        requiredFields: ['@status', REGISTRY_HEADER, 'content-digest'],
        maxAge: SIGNATURE_MAX_AGE_SECONDS,
        tolerance: 30,
      },
      { status: response.status, headers },
    );
    return ok === true;
  } catch {
    return false;
  }
}
