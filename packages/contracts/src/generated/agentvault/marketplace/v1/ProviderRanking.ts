// Original file: proto/agentvault/marketplace/v1/marketplace.proto

import type { ProviderRank as _agentvault_marketplace_v1_ProviderRank, ProviderRank__Output as _agentvault_marketplace_v1_ProviderRank__Output } from '../../../agentvault/marketplace/v1/ProviderRank.js';

export interface ProviderRanking {
  'days'?: (number);
  'providers'?: (_agentvault_marketplace_v1_ProviderRank)[];
}

export interface ProviderRanking__Output {
  'days': (number);
  'providers': (_agentvault_marketplace_v1_ProviderRank__Output)[];
}
