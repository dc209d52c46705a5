// Original file: proto/agentvault/marketplace/v1/marketplace.proto

import type { ProviderCommission as _agentvault_marketplace_v1_ProviderCommission, ProviderCommission__Output as _agentvault_marketplace_v1_ProviderCommission__Output } from '../../../agentvault/marketplace/v1/ProviderCommission.js';

export interface PlatformStats {
  'active_services'?: (number);
  'paused_services'?: (number);
  'removed_services'?: (number);
  'calls'?: (number);
  'paid_calls'?: (number);
  'failed_calls'?: (number);
  'buyers'?: (number);
  'gross'?: (string);
  'commission'?: (string);
  'settled'?: (string);
  'providers'?: (_agentvault_marketplace_v1_ProviderCommission)[];
}

export interface PlatformStats__Output {
  'active_services': (number);
  'paused_services': (number);
  'removed_services': (number);
  'calls': (number);
  'paid_calls': (number);
  'failed_calls': (number);
  'buyers': (number);
  'gross': (string);
  'commission': (string);
  'settled': (string);
  'providers': (_agentvault_marketplace_v1_ProviderCommission__Output)[];
}
