// Original file: proto/agentvault/ledger/v1/ledger.proto

import type { Balance as _agentvault_ledger_v1_Balance, Balance__Output as _agentvault_ledger_v1_Balance__Output } from '../../../agentvault/ledger/v1/Balance.js';

export interface Balances {
  'items'?: (_agentvault_ledger_v1_Balance)[];
}

export interface Balances__Output {
  'items': (_agentvault_ledger_v1_Balance__Output)[];
}
