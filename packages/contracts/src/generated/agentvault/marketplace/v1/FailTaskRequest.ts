// Original file: proto/agentvault/marketplace/v1/invocation.proto

import type { InvocationActor as _agentvault_marketplace_v1_InvocationActor, InvocationActor__Output as _agentvault_marketplace_v1_InvocationActor__Output } from '../../../agentvault/marketplace/v1/InvocationActor.js';

export interface FailTaskRequest {
  'actor'?: (_agentvault_marketplace_v1_InvocationActor | null);
  'task_id'?: (string);
  'agent_did'?: (string);
  'error'?: (string);
}

export interface FailTaskRequest__Output {
  'actor': (_agentvault_marketplace_v1_InvocationActor__Output | null);
  'task_id': (string);
  'agent_did': (string);
  'error': (string);
}
