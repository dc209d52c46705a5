// Original file: proto/agentvault/marketplace/v1/marketplace.proto

import type { ServiceStats as _agentvault_marketplace_v1_ServiceStats, ServiceStats__Output as _agentvault_marketplace_v1_ServiceStats__Output } from '../../../agentvault/marketplace/v1/ServiceStats.js';

export interface ServiceStatsList {
  'items'?: (_agentvault_marketplace_v1_ServiceStats)[];
}

export interface ServiceStatsList__Output {
  'items': (_agentvault_marketplace_v1_ServiceStats__Output)[];
}
