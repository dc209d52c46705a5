// Original file: proto/agentvault/payments/v1/payments.proto


export interface X402Kind {
  'x402_version'?: (number);
  'scheme'?: (string);
  'network'?: (string);
}

export interface X402Kind__Output {
  'x402_version': (number);
  'scheme': (string);
  'network': (string);
}
