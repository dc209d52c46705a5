// Original file: proto/agentvault/marketplace/v1/invocation.proto

import type { InvocationActor as _agentvault_marketplace_v1_InvocationActor, InvocationActor__Output as _agentvault_marketplace_v1_InvocationActor__Output } from '../../../agentvault/marketplace/v1/InvocationActor.js';

export interface CompleteTaskRequest {
  'actor'?: (_agentvault_marketplace_v1_InvocationActor | null);
  'task_id'?: (string);
  'agent_did'?: (string);
  'output_json'?: (string);
}

export interface CompleteTaskRequest__Output {
  'actor': (_agentvault_marketplace_v1_InvocationActor__Output | null);
  'task_id': (string);
  'agent_did': (string);
  'output_json': (string);
}
