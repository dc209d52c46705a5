import { createServiceClient, serviceConstructor, type ClientOptions, type ServiceClient } from '@agentvault/grpc';

export const LEDGER_PROTO = 'agentvault/ledger/v1/ledger.proto';
export const LEDGER_SERVICE = 'agentvault.ledger.v1.LedgerService';

export function createLedgerClient(address: string, options: ClientOptions = {}): ServiceClient {
  return createServiceClient(serviceConstructor(LEDGER_PROTO, LEDGER_SERVICE), address, { name: 'ledger', ...options });
}
