// Original file: proto/agentvault/payments/v1/payments.proto


export interface AuditorFlagBulkUpdate {
  'total_updated'?: (number);
  'status'?: (string);
  'admin_notes'?: (string);
}

export interface AuditorFlagBulkUpdate__Output {
  'total_updated': (number);
  'status': (string);
  'admin_notes': (string);
}
