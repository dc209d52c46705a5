// Original file: proto/agentvault/marketplace/v1/marketplace.proto

import type { BuyerSpend as _agentvault_marketplace_v1_BuyerSpend, BuyerSpend__Output as _agentvault_marketplace_v1_BuyerSpend__Output } from '../../../agentvault/marketplace/v1/BuyerSpend.js';

export interface BuyerMetrics {
  'days'?: (number);
  'total_buyers_all_time'?: (number);
  'active_buyers'?: (number);
  'new_buyers'?: (number);
  'repeat_buyers'?: (number);
  'repeat_rate'?: (number | string);
  'avg_calls_per_buyer'?: (number | string);
  'top_spenders'?: (_agentvault_marketplace_v1_BuyerSpend)[];
}

export interface BuyerMetrics__Output {
  'days': (number);
  'total_buyers_all_time': (number);
  'active_buyers': (number);
  'new_buyers': (number);
  'repeat_buyers': (number);
  'repeat_rate': (number);
  'avg_calls_per_buyer': (number);
  'top_spenders': (_agentvault_marketplace_v1_BuyerSpend__Output)[];
}
