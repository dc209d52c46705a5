// Original file: proto/agentvault/ledger/v1/ledger.proto

import type { LockedBalance as _agentvault_ledger_v1_LockedBalance, LockedBalance__Output as _agentvault_ledger_v1_LockedBalance__Output } from '../../../agentvault/ledger/v1/LockedBalance.js';

export interface LockedBalances {
  'items'?: (_agentvault_ledger_v1_LockedBalance)[];
}

export interface LockedBalances__Output {
  'items': (_agentvault_ledger_v1_LockedBalance__Output)[];
}
