// Original file: proto/agentvault/fiat/v1/fiat.proto


export interface WebhookResult {
  'outcome'?: (string);
  'session_id'?: (string);
}

export interface WebhookResult__Output {
  'outcome': (string);
  'session_id': (string);
}
