import type { Request } from 'express';

/** Who is calling, as established by the gateway's authentication. */
export type Principal =
  | { tier: 'developer'; developerId: string; role: string; via: 'jwt' | 'api_key'; jti?: string; exp?: number; organization?: { id: string; requestsPerMinute: number } }
  | { tier: 'agent'; agentDid: string; developerId: string; jti: string; exp: number }
  | { tier: 'bootstrap'; token: string }
  | { tier: 'recovery'; developerId: string; jti: string; exp: number }
  /** A workload of the platform's SPIFFE trust domain, with the scopes SPIFFE_ALLOWED_IDS gives its ID. */
  | { tier: 'svid'; spiffeId: string; scopes: string[]; exp: number }
  /** A self-registered agent that signed this very request (the X-Agent-* headers). */
  | { tier: 'signed_agent'; agentDid: string };

export type AuthTier = Principal['tier'];

export const ADMIN_ROLE = 'admin_platform';
/** Granted by an administrator: raises auditor flags. */
export const AUDITOR_ROLE = 'auditor';

export function isAdmin(principal: Principal | undefined): boolean {
  return principal?.tier === 'developer' && principal.role === ADMIN_ROLE;
}

/** A developer principal holding one of `roles`. */
export function hasRole(principal: Principal | undefined, roles: readonly string[]): boolean {
  return principal?.tier === 'developer' && roles.includes(principal.role);
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      principal?: Principal;
      requestId?: string;
      traceId?: string;
      /** The body's bytes, kept only when the request is signed (X-Agent-Signature). */
      rawBody?: Buffer;
    }
  }
}

export type { Request };
