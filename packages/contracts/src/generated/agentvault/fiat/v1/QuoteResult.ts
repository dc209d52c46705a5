// Original file: proto/agentvault/fiat/v1/fiat.proto

import type { Tier as _agentvault_fiat_v1_Tier, Tier__Output as _agentvault_fiat_v1_Tier__Output } from '../../../agentvault/fiat/v1/Tier.js';

export interface QuoteResult {
  'eur_amount'?: (string);
  'avt_amount'?: (string);
  'tier'?: (_agentvault_fiat_v1_Tier | null);
}

export interface QuoteResult__Output {
  'eur_amount': (string);
  'avt_amount': (string);
  'tier': (_agentvault_fiat_v1_Tier__Output | null);
}
