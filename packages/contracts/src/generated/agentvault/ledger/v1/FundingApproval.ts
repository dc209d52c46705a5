// Original file: proto/agentvault/ledger/v1/ledger.proto

import type { FundingRequestRecord as _agentvault_ledger_v1_FundingRequestRecord, FundingRequestRecord__Output as _agentvault_ledger_v1_FundingRequestRecord__Output } from '../../../agentvault/ledger/v1/FundingRequestRecord.js';
import type { Transaction as _agentvault_ledger_v1_Transaction, Transaction__Output as _agentvault_ledger_v1_Transaction__Output } from '../../../agentvault/ledger/v1/Transaction.js';

export interface FundingApproval {
  'request'?: (_agentvault_ledger_v1_FundingRequestRecord | null);
  'transaction'?: (_agentvault_ledger_v1_Transaction | null);
}

export interface FundingApproval__Output {
  'request': (_agentvault_ledger_v1_FundingRequestRecord__Output | null);
  'transaction': (_agentvault_ledger_v1_Transaction__Output | null);
}
