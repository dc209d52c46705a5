// Original file: proto/agentvault/payments/v1/payments.proto


export interface AuditorFlagUpdate {
  'flag_id'?: (string);
  'old_status'?: (string);
  'new_status'?: (string);
  'admin_notes'?: (string);
  'updated_at'?: (string);
}

export interface AuditorFlagUpdate__Output {
  'flag_id': (string);
  'old_status': (string);
  'new_status': (string);
  'admin_notes': (string);
  'updated_at': (string);
}
