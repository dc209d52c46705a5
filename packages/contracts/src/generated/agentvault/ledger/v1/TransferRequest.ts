// Original file: proto/agentvault/ledger/v1/ledger.proto

import type { Idempotency as _agentvault_ledger_v1_Idempotency, Idempotency__Output as _agentvault_ledger_v1_Idempotency__Output } from '../../../agentvault/ledger/v1/Idempotency.js';

export interface TransferRequest {
  'sender_did'?: (string);
  'receiver_did'?: (string);
  'amount'?: (string);
  'message'?: (string);
  'idempotency'?: (_agentvault_ledger_v1_Idempotency | null);
}

export interface TransferRequest__Output {
  'sender_did': (string);
  'receiver_did': (string);
  'amount': (string);
  'message': (string);
  'idempotency': (_agentvault_ledger_v1_Idempotency__Output | null);
}
