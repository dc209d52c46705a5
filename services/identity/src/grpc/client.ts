import { createServiceClient, serviceConstructor, type ClientOptions, type ServiceClient } from '@agentvault/grpc';

export const IDENTITY_PROTO = 'agentvault/identity/v1/identity.proto';
export const IDENTITY_SERVICE = 'agentvault.identity.v1.IdentityService';

/** A client of the identity service for other services (the gateway first of all). */
export function createIdentityClient(address: string, options: ClientOptions = {}): ServiceClient {
  return createServiceClient(serviceConstructor(IDENTITY_PROTO, IDENTITY_SERVICE), address, { name: 'identity', ...options });
}
