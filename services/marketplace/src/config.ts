import { loadConfig, env, z } from '@agentvault/config';
import { invocationConfigShape } from './config-invocation.js';

export const marketplaceConfigShape = {
  ...invocationConfigShape,
  /** Deadline of one proxied call to a provider (connect, send, the whole answer); at most a minute. */
  MARKETPLACE_PROXY_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(30_000),
  /** Lets listings point at loopback, private and link-local addresses (local development and tests only). */
  MARKETPLACE_ALLOW_PRIVATE_ENDPOINTS: env.bool(false),
  /** The platform's commission on each paid call, in basis points (1000 = 10%); it goes to the treasury. */
  MARKETPLACE_COMMISSION_BPS: z.coerce.number().int().min(0).max(10_000).default(1000),
  /** Largest provider answer passed back to the buyer; a longer one is a 502. */
  MARKETPLACE_MAX_RESPONSE_BYTES: env.int(1_048_576, 1),
  /** How often calls interrupted by a crash are found and their holds given back. */
  MARKETPLACE_RECOVERY_INTERVAL_MS: env.int(5000, 10),
  /**
   * A call still in flight this long after it started was cut off by a crash: failed, its hold
   * given back. Unset: the proxy timeout plus two gRPC deadlines plus a second.
   */
  MARKETPLACE_STALE_CALL_MS: z.coerce.number().int().min(100).optional(),
  /** One settlement period per provider; periods are aligned on the Unix epoch (the default, a day: UTC midnights). */
  MARKETPLACE_SETTLEMENT_PERIOD_MS: env.int(86_400_000, 1000),
  /** How often the settlement worker looks for closed periods to settle and pay; 0 turns it off (the admin trigger still works). */
  MARKETPLACE_SETTLEMENT_INTERVAL_MS: env.int(60_000, 0),
  /** A period is settled this long after it ended, so calls that finished at its very end are recorded first. */
  MARKETPLACE_SETTLEMENT_GRACE_MS: env.int(10_000, 0),
};

export type MarketplaceConfig = ReturnType<typeof loadMarketplaceConfig>;

export function loadMarketplaceConfig(source: NodeJS.ProcessEnv = process.env) {
  return loadConfig(marketplaceConfigShape, source);
}
