import { loadConfig, env, isSecretsKey, z } from '@agentvault/config';

export const webhooksConfigShape = {
  /** Deadline of one delivery attempt (resolve, connect, send, the receiver's answer). */
  WEBHOOK_TIMEOUT_MS: env.int(10_000, 100),
  /** The unit of the retry schedule 1 → 5 → 15 → 60 → 360 units (a minute: 1m → 5m → 15m → 1h → 6h). */
  WEBHOOK_RETRY_UNIT_MS: env.int(60_000, 1),
  /** Lets webhooks target loopback, private and link-local addresses (local development and tests only). */
  WEBHOOK_ALLOW_PRIVATE_TARGETS: env.bool(false),
  WEBHOOK_MAX_PER_DEVELOPER: env.int(10, 1),
  /** Delivery attempts in flight at once, per process. */
  WEBHOOK_CONCURRENCY: env.int(128, 1),
  /** Longest pause between looks at the delivery schedule. */
  WEBHOOK_POLL_MS: env.int(1000, 10),
  /** Finished deliveries stay in the history this long. */
  WEBHOOK_DELIVERY_RETENTION_DAYS: env.int(30, 1),
  /**
   * 32 bytes, base64: seals the signing secrets at rest (AES-256-GCM). Required in production
   * (NODE_ENV=production); elsewhere unset means a key generated once into DATA_DIR/keys/.
   */
  WEBHOOK_SECRETS_KEY: z.string().refine(isSecretsKey, 'expected 32 bytes, base64-encoded (openssl rand -base64 32)').optional(),
};

export type WebhooksConfig = ReturnType<typeof loadWebhooksConfig>;

export function loadWebhooksConfig(source: NodeJS.ProcessEnv = process.env) {
  return loadConfig(webhooksConfigShape, source);
}
