// Original file: proto/agentvault/ledger/v1/ledger.proto


export interface ListFundingRequestsRequest {
  'agent_did'?: (string);
  'status'?: (string);
  'limit'?: (number);
  'offset'?: (number);
}

export interface ListFundingRequestsRequest__Output {
  'agent_did': (string);
  'status': (string);
  'limit': (number);
  'offset': (number);
}
