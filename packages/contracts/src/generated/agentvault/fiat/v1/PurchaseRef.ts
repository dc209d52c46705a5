// Original file: proto/agentvault/fiat/v1/fiat.proto


export interface PurchaseRef {
  'session_id'?: (string);
}

export interface PurchaseRef__Output {
  'session_id': (string);
}
