// Original file: proto/agentvault/webhooks/v1/webhooks.proto


export interface WebhookRef {
  'developer_id'?: (string);
  'id'?: (string);
}

export interface WebhookRef__Output {
  'developer_id': (string);
  'id': (string);
}
