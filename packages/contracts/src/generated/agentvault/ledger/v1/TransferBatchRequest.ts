// Original file: proto/agentvault/ledger/v1/ledger.proto

import type { BatchTransfer as _agentvault_ledger_v1_BatchTransfer, BatchTransfer__Output as _agentvault_ledger_v1_BatchTransfer__Output } from '../../../agentvault/ledger/v1/BatchTransfer.js';
import type { Idempotency as _agentvault_ledger_v1_Idempotency, Idempotency__Output as _agentvault_ledger_v1_Idempotency__Output } from '../../../agentvault/ledger/v1/Idempotency.js';

export interface TransferBatchRequest {
  'sender_did'?: (string);
  'transfers'?: (_agentvault_ledger_v1_BatchTransfer)[];
  'atomic'?: (boolean);
  'idempotency'?: (_agentvault_ledger_v1_Idempotency | null);
}

export interface TransferBatchRequest__Output {
  'sender_did': (string);
  'transfers': (_agentvault_ledger_v1_BatchTransfer__Output)[];
  'atomic': (boolean);
  'idempotency': (_agentvault_ledger_v1_Idempotency__Output | null);
}
