// Original file: proto/agentvault/identity/v1/identity.proto


export interface Developer {
  'id'?: (string);
  'name'?: (string);
  'email'?: (string);
  'role'?: (string);
  'is_admin'?: (boolean);
  'is_verified'?: (boolean);
  'totp_enabled'?: (boolean);
  'created_at'?: (string);
}

export interface Developer__Output {
  'id': (string);
  'name': (string);
  'email': (string);
  'role': (string);
  'is_admin': (boolean);
  'is_verified': (boolean);
  'totp_enabled': (boolean);
  'created_at': (string);
}
