/** gRPC messages → the JSON the API answers with. */

const orNull = (s: string | undefined) => (s ? s : null);

export function agentCardJson(card: any, withCard: boolean) {
  if (!card) return null;
  const base = { id: card.id, name: card.name, description: card.description };
  return withCard ? { ...base, card: card.card_json ? JSON.parse(card.card_json) : {} } : base;
}

export function agentJson(agent: any) {
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

export function agentSelfJson(agent: any) {
  return {
    ...agentJson(agent),
    agent_card: agentCardJson(agent.agent_card, true),
    public_key_jwk: agent.public_key_jwk_json ? JSON.parse(agent.public_key_jwk_json) : null,
  };
}

export function publicAgentJson(agent: any) {
  return { did: agent.did, status: agent.status, created_at: agent.created_at, agent_card: agentCardJson(agent.agent_card, true) };
}

export function apiKeyJson(key: any) {
  return {
    id: key.id,
    prefix: key.prefix,
    description: orNull(key.description),
    is_active: key.is_active,
    created_at: key.created_at,
    last_used_at: orNull(key.last_used_at),
  };
}
