// Original file: proto/agentvault/ledger/v1/ledger.proto

import type { ReputationHistoryEntry as _agentvault_ledger_v1_ReputationHistoryEntry, ReputationHistoryEntry__Output as _agentvault_ledger_v1_ReputationHistoryEntry__Output } from '../../../agentvault/ledger/v1/ReputationHistoryEntry.js';

export interface ReputationHistoryPage {
  'items'?: (_agentvault_ledger_v1_ReputationHistoryEntry)[];
  'total'?: (number);
}

export interface ReputationHistoryPage__Output {
  'items': (_agentvault_ledger_v1_ReputationHistoryEntry__Output)[];
  'total': (number);
}
