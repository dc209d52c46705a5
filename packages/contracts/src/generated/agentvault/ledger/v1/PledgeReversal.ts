// Original file: proto/agentvault/ledger/v1/ledger.proto

import type { Transaction as _agentvault_ledger_v1_Transaction, Transaction__Output as _agentvault_ledger_v1_Transaction__Output } from '../../../agentvault/ledger/v1/Transaction.js';

export interface PledgeReversal {
  'transaction'?: (_agentvault_ledger_v1_Transaction | null);
  'replayed'?: (boolean);
  'requested'?: (string);
  'taken'?: (string);
  'shortfall'?: (string);
}

export interface PledgeReversal__Output {
  'transaction': (_agentvault_ledger_v1_Transaction__Output | null);
  'replayed': (boolean);
  'requested': (string);
  'taken': (string);
  'shortfall': (string);
}
