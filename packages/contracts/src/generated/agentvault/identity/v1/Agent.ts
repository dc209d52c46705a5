// Original file: proto/agentvault/identity/v1/identity.proto

import type { AgentCard as _agentvault_identity_v1_AgentCard, AgentCard__Output as _agentvault_identity_v1_AgentCard__Output } from '../../../agentvault/identity/v1/AgentCard.js';

export interface Agent {
  'id'?: (string);
  'did'?: (string);
  'client_id'?: (string);
  'status'?: (string);
  'creator_developer_id'?: (string);
  'created_at'?: (string);
  'last_active_at'?: (string);
  'public_key_jwk_json'?: (string);
  'agent_card'?: (_agentvault_identity_v1_AgentCard | null);
}

export interface Agent__Output {
  'id': (string);
  'did': (string);
  'client_id': (string);
  'status': (string);
  'creator_developer_id': (string);
  'created_at': (string);
  'last_active_at': (string);
  'public_key_jwk_json': (string);
  'agent_card': (_agentvault_identity_v1_AgentCard__Output | null);
}
