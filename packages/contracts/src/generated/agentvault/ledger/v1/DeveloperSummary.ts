// Original file: proto/agentvault/ledger/v1/ledger.proto


export interface DeveloperSummary {
  'total_liquid_balance'?: (string);
  'total_staked_balance'?: (string);
  'total_balance'?: (string);
  'aggregate_reputation_score'?: (number | string);
  'agent_count'?: (number);
  'active_agent_count'?: (number);
}

export interface DeveloperSummary__Output {
  'total_liquid_balance': (string);
  'total_staked_balance': (string);
  'total_balance': (string);
  'aggregate_reputation_score': (number);
  'agent_count': (number);
  'active_agent_count': (number);
}
