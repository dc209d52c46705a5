// Original file: proto/agentvault/ledger/v1/ledger.proto


export interface PostHoldRequest {
  'hold_id'?: (string);
  'amount'?: (string);
  'receiver_did'?: (string);
  'payment_token_id'?: (string);
  'commission_amount'?: (string);
}

export interface PostHoldRequest__Output {
  'hold_id': (string);
  'amount': (string);
  'receiver_did': (string);
  'payment_token_id': (string);
  'commission_amount': (string);
}
