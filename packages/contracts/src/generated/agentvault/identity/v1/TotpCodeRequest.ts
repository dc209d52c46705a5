// Original file: proto/agentvault/identity/v1/identity.proto


export interface TotpCodeRequest {
  'developer_id'?: (string);
  'code'?: (string);
}

export interface TotpCodeRequest__Output {
  'developer_id': (string);
  'code': (string);
}
