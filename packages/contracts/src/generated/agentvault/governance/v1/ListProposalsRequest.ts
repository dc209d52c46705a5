// Original file: proto/agentvault/governance/v1/governance.proto


export interface ListProposalsRequest {
  'status'?: (string);
  'limit'?: (number);
  'offset'?: (number);
}

export interface ListProposalsRequest__Output {
  'status': (string);
  'limit': (number);
  'offset': (number);
}
