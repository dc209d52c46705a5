import { env, z } from '@agentvault/config';

/** Settings of invocation and tasks (joined into the marketplace's config). */
export const invocationConfigShape = {
  /** Seals webhook agents' signing secrets at rest: 32 bytes, base64. Required in production; elsewhere one kept in DATA_DIR. */
  MARKETPLACE_SECRETS_KEY: z.string().optional(),
  /**
   * An open webhook task this long past its deadline was cut off by a crash: timed out, its hold
   * given back. Unset: two gRPC deadlines plus a second (the ledger round trips after the answer).
   */
  MARKETPLACE_INVOCATION_GRACE_MS: z.coerce.number().int().min(0).optional(),
  /** How often open tasks past their deadline are timed out and unfinished holds posted or given back. */
  MARKETPLACE_INVOCATION_RECOVERY_INTERVAL_MS: env.int(2000, 10),
};
