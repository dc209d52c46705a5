// Original file: proto/agentvault/ledger/v1/ledger.proto

import type { FundingRequestRecord as _agentvault_ledger_v1_FundingRequestRecord, FundingRequestRecord__Output as _agentvault_ledger_v1_FundingRequestRecord__Output } from '../../../agentvault/ledger/v1/FundingRequestRecord.js';

export interface FundingRequestPage {
  'items'?: (_agentvault_ledger_v1_FundingRequestRecord)[];
  'total'?: (number);
}

export interface FundingRequestPage__Output {
  'items': (_agentvault_ledger_v1_FundingRequestRecord__Output)[];
  'total': (number);
}
