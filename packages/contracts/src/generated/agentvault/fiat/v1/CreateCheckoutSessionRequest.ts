// Original file: proto/agentvault/fiat/v1/fiat.proto


export interface CreateCheckoutSessionRequest {
  'eur_amount'?: (string);
  'developer_id'?: (string);
  'agent_did'?: (string);
  'customer_email'?: (string);
  'success_url'?: (string);
  'cancel_url'?: (string);
  'idempotency_key'?: (string);
}

export interface CreateCheckoutSessionRequest__Output {
  'eur_amount': (string);
  'developer_id': (string);
  'agent_did': (string);
  'customer_email': (string);
  'success_url': (string);
  'cancel_url': (string);
  'idempotency_key': (string);
}
