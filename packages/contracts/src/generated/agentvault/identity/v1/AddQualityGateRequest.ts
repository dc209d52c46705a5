// Original file: proto/agentvault/identity/v1/identity.proto


export interface AddQualityGateRequest {
  'developer_id'?: (string);
  'team_id'?: (string);
  'gate_type'?: (string);
  'threshold'?: (number | string);
  'gate_order'?: (number);
  'config_json'?: (string);
}

export interface AddQualityGateRequest__Output {
  'developer_id': (string);
  'team_id': (string);
  'gate_type': (string);
  'threshold': (number);
  'gate_order': (number);
  'config_json': (string);
}
