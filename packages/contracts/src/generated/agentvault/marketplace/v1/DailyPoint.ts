// Original file: proto/agentvault/marketplace/v1/marketplace.proto


export interface DailyPoint {
  'date'?: (string);
  'calls'?: (number);
  'paid_calls'?: (number);
  'revenue'?: (string);
  'unique_buyers'?: (number);
  'unique_services'?: (number);
}

export interface DailyPoint__Output {
  'date': (string);
  'calls': (number);
  'paid_calls': (number);
  'revenue': (string);
  'unique_buyers': (number);
  'unique_services': (number);
}
