// Original file: proto/agentvault/webhooks/v1/webhooks.proto


export interface CreateWebhookRequest {
  'developer_id'?: (string);
  'url'?: (string);
  'events'?: (string)[];
}

export interface CreateWebhookRequest__Output {
  'developer_id': (string);
  'url': (string);
  'events': (string)[];
}
