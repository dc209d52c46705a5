// Original file: proto/agentvault/marketplace/v1/marketplace.proto

import type { PaymentBucket as _agentvault_marketplace_v1_PaymentBucket, PaymentBucket__Output as _agentvault_marketplace_v1_PaymentBucket__Output } from '../../../agentvault/marketplace/v1/PaymentBucket.js';

export interface PaymentSummary {
  'paid'?: (_agentvault_marketplace_v1_PaymentBucket | null);
  'free_tier'?: (_agentvault_marketplace_v1_PaymentBucket | null);
  'failed'?: (_agentvault_marketplace_v1_PaymentBucket | null);
  'settled'?: (_agentvault_marketplace_v1_PaymentBucket | null);
  'pending'?: (_agentvault_marketplace_v1_PaymentBucket | null);
  'commission'?: (string);
  'commission_settled'?: (string);
}

export interface PaymentSummary__Output {
  'paid': (_agentvault_marketplace_v1_PaymentBucket__Output | null);
  'free_tier': (_agentvault_marketplace_v1_PaymentBucket__Output | null);
  'failed': (_agentvault_marketplace_v1_PaymentBucket__Output | null);
  'settled': (_agentvault_marketplace_v1_PaymentBucket__Output | null);
  'pending': (_agentvault_marketplace_v1_PaymentBucket__Output | null);
  'commission': (string);
  'commission_settled': (string);
}
