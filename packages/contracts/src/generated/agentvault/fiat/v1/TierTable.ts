// Original file: proto/agentvault/fiat/v1/fiat.proto

import type { Tier as _agentvault_fiat_v1_Tier, Tier__Output as _agentvault_fiat_v1_Tier__Output } from '../../../agentvault/fiat/v1/Tier.js';

export interface TierTable {
  'currency'?: (string);
  'min_eur'?: (string);
  'max_eur'?: (string);
  'tiers'?: (_agentvault_fiat_v1_Tier)[];
}

export interface TierTable__Output {
  'currency': (string);
  'min_eur': (string);
  'max_eur': (string);
  'tiers': (_agentvault_fiat_v1_Tier__Output)[];
}
