// Original file: proto/agentvault/ledger/v1/ledger.proto

import type { BatchTransferOutcome as _agentvault_ledger_v1_BatchTransferOutcome, BatchTransferOutcome__Output as _agentvault_ledger_v1_BatchTransferOutcome__Output } from '../../../agentvault/ledger/v1/BatchTransferOutcome.js';

export interface TransferBatchResult {
  'results'?: (_agentvault_ledger_v1_BatchTransferOutcome)[];
  'completed'?: (number);
  'failed'?: (number);
  'new_sender_balance'?: (string);
  'replayed'?: (boolean);
}

export interface TransferBatchResult__Output {
  'results': (_agentvault_ledger_v1_BatchTransferOutcome__Output)[];
  'completed': (number);
  'failed': (number);
  'new_sender_balance': (string);
  'replayed': (boolean);
}
