import { createServiceClient, serviceConstructor, type ClientOptions, type ServiceClient } from '@agentvault/grpc';

export const PAYMENTS_PROTO = 'agentvault/payments/v1/payments.proto';
export const PAYMENTS_SERVICE = 'agentvault.payments.v1.PaymentsService';

/** A client of the payments service (for the gateway). */
export function createPaymentsClient(address: string, options: ClientOptions = {}): ServiceClient {
  return createServiceClient(serviceConstructor(PAYMENTS_PROTO, PAYMENTS_SERVICE), address, { name: 'payments', ...options });
}
