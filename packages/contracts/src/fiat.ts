import { defineContract, type Client } from '@agentvault/grpc';
import type { FiatServiceDefinition } from './generated/agentvault/fiat/v1/FiatService.js';

/** The fiat service's gRPC contract (proto/agentvault/fiat/v1/fiat.proto). */
export const fiatContract = defineContract<FiatServiceDefinition>({
  name: 'fiat',
  proto: 'agentvault/fiat/v1/fiat.proto',
  service: 'agentvault.fiat.v1.FiatService',
  defaultPort: 50057,
});
export type FiatContract = typeof fiatContract;
export type FiatClient = Client<FiatContract>;
