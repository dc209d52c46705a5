/** Row ids are Postgres bigints: a decimal string that fits in a signed 64-bit integer. */
export function isRowId(id: string): boolean {
  return /^\d{1,20}$/.test(id) && BigInt(id) <= 9_223_372_036_854_775_807n;
}

export type DeveloperRole = 'developer' | 'admin_platform';
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

/** Events this service publishes; the type names are the public catalogue's. */
export type IdentityEvent =
  | { type: 'developer.registered'; subject?: string; data: { developer_id: string; email: string; name: string } }
  | { type: 'developer.password_changed'; subject?: string; data: { developer_id: string; via: 'recovery' } }
  | { type: 'developer.2fa_changed'; subject?: string; data: { developer_id: string; enabled: boolean } }
  | { type: 'api_key.created' | 'api_key.revoked'; subject?: string; data: { developer_id: string; api_key_id: string; prefix: string } }
  | { type: 'agent.created'; subject: string; data: { agent_did: string; developer_id: string; agent_card_id: string; agent_card_name: string } };
