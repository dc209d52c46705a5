// Original file: proto/agentvault/ledger/v1/ledger.proto

import type { Transaction as _agentvault_ledger_v1_Transaction, Transaction__Output as _agentvault_ledger_v1_Transaction__Output } from '../../../agentvault/ledger/v1/Transaction.js';

export interface TransactionResult {
  'transaction'?: (_agentvault_ledger_v1_Transaction | null);
  'replayed'?: (boolean);
}

export interface TransactionResult__Output {
  'transaction': (_agentvault_ledger_v1_Transaction__Output | null);
  'replayed': (boolean);
}
