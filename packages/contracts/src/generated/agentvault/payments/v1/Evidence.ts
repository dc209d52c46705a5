// Original file: proto/agentvault/payments/v1/payments.proto


export interface Evidence {
  'pointer'?: (string);
  'submitted_by'?: (string);
  'description'?: (string);
  'submitted_at'?: (string);
}

export interface Evidence__Output {
  'pointer': (string);
  'submitted_by': (string);
  'description': (string);
  'submitted_at': (string);
}
