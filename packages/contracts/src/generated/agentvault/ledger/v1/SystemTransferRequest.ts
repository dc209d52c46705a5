// Original file: proto/agentvault/ledger/v1/ledger.proto

import type { Idempotency as _agentvault_ledger_v1_Idempotency, Idempotency__Output as _agentvault_ledger_v1_Idempotency__Output } from '../../../agentvault/ledger/v1/Idempotency.js';

export interface SystemTransferRequest {
  'sender_did'?: (string);
  'amount'?: (string);
  'purpose'?: (string);
  'idempotency'?: (_agentvault_ledger_v1_Idempotency | null);
}

export interface SystemTransferRequest__Output {
  'sender_did': (string);
  'amount': (string);
  'purpose': (string);
  'idempotency': (_agentvault_ledger_v1_Idempotency__Output | null);
}
