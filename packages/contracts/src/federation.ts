import { defineContract, type Client } from '@agentvault/grpc';
import type { FederationServiceDefinition } from './generated/agentvault/federation/v1/FederationService.js';

/** The federation service's gRPC contract (proto/agentvault/federation/v1/federation.proto). */
export const federationContract = defineContract<FederationServiceDefinition>({
  name: 'federation',
  proto: 'agentvault/federation/v1/federation.proto',
  service: 'agentvault.federation.v1.FederationService',
  defaultPort: 50060,
});
export type FederationContract = typeof federationContract;
export type FederationClient = Client<FederationContract>;
