// Original file: proto/agentvault/federation/v1/federation.proto

import type { TransferStep as _agentvault_federation_v1_TransferStep, TransferStep__Output as _agentvault_federation_v1_TransferStep__Output } from '../../../agentvault/federation/v1/TransferStep.js';

export interface CrossRegistryTransfer {
  'transfer_id'?: (string);
  'kind'?: (string);
  'status'?: (string);
  'state'?: (string);
  'sender_agent_id'?: (string);
  'receiver_agent_id'?: (string);
  'source_registry'?: (string);
  'target_registry'?: (string);
  'target_registry_name'?: (string);
  'amount'?: (string);
  'message'?: (string);
  'failure_reason'?: (string);
  'steps'?: (_agentvault_federation_v1_TransferStep)[];
  'created_at'?: (string);
  'updated_at'?: (string);
  'replayed'?: (boolean);
  'purpose'?: (string);
  'payment_ref'?: (string);
}

export interface CrossRegistryTransfer__Output {
  'transfer_id': (string);
  'kind': (string);
  'status': (string);
  'state': (string);
  'sender_agent_id': (string);
  'receiver_agent_id': (string);
  'source_registry': (string);
  'target_registry': (string);
  'target_registry_name': (string);
  'amount': (string);
  'message': (string);
  'failure_reason': (string);
  'steps': (_agentvault_federation_v1_TransferStep__Output)[];
  'created_at': (string);
  'updated_at': (string);
  'replayed': (boolean);
  'purpose': (string);
  'payment_ref': (string);
}
