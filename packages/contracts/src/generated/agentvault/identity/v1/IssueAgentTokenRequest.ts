// Original file: proto/agentvault/identity/v1/identity.proto


export interface IssueAgentTokenRequest {
  'client_id'?: (string);
  'client_secret'?: (string);
}

export interface IssueAgentTokenRequest__Output {
  'client_id': (string);
  'client_secret': (string);
}
