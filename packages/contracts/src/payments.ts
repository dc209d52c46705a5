import { defineContract, type Client } from '@agentvault/grpc';
import type { PaymentsServiceDefinition } from './generated/agentvault/payments/v1/PaymentsService.js';

/** The payments service's gRPC contract (proto/agentvault/payments/v1/payments.proto). */
export const paymentsContract = defineContract<PaymentsServiceDefinition>({
  name: 'payments',
  proto: 'agentvault/payments/v1/payments.proto',
  service: 'agentvault.payments.v1.PaymentsService',
  defaultPort: 50056,
});
export type PaymentsContract = typeof paymentsContract;
export type PaymentsClient = Client<PaymentsContract>;
