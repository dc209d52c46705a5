// Original file: proto/agentvault/webhooks/v1/webhooks.proto


export interface UpdateWebhookRequest {
  'developer_id'?: (string);
  'id'?: (string);
  'set_url'?: (boolean);
  'url'?: (string);
  'set_events'?: (boolean);
  'events'?: (string)[];
  'set_active'?: (boolean);
  'active'?: (boolean);
}

export interface UpdateWebhookRequest__Output {
  'developer_id': (string);
  'id': (string);
  'set_url': (boolean);
  'url': (string);
  'set_events': (boolean);
  'events': (string)[];
  'set_active': (boolean);
  'active': (boolean);
}
