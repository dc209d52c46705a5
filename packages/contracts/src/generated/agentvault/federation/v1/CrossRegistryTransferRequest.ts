// Original file: proto/agentvault/federation/v1/federation.proto

import type { BridgeIdempotency as _agentvault_federation_v1_BridgeIdempotency, BridgeIdempotency__Output as _agentvault_federation_v1_BridgeIdempotency__Output } from '../../../agentvault/federation/v1/BridgeIdempotency.js';

export interface CrossRegistryTransferRequest {
  'sender_did'?: (string);
  'receiver_did'?: (string);
  'receiver_registry'?: (string);
  'amount'?: (string);
  'message'?: (string);
  'idempotency'?: (_agentvault_federation_v1_BridgeIdempotency | null);
  'purpose'?: (string);
  'payment_ref'?: (string);
  'hold_id'?: (string);
}

export interface CrossRegistryTransferRequest__Output {
  'sender_did': (string);
  'receiver_did': (string);
  'receiver_registry': (string);
  'amount': (string);
  'message': (string);
  'idempotency': (_agentvault_federation_v1_BridgeIdempotency__Output | null);
  'purpose': (string);
  'payment_ref': (string);
  'hold_id': (string);
}
