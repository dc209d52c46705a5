import { loadConfig, env, z } from '@agentvault/config';

export const paymentsConfigShape = {
  /** Where clients reach the payments service. */
  PAYMENTS_GRPC_ADDR: env.hostPort('127.0.0.1:50056'),
  /** Where it listens, when that differs (e.g. 0.0.0.0:50056 in a pod). */
  PAYMENTS_GRPC_BIND: z.string().regex(/^[^\s:]+:\d{1,5}$/, 'expected host:port').optional(),
  LEDGER_GRPC_ADDR: env.hostPort('127.0.0.1:50052'),
  GRPC_DEADLINE_MS: env.int(5000, 10),
  /** Lifetime of a payment token when authorize names none (15 minutes). */
  PAYMENT_TOKEN_DEFAULT_TTL_SECONDS: env.int(900, 1),
  PAYMENT_TOKEN_MAX_TTL_SECONDS: env.int(86_400, 1),
  /** How often expired tokens release their holds and interrupted settlements are finished. */
  PAYMENTS_SWEEP_INTERVAL_MS: env.int(5000, 10),
};

export type PaymentsConfig = ReturnType<typeof loadPaymentsConfig>;

export function loadPaymentsConfig(source: NodeJS.ProcessEnv = process.env) {
  return loadConfig(paymentsConfigShape, source);
}
