/** Row ids are Postgres bigints: a decimal string that fits in a signed 64-bit integer. */
export function isRowId(id: string): boolean {
  return /^\d{1,20}$/.test(id) && BigInt(id) <= 9_223_372_036_854_775_807n;
}

export type DeveloperRole = 'developer' | 'admin_platform' | 'auditor';
/** What an administrator can grant: the platform admin role itself is not handed out through the API. */
export const GRANTABLE_ROLES: readonly DeveloperRole[] = ['developer', 'auditor'];
export type AgentStatus = 'active' | 'suspended' | 'revoked';

export interface Developer {
  id: string;
  email: string;
  name: string;
  passwordHash: string;
  role: DeveloperRole;
  isVerified: boolean;
  totpSecret: string | null;
  totpEnabled: boolean;
  /** The last TOTP time step accepted for this account: a code counts once. */
  totpLastStep: number | null;
  /** Carried by every developer and recovery token; raising it ends every session issued before. */
  sessionVersion: number;
  createdAt: Date;
}

export interface ApiKey {
  id: string;
  developerId: string;
  prefix: string;
  description: string | null;
  createdAt: Date;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
}

export interface BootstrapToken {
  tokenHash: string;
  developerId: string;
  expiresAt: Date;
  usedAt: Date | null;
}

export interface AgentCard {
  id: string;
  name: string;
  description: string;
  card: unknown;
}

export interface Agent {
  id: string;
  did: string;
  developerId: string;
  clientId: string;
  clientSecretHash: string;
  status: AgentStatus;
  publicKeyJwk: unknown | null;
  createdAt: Date;
  lastActiveAt: Date | null;
  card: AgentCard | null;
}

export interface RecoveryKey {
  id: string;
  developerId: string;
  keyHash: string;
  usedAt: Date | null;
}

/** Events this service publishes: their payloads are typed once, in its event contract. */
export type { IdentityEvent } from '@agentvault/contracts/identity-events';
