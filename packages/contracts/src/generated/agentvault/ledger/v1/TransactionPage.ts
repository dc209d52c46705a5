// Original file: proto/agentvault/ledger/v1/ledger.proto

import type { Transaction as _agentvault_ledger_v1_Transaction, Transaction__Output as _agentvault_ledger_v1_Transaction__Output } from '../../../agentvault/ledger/v1/Transaction.js';

export interface TransactionPage {
  'items'?: (_agentvault_ledger_v1_Transaction)[];
  'total'?: (number);
}

export interface TransactionPage__Output {
  'items': (_agentvault_ledger_v1_Transaction__Output)[];
  'total': (number);
}
