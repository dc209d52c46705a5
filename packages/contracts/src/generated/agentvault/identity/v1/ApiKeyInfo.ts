// Original file: proto/agentvault/identity/v1/identity.proto


export interface ApiKeyInfo {
  'id'?: (string);
  'prefix'?: (string);
  'description'?: (string);
  'is_active'?: (boolean);
  'created_at'?: (string);
  'last_used_at'?: (string);
}

export interface ApiKeyInfo__Output {
  'id': (string);
  'prefix': (string);
  'description': (string);
  'is_active': (boolean);
  'created_at': (string);
  'last_used_at': (string);
}
