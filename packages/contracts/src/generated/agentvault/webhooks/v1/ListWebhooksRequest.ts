// Original file: proto/agentvault/webhooks/v1/webhooks.proto


export interface ListWebhooksRequest {
  'developer_id'?: (string);
  'limit'?: (number);
  'offset'?: (number);
}

export interface ListWebhooksRequest__Output {
  'developer_id': (string);
  'limit': (number);
  'offset': (number);
}
