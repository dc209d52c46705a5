// Original file: proto/agentvault/marketplace/v1/invocation.proto

import type { InvocationActor as _agentvault_marketplace_v1_InvocationActor, InvocationActor__Output as _agentvault_marketplace_v1_InvocationActor__Output } from '../../../agentvault/marketplace/v1/InvocationActor.js';

export interface AgentTasksRequest {
  'actor'?: (_agentvault_marketplace_v1_InvocationActor | null);
  'agent_did'?: (string);
  'limit'?: (number);
}

export interface AgentTasksRequest__Output {
  'actor': (_agentvault_marketplace_v1_InvocationActor__Output | null);
  'agent_did': (string);
  'limit': (number);
}
