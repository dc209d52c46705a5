// Original file: proto/agentvault/federation/v1/federation.proto


export interface AdminRef {
  'admin_id'?: (string);
}

export interface AdminRef__Output {
  'admin_id': (string);
}
