import { createHash } from 'node:crypto';
import type { Request } from 'express';
import { createSvidVerifier, createTokenVerifier, InvalidTokenError, looksLikeJwt, looksLikeSvid } from '@agentvault/auth';
import { DomainError, forbidden, unauthorized } from '@agentvault/errors';
import type { IdentityClient } from '@agentvault/contracts/identity';
import { ADMIN_ROLE, type AuthTier, type Principal } from './principal.js';
import { batchedRevocationCheck, cachedTokenVerifier } from './token-checks.js';

export interface Authenticator {
  /**
   * Establishes the caller from the request's credentials, accepting only `tiers`. A JWT-SVID
   * must hold `svidScope`; on admin routes that scope stands in for the admin role.
   */
  authenticate(req: Request, tiers: AuthTier[], adminOnly: boolean, svidScope?: string): Promise<Principal>;
}

export interface SvidSettings {
  trustDomain: string;
  bundle: string;
  audience: string;
  /** SPIFFE ID → scopes; an ID not listed is refused. */
  allowed: Record<string, string[]>;
}

function rejectionFor(tiers: AuthTier[]): DomainError {
  if (tiers.length === 1 && tiers[0] === 'agent') return unauthorized('Could not validate agent credentials');
  if (tiers.length === 1 && tiers[0] === 'bootstrap') return unauthorized('A valid bootstrap token is required (Bootstrap-Token header)');
  if (tiers.length === 1 && tiers[0] === 'recovery') return unauthorized('A recovery token is required (POST /api/v1/auth/recover-account)');
  if (tiers.length === 1 && tiers[0] === 'signed_agent') return unauthorized('A signed request is required (X-Agent-DID, X-Agent-Timestamp, X-Agent-Signature)');
  return unauthorized('Could not validate credentials');
}

/** The headers of a signed request, as self-registered agents send them. */
export const SIGNED_REQUEST_HEADERS = { did: 'x-agent-did', timestamp: 'x-agent-timestamp', signature: 'x-agent-signature' } as const;

/** The credential a request presents, before it is checked. */
type Presented = { kind: 'jwt' | 'api_key' | 'bootstrap'; value: string } | undefined;

function presentedCredential(req: Request): Presented {
  const bootstrapHeader = req.get('bootstrap-token');
  if (bootstrapHeader) return { kind: 'bootstrap', value: bootstrapHeader.trim() };
  const apiKeyHeader = req.get('x-api-key');
  if (apiKeyHeader) return { kind: 'api_key', value: apiKeyHeader.trim() };
  const authorization = req.get('authorization');
  if (!authorization) return undefined;
  const match = /^Bearer\s+(.+)$/i.exec(authorization.trim());
  if (!match) return { kind: 'jwt', value: '' };
  const value = match[1]!.trim();
  if (value.startsWith('bst_')) return { kind: 'bootstrap', value };
  if (value.startsWith('avreg_')) return { kind: 'api_key', value };
  return { kind: 'jwt', value };
}

export function createAuthenticator(identity: IdentityClient, settings: { issuer: string; audience: string; svid?: SvidSettings }): Authenticator {
  const svid = settings.svid;
  const svidVerifier = svid && createSvidVerifier({ trustDomain: svid.trustDomain, audience: svid.audience, bundle: svid.bundle });
  const verifier = createTokenVerifier({
    issuer: settings.issuer,
    audience: settings.audience,
    fetchJwks: async () => JSON.parse((await identity.call('GetJwks', {})).jwks_json),
  });
  // The hot path: a client sends the same token many times; revocation is still asked every time.
  const verifyToken = cachedTokenVerifier((token) => verifier.verify(token), { maxEntries: 50_000, maxAgeMs: 60_000 });
  const isRevoked = batchedRevocationCheck(identity, { maxPerCall: 256, callsInFlight: 4 });

  async function fromJwt(token: string): Promise<Principal> {
    if (!looksLikeJwt(token)) throw new InvalidTokenError('Token is invalid');
    const claims = await verifyToken(token);
    // Developer and recovery tokens also end when the developer's sessions were ended (reset, 2FA on).
    const session = claims.tier !== 'agent' && claims.developer_id ? { developer_id: claims.developer_id, session_version: claims.sv ?? 0 } : {};
    if (await isRevoked({ jti: claims.jti, ...session })) throw new InvalidTokenError('Token has been revoked');
    switch (claims.tier) {
      case 'developer':
        return { tier: 'developer', developerId: claims.developer_id!, role: claims.role ?? 'developer', via: 'jwt', jti: claims.jti, exp: claims.exp };
      case 'agent':
        return { tier: 'agent', agentDid: claims.sub, developerId: claims.developer_id ?? '', jti: claims.jti, exp: claims.exp };
      case 'recovery':
        return { tier: 'recovery', developerId: claims.developer_id!, jti: claims.jti, exp: claims.exp };
    }
  }

  async function fromSvid(token: string, tiers: AuthTier[], svidScope: string | undefined): Promise<Principal> {
    if (!tiers.includes('svid') || !svidVerifier || !svid) throw rejectionFor(tiers);
    let verified;
    try {
      verified = await svidVerifier.verify(token);
    } catch (err) {
      if (err instanceof InvalidTokenError) throw unauthorized(`Could not validate credentials: ${err.message.toLowerCase()}`);
      // The bundle could not be read: our trouble, not the caller's.
      throw new DomainError('service_unavailable', 'The SPIFFE trust bundle is unavailable');
    }
    const scopes = svid.allowed[verified.spiffeId];
    if (!scopes) throw forbidden(`${verified.spiffeId} is not allowed to call this registry`);
    if (!svidScope || !scopes.includes(svidScope)) throw forbidden(`${verified.spiffeId} lacks the ${svidScope ?? 'required'} scope`);
    return { tier: 'svid', spiffeId: verified.spiffeId, scopes, exp: verified.exp };
  }

  /** Identity checks the signature against the agent's key and accepts each signed message once. */
  async function fromSignedRequest(req: Request, tiers: AuthTier[]): Promise<Principal> {
    if (!tiers.includes('signed_agent')) throw rejectionFor(tiers);
    const did = req.get(SIGNED_REQUEST_HEADERS.did)?.trim();
    const timestamp = req.get(SIGNED_REQUEST_HEADERS.timestamp)?.trim() ?? '';
    const signature = req.get(SIGNED_REQUEST_HEADERS.signature)!.trim();
    if (!did || did.length > 300) throw unauthorized('X-Agent-DID is required with X-Agent-Signature');
    if (!/^\d{1,16}$/.test(timestamp)) throw unauthorized('X-Agent-Timestamp must be milliseconds since the epoch');
    if (signature.length > 300) throw unauthorized('Could not validate agent credentials: the request signature does not verify');
    const agent = await identity.call('AuthenticateSignedRequest', {
      did,
      method: req.method,
      path: req.originalUrl,
      body_sha256: createHash('sha256').update(req.rawBody ?? Buffer.alloc(0)).digest('hex'),
      timestamp,
      signature,
    });
    return { tier: 'signed_agent', agentDid: agent.did };
  }

  return {
    async authenticate(req, tiers, adminOnly, svidScope) {
      if (req.get(SIGNED_REQUEST_HEADERS.signature) !== undefined) {
        const principal = await fromSignedRequest(req, tiers);
        if (adminOnly) throw forbidden('Admin privileges required');
        return principal;
      }
      const presented = presentedCredential(req);
      if (!presented) {
        throw tiers.length === 1 && tiers[0] === 'bootstrap' ? rejectionFor(tiers) : unauthorized('Not authenticated');
      }
      let principal: Principal;
      if (presented.kind === 'bootstrap') {
        principal = { tier: 'bootstrap', token: presented.value };
      } else if (presented.kind === 'api_key') {
        if (!tiers.includes('developer')) throw rejectionFor(tiers);
        const developer = await identity.call('AuthenticateApiKey', { api_key: presented.value }).catch((err) => {
          throw err instanceof DomainError && err.kind === 'unauthorized' ? unauthorized('Invalid API key') : err;
        });
        principal = {
          tier: 'developer',
          developerId: developer.developer_id,
          role: developer.role,
          via: 'api_key',
          ...(developer.organization_id ? { organization: { id: developer.organization_id, requestsPerMinute: developer.organization_requests_per_minute } } : {}),
        };
      } else if (looksLikeSvid(presented.value)) {
        return fromSvid(presented.value, tiers, svidScope);
      } else {
        try {
          principal = await fromJwt(presented.value);
        } catch (err) {
          if (err instanceof InvalidTokenError) {
            // Say why only when the token could be one this route takes.
            throw tiers.length === 1 && tiers[0] === 'agent' ? rejectionFor(tiers) : unauthorized(`Could not validate credentials: ${err.message.toLowerCase()}`);
          }
          throw err;
        }
      }
      if (!tiers.includes(principal.tier)) throw rejectionFor(tiers);
      if (adminOnly && !(principal.tier === 'developer' && principal.role === ADMIN_ROLE)) {
        throw forbidden('Admin privileges required');
      }
      return principal;
    },
  };
}
