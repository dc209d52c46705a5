// Original file: proto/agentvault/marketplace/v1/invocation.proto

import type { InvocationActor as _agentvault_marketplace_v1_InvocationActor, InvocationActor__Output as _agentvault_marketplace_v1_InvocationActor__Output } from '../../../agentvault/marketplace/v1/InvocationActor.js';
import type { InvocationIdempotency as _agentvault_marketplace_v1_InvocationIdempotency, InvocationIdempotency__Output as _agentvault_marketplace_v1_InvocationIdempotency__Output } from '../../../agentvault/marketplace/v1/InvocationIdempotency.js';

export interface InvokeRequest {
  'caller'?: (_agentvault_marketplace_v1_InvocationActor | null);
  'caller_did'?: (string);
  'target_did'?: (string);
  'capability'?: (string);
  'input_json'?: (string);
  'timeout_ms'?: (number);
  'idempotency'?: (_agentvault_marketplace_v1_InvocationIdempotency | null);
}

export interface InvokeRequest__Output {
  'caller': (_agentvault_marketplace_v1_InvocationActor__Output | null);
  'caller_did': (string);
  'target_did': (string);
  'capability': (string);
  'input_json': (string);
  'timeout_ms': (number);
  'idempotency': (_agentvault_marketplace_v1_InvocationIdempotency__Output | null);
}
