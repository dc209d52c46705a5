// Original file: proto/agentvault/ledger/v1/ledger.proto

import type { WrappedBalance as _agentvault_ledger_v1_WrappedBalance, WrappedBalance__Output as _agentvault_ledger_v1_WrappedBalance__Output } from '../../../agentvault/ledger/v1/WrappedBalance.js';

export interface WrappedBalances {
  'agent_id'?: (string);
  'items'?: (_agentvault_ledger_v1_WrappedBalance)[];
}

export interface WrappedBalances__Output {
  'agent_id': (string);
  'items': (_agentvault_ledger_v1_WrappedBalance__Output)[];
}
