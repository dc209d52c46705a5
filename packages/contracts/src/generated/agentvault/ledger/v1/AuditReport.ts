// Original file: proto/agentvault/ledger/v1/ledger.proto


export interface AuditReport {
  'total_minted'?: (string);
  'total_burned'?: (string);
  'circulating_supply'?: (string);
  'sum_of_balances'?: (string);
  'issuance_balance'?: (string);
  'unbalanced_transactions'?: (number);
  'negative_balances'?: (number);
  'consistent'?: (boolean);
}

export interface AuditReport__Output {
  'total_minted': (string);
  'total_burned': (string);
  'circulating_supply': (string);
  'sum_of_balances': (string);
  'issuance_balance': (string);
  'unbalanced_transactions': (number);
  'negative_balances': (number);
  'consistent': (boolean);
}
