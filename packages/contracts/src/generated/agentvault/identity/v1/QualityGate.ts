// Original file: proto/agentvault/identity/v1/identity.proto


export interface QualityGate {
  'id'?: (string);
  'team_id'?: (string);
  'gate_type'?: (string);
  'threshold'?: (number | string);
  'gate_order'?: (number);
  'config_json'?: (string);
  'enabled'?: (boolean);
  'created_at'?: (string);
}

export interface QualityGate__Output {
  'id': (string);
  'team_id': (string);
  'gate_type': (string);
  'threshold': (number);
  'gate_order': (number);
  'config_json': (string);
  'enabled': (boolean);
  'created_at': (string);
}
