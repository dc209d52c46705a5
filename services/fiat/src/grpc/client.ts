import { createServiceClient, serviceConstructor, type ClientOptions, type ServiceClient } from '@agentvault/grpc';

export const FIAT_PROTO = 'agentvault/fiat/v1/fiat.proto';
export const FIAT_SERVICE = 'agentvault.fiat.v1.FiatService';

/** A client of the fiat service (for the gateway). */
export function createFiatClient(address: string, options: ClientOptions = {}): ServiceClient {
  return createServiceClient(serviceConstructor(FIAT_PROTO, FIAT_SERVICE), address, { name: 'fiat', ...options });
}
