// Original file: proto/agentvault/fiat/v1/fiat.proto


export interface Purchase {
  'session_id'?: (string);
  'checkout_url'?: (string);
  'status'?: (string);
  'eur_amount'?: (string);
  'avt_amount'?: (string);
  'tier'?: (number);
  'tier_name'?: (string);
  'flare'?: (string);
  'agent_did'?: (string);
  'developer_id'?: (string);
  'anonymous'?: (boolean);
  'claimed'?: (boolean);
  'credited_at'?: (string);
  'credit_transaction_id'?: (string);
  'refunded_eur'?: (string);
  'reversed_avt'?: (string);
  'shortfall_avt'?: (string);
  'expires_at'?: (string);
  'created_at'?: (string);
  'provider'?: (string);
}

export interface Purchase__Output {
  'session_id': (string);
  'checkout_url': (string);
  'status': (string);
  'eur_amount': (string);
  'avt_amount': (string);
  'tier': (number);
  'tier_name': (string);
  'flare': (string);
  'agent_did': (string);
  'developer_id': (string);
  'anonymous': (boolean);
  'claimed': (boolean);
  'credited_at': (string);
  'credit_transaction_id': (string);
  'refunded_eur': (string);
  'reversed_avt': (string);
  'shortfall_avt': (string);
  'expires_at': (string);
  'created_at': (string);
  'provider': (string);
}
