// Original file: proto/agentvault/fiat/v1/fiat.proto


export interface QuoteRequest {
  'eur_amount'?: (string);
}

export interface QuoteRequest__Output {
  'eur_amount': (string);
}
