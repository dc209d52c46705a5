// Original file: proto/agentvault/ledger/v1/ledger.proto

import type { Transaction as _agentvault_ledger_v1_Transaction, Transaction__Output as _agentvault_ledger_v1_Transaction__Output } from '../../../agentvault/ledger/v1/Transaction.js';

export interface LockFundsResult {
  'transaction'?: (_agentvault_ledger_v1_Transaction | null);
  'replayed'?: (boolean);
  'liquid_balance'?: (string);
  'locked_balance'?: (string);
}

export interface LockFundsResult__Output {
  'transaction': (_agentvault_ledger_v1_Transaction__Output | null);
  'replayed': (boolean);
  'liquid_balance': (string);
  'locked_balance': (string);
}
