// Original file: proto/agentvault/ledger/v1/ledger.proto


export interface DeveloperRef {
  'developer_id'?: (string);
}

export interface DeveloperRef__Output {
  'developer_id': (string);
}
