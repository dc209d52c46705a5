// Original file: proto/agentvault/federation/v1/federation.proto

import type { BridgeIdempotency as _agentvault_federation_v1_BridgeIdempotency, BridgeIdempotency__Output as _agentvault_federation_v1_BridgeIdempotency__Output } from '../../../agentvault/federation/v1/BridgeIdempotency.js';

export interface BridgeRedeemRequest {
  'holder_did'?: (string);
  'origin_registry'?: (string);
  'receiver_did'?: (string);
  'amount'?: (string);
  'idempotency'?: (_agentvault_federation_v1_BridgeIdempotency | null);
}

export interface BridgeRedeemRequest__Output {
  'holder_did': (string);
  'origin_registry': (string);
  'receiver_did': (string);
  'amount': (string);
  'idempotency': (_agentvault_federation_v1_BridgeIdempotency__Output | null);
}
