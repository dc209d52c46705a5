// Original file: proto/agentvault/marketplace/v1/invocation.proto

import type { InvocationActor as _agentvault_marketplace_v1_InvocationActor, InvocationActor__Output as _agentvault_marketplace_v1_InvocationActor__Output } from '../../../agentvault/marketplace/v1/InvocationActor.js';

export interface InvocationConfigRef {
  'agent_did'?: (string);
  'actor'?: (_agentvault_marketplace_v1_InvocationActor | null);
}

export interface InvocationConfigRef__Output {
  'agent_did': (string);
  'actor': (_agentvault_marketplace_v1_InvocationActor__Output | null);
}
