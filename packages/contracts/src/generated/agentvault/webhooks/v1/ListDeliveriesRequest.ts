// Original file: proto/agentvault/webhooks/v1/webhooks.proto


export interface ListDeliveriesRequest {
  'developer_id'?: (string);
  'webhook_id'?: (string);
  'limit'?: (number);
  'offset'?: (number);
  'status'?: (string);
}

export interface ListDeliveriesRequest__Output {
  'developer_id': (string);
  'webhook_id': (string);
  'limit': (number);
  'offset': (number);
  'status': (string);
}
