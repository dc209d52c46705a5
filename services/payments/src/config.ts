import { loadConfig, env } from '@agentvault/config';

export const paymentsConfigShape = {
  /** Lifetime of a payment token when authorize names none (15 minutes). */
  PAYMENT_TOKEN_DEFAULT_TTL_SECONDS: env.int(900, 1),
  PAYMENT_TOKEN_MAX_TTL_SECONDS: env.int(86_400, 1),
  /** How often expired tokens release their holds and interrupted settlements and contract creations are finished. */
  PAYMENTS_SWEEP_INTERVAL_MS: env.int(5000, 10),
  /** How long a contract may stay PENDING (recorded, hold unconfirmed) before the sweep abandons it and voids its hold; above GRPC_DEADLINE_MS. */
  CONTRACT_PENDING_GRACE_MS: env.int(60_000, 1),
  /** HIGH_VELOCITY_TRANSFERS until an administrator configures it: more than N transfers by one agent within M seconds raise a flag. */
  AUDITOR_VELOCITY_MAX_TRANSFERS: env.int(20, 1),
  AUDITOR_VELOCITY_WINDOW_SECONDS: env.int(60, 1),
};

export type PaymentsConfig = ReturnType<typeof loadPaymentsConfig>;

export function loadPaymentsConfig(source: NodeJS.ProcessEnv = process.env) {
  return loadConfig(paymentsConfigShape, source);
}
