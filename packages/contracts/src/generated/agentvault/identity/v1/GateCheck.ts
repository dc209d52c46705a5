// Original file: proto/agentvault/identity/v1/identity.proto


export interface GateCheck {
  'gate_id'?: (string);
  'gate_type'?: (string);
  'threshold'?: (number | string);
  'has_actual'?: (boolean);
  'actual'?: (number | string);
  'passed'?: (boolean);
}

export interface GateCheck__Output {
  'gate_id': (string);
  'gate_type': (string);
  'threshold': (number);
  'has_actual': (boolean);
  'actual': (number);
  'passed': (boolean);
}
