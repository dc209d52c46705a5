// Original file: proto/agentvault/payments/v1/payments.proto


export interface BulkUpdateAuditorFlagsRequest {
  'flag_ids'?: (string)[];
  'new_status'?: (string);
  'admin_notes'?: (string);
}

export interface BulkUpdateAuditorFlagsRequest__Output {
  'flag_ids': (string)[];
  'new_status': (string);
  'admin_notes': (string);
}
