// Original file: proto/agentvault/identity/v1/identity.proto


export interface Principal {
  'developer_id'?: (string);
  'role'?: (string);
  'organization_id'?: (string);
  'organization_requests_per_minute'?: (number);
}

export interface Principal__Output {
  'developer_id': (string);
  'role': (string);
  'organization_id': (string);
  'organization_requests_per_minute': (number);
}
