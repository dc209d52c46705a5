// Original file: proto/agentvault/ledger/v1/ledger.proto


export interface IssueTokensRequest {
  'recipient_did'?: (string);
  'amount'?: (string);
  'reason'?: (string);
}

export interface IssueTokensRequest__Output {
  'recipient_did': (string);
  'amount': (string);
  'reason': (string);
}
