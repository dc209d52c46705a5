// Original file: proto/agentvault/payments/v1/payments.proto


export interface UpdateAuditorFlagRequest {
  'flag_id'?: (string);
  'new_status'?: (string);
  'admin_notes'?: (string);
}

export interface UpdateAuditorFlagRequest__Output {
  'flag_id': (string);
  'new_status': (string);
  'admin_notes': (string);
}
