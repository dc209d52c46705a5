// Original file: proto/agentvault/marketplace/v1/marketplace.proto

import type { Listing as _agentvault_marketplace_v1_Listing, Listing__Output as _agentvault_marketplace_v1_Listing__Output } from '../../../agentvault/marketplace/v1/Listing.js';

export interface ListingPage {
  'items'?: (_agentvault_marketplace_v1_Listing)[];
  'total'?: (number);
}

export interface ListingPage__Output {
  'items': (_agentvault_marketplace_v1_Listing__Output)[];
  'total': (number);
}
