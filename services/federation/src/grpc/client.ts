import { createServiceClient, serviceConstructor, type ClientOptions, type ServiceClient } from '@agentvault/grpc';

export const FEDERATION_PROTO = 'agentvault/federation/v1/federation.proto';
export const FEDERATION_SERVICE = 'agentvault.federation.v1.FederationService';

/** A client of the federation service (for the gateway). */
export function createFederationClient(address: string, options: ClientOptions = {}): ServiceClient {
  return createServiceClient(serviceConstructor(FEDERATION_PROTO, FEDERATION_SERVICE), address, { name: 'federation', ...options });
}
