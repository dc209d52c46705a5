import { defineContract, type Client } from '@agentvault/grpc';
import type { MarketplaceServiceDefinition } from './generated/agentvault/marketplace/v1/MarketplaceService.js';

/** The marketplace service's gRPC contract (proto/agentvault/marketplace/v1/marketplace.proto). */
export const marketplaceContract = defineContract<MarketplaceServiceDefinition>({
  name: 'marketplace',
  proto: 'agentvault/marketplace/v1/marketplace.proto',
  service: 'agentvault.marketplace.v1.MarketplaceService',
  defaultPort: 50061,
});
export type MarketplaceContract = typeof marketplaceContract;
export type MarketplaceClient = Client<MarketplaceContract>;
