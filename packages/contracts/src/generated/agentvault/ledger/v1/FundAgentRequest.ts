// Original file: proto/agentvault/ledger/v1/ledger.proto

import type { Idempotency as _agentvault_ledger_v1_Idempotency, Idempotency__Output as _agentvault_ledger_v1_Idempotency__Output } from '../../../agentvault/ledger/v1/Idempotency.js';

export interface FundAgentRequest {
  'agent_did'?: (string);
  'amount'?: (string);
  'reason'?: (string);
  'idempotency'?: (_agentvault_ledger_v1_Idempotency | null);
}

export interface FundAgentRequest__Output {
  'agent_did': (string);
  'amount': (string);
  'reason': (string);
  'idempotency': (_agentvault_ledger_v1_Idempotency__Output | null);
}
