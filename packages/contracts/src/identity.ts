import { defineContract, type Client } from '@agentvault/grpc';
import type { IdentityServiceDefinition } from './generated/agentvault/identity/v1/IdentityService.js';

/** The identity service's gRPC contract (proto/agentvault/identity/v1/identity.proto). */
export const identityContract = defineContract<IdentityServiceDefinition>({
  name: 'identity',
  proto: 'agentvault/identity/v1/identity.proto',
  service: 'agentvault.identity.v1.IdentityService',
  defaultPort: 50051,
});
export type IdentityContract = typeof identityContract;
export type IdentityClient = Client<IdentityContract>;
