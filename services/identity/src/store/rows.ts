import type { Agent, ApiKey, Developer } from '../domain/model.js';
import type { AgentRow, ApiKeyRow, DeveloperRow } from './schema.js';

/** An agent joined with its card (left join: no card, no card columns). */
export type AgentWithCardRow = AgentRow & { card_id: string | null; card_name: string | null; card_description: string | null; card_json: unknown };

/** Row → domain mappers shared by the stores. */
export function toDeveloper(row: DeveloperRow): Developer {
  return {
    id: String(row.id),
    email: row.email,
    name: row.name,
    passwordHash: row.password_hash,
    role: row.role,
    isVerified: row.is_verified,
    totpSecret: row.totp_secret,
    totpEnabled: row.totp_enabled,
    totpLastStep: row.totp_last_step === null || row.totp_last_step === undefined ? null : Number(row.totp_last_step),
    sessionVersion: Number(row.session_version ?? 0),
    createdAt: new Date(row.created_at),
  };
}

export function toApiKey(row: ApiKeyRow): ApiKey {
  return {
    id: String(row.id),
    developerId: String(row.developer_id),
    prefix: row.prefix,
    description: row.description,
    createdAt: new Date(row.created_at),
    revokedAt: row.revoked_at ? new Date(row.revoked_at) : null,
    lastUsedAt: row.last_used_at ? new Date(row.last_used_at) : null,
  };
}

export function toAgent(row: AgentWithCardRow): Agent {
  return {
    id: String(row.id),
    did: row.did,
    developerId: String(row.developer_id),
    clientId: row.client_id,
    clientSecretHash: row.client_secret_hash,
    status: row.status,
    publicKeyJwk: row.public_key_jwk ?? null,
    createdAt: new Date(row.created_at),
    lastActiveAt: row.last_active_at ? new Date(row.last_active_at) : null,
    card: row.card_id ? { id: row.card_id, name: row.card_name ?? '', description: row.card_description ?? '', card: row.card_json } : null,
  };
}
