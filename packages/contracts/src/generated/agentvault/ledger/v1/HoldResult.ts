// Original file: proto/agentvault/ledger/v1/ledger.proto

import type { Hold as _agentvault_ledger_v1_Hold, Hold__Output as _agentvault_ledger_v1_Hold__Output } from '../../../agentvault/ledger/v1/Hold.js';
import type { Transaction as _agentvault_ledger_v1_Transaction, Transaction__Output as _agentvault_ledger_v1_Transaction__Output } from '../../../agentvault/ledger/v1/Transaction.js';

export interface HoldResult {
  'hold'?: (_agentvault_ledger_v1_Hold | null);
  'transaction'?: (_agentvault_ledger_v1_Transaction | null);
  'replayed'?: (boolean);
}

export interface HoldResult__Output {
  'hold': (_agentvault_ledger_v1_Hold__Output | null);
  'transaction': (_agentvault_ledger_v1_Transaction__Output | null);
  'replayed': (boolean);
}
