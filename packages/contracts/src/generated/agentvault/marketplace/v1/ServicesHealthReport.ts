// Original file: proto/agentvault/marketplace/v1/marketplace.proto

import type { ServiceHealth as _agentvault_marketplace_v1_ServiceHealth, ServiceHealth__Output as _agentvault_marketplace_v1_ServiceHealth__Output } from '../../../agentvault/marketplace/v1/ServiceHealth.js';

export interface ServicesHealthReport {
  'days'?: (number);
  'services'?: (_agentvault_marketplace_v1_ServiceHealth)[];
}

export interface ServicesHealthReport__Output {
  'days': (number);
  'services': (_agentvault_marketplace_v1_ServiceHealth__Output)[];
}
