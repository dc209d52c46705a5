import { defineContract, type Client } from '@agentvault/grpc';
import type { LedgerServiceDefinition } from './generated/agentvault/ledger/v1/LedgerService.js';

/** The ledger service's gRPC contract (proto/agentvault/ledger/v1/ledger.proto). */
export const ledgerContract = defineContract<LedgerServiceDefinition>({
  name: 'ledger',
  proto: 'agentvault/ledger/v1/ledger.proto',
  service: 'agentvault.ledger.v1.LedgerService',
  defaultPort: 50052,
});
export type LedgerContract = typeof ledgerContract;
export type LedgerClient = Client<LedgerContract>;
