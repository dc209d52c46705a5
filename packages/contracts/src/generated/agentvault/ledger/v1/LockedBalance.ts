// Original file: proto/agentvault/ledger/v1/ledger.proto


export interface LockedBalance {
  'agent_id'?: (string);
  'locked_balance'?: (string);
}

export interface LockedBalance__Output {
  'agent_id': (string);
  'locked_balance': (string);
}
