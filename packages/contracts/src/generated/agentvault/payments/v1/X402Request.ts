// Original file: proto/agentvault/payments/v1/payments.proto


export interface X402Request {
  'agent_did'?: (string);
  'x402_version'?: (number);
  'payload_x402_version'?: (number);
  'payload_scheme'?: (string);
  'payload_network'?: (string);
  'payment_token'?: (string);
  'nonce'?: (string);
  'scheme'?: (string);
  'network'?: (string);
  'max_amount_required'?: (string);
  'pay_to'?: (string);
  'asset'?: (string);
  'resource'?: (string);
}

export interface X402Request__Output {
  'agent_did': (string);
  'x402_version': (number);
  'payload_x402_version': (number);
  'payload_scheme': (string);
  'payload_network': (string);
  'payment_token': (string);
  'nonce': (string);
  'scheme': (string);
  'network': (string);
  'max_amount_required': (string);
  'pay_to': (string);
  'asset': (string);
  'resource': (string);
}
