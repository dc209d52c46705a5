// Original file: proto/agentvault/marketplace/v1/invocation.proto

import type { InvocationActor as _agentvault_marketplace_v1_InvocationActor, InvocationActor__Output as _agentvault_marketplace_v1_InvocationActor__Output } from '../../../agentvault/marketplace/v1/InvocationActor.js';

export interface TaskRef {
  'actor'?: (_agentvault_marketplace_v1_InvocationActor | null);
  'task_id'?: (string);
  'agent_did'?: (string);
}

export interface TaskRef__Output {
  'actor': (_agentvault_marketplace_v1_InvocationActor__Output | null);
  'task_id': (string);
  'agent_did': (string);
}
