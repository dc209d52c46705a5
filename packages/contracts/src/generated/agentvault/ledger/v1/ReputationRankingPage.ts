// Original file: proto/agentvault/ledger/v1/ledger.proto

import type { Reputation as _agentvault_ledger_v1_Reputation, Reputation__Output as _agentvault_ledger_v1_Reputation__Output } from '../../../agentvault/ledger/v1/Reputation.js';

export interface ReputationRankingPage {
  'items'?: (_agentvault_ledger_v1_Reputation)[];
  'total'?: (number);
}

export interface ReputationRankingPage__Output {
  'items': (_agentvault_ledger_v1_Reputation__Output)[];
  'total': (number);
}
