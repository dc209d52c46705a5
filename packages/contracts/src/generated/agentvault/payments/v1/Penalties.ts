// Original file: proto/agentvault/payments/v1/payments.proto


export interface Penalties {
  'reputation_adjustment'?: (number);
  'token_penalty'?: (string);
}

export interface Penalties__Output {
  'reputation_adjustment': (number);
  'token_penalty': (string);
}
