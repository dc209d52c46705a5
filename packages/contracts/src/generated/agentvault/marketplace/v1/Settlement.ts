// Original file: proto/agentvault/marketplace/v1/marketplace.proto


export interface Settlement {
  'id'?: (string);
  'provider_did'?: (string);
  'period_start'?: (string);
  'period_end'?: (string);
  'total_amount'?: (string);
  'platform_fee'?: (string);
  'net_amount'?: (string);
  'call_count'?: (number);
  'status'?: (string);
  'transaction_ids'?: (string)[];
  'created_at'?: (string);
  'paid_at'?: (string);
}

export interface Settlement__Output {
  'id': (string);
  'provider_did': (string);
  'period_start': (string);
  'period_end': (string);
  'total_amount': (string);
  'platform_fee': (string);
  'net_amount': (string);
  'call_count': (number);
  'status': (string);
  'transaction_ids': (string)[];
  'created_at': (string);
  'paid_at': (string);
}
