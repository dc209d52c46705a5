// Original file: proto/agentvault/marketplace/v1/marketplace.proto

import type { Listing as _agentvault_marketplace_v1_Listing, Listing__Output as _agentvault_marketplace_v1_Listing__Output } from '../../../agentvault/marketplace/v1/Listing.js';
import type { ServiceReputation as _agentvault_marketplace_v1_ServiceReputation, ServiceReputation__Output as _agentvault_marketplace_v1_ServiceReputation__Output } from '../../../agentvault/marketplace/v1/ServiceReputation.js';

export interface LeaderboardEntry {
  'service'?: (_agentvault_marketplace_v1_Listing | null);
  'reputation'?: (_agentvault_marketplace_v1_ServiceReputation | null);
}

export interface LeaderboardEntry__Output {
  'service': (_agentvault_marketplace_v1_Listing__Output | null);
  'reputation': (_agentvault_marketplace_v1_ServiceReputation__Output | null);
}
