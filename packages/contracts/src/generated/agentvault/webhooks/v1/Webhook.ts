// Original file: proto/agentvault/webhooks/v1/webhooks.proto


export interface Webhook {
  'id'?: (string);
  'developer_id'?: (string);
  'url'?: (string);
  'events'?: (string)[];
  'active'?: (boolean);
  'consecutive_failures'?: (number);
  'disabled_reason'?: (string);
  'created_at'?: (string);
  'updated_at'?: (string);
  'last_success_at'?: (string);
  'last_failure_at'?: (string);
}

export interface Webhook__Output {
  'id': (string);
  'developer_id': (string);
  'url': (string);
  'events': (string)[];
  'active': (boolean);
  'consecutive_failures': (number);
  'disabled_reason': (string);
  'created_at': (string);
  'updated_at': (string);
  'last_success_at': (string);
  'last_failure_at': (string);
}
