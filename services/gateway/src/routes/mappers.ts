import type { Agent__Output } from '@agentvault/contracts/generated/agentvault/identity/v1/Agent';
import type { AgentCard__Output } from '@agentvault/contracts/generated/agentvault/identity/v1/AgentCard';
import type { ApiKeyInfo__Output } from '@agentvault/contracts/generated/agentvault/identity/v1/ApiKeyInfo';
import { orNull } from './common.js';

/** gRPC messages → the JSON the API answers with. */

export function agentCardJson(card: AgentCard__Output | null, withCard: boolean) {
  if (!card) return null;
  const base = { id: card.id, name: card.name, description: card.description };
  return withCard ? { ...base, card: card.card_json ? JSON.parse(card.card_json) : {} } : base;
}

export function agentJson(agent: Agent__Output) {
  return {
    id: agent.id,
    did: agent.did,
    client_id: agent.client_id,
    status: agent.status,
    creator_developer_id: agent.creator_developer_id,
    created_at: agent.created_at,
    last_active_at: orNull(agent.last_active_at),
    agent_card: agentCardJson(agent.agent_card, false),
  };
}

export function agentSelfJson(agent: Agent__Output) {
  return {
    ...agentJson(agent),
    agent_card: agentCardJson(agent.agent_card, true),
    public_key_jwk: agent.public_key_jwk_json ? JSON.parse(agent.public_key_jwk_json) : null,
  };
}

export function publicAgentJson(agent: Agent__Output) {
  return { did: agent.did, status: agent.status, created_at: agent.created_at, agent_card: agentCardJson(agent.agent_card, true) };
}

export function apiKeyJson(key: ApiKeyInfo__Output) {
  return {
    id: key.id,
    prefix: key.prefix,
    description: orNull(key.description),
    is_active: key.is_active,
    created_at: key.created_at,
    last_used_at: orNull(key.last_used_at),
  };
}
