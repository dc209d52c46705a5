import { loadConfig, env, z } from '@agentvault/config';

const decimal = (fallback: string) => z.string().regex(/^\d+(\.\d{1,18})?$/, 'expected a decimal such as 5.5').default(fallback);

export const stakingConfigShape = {
  /** How long unstaked AVT stays locked before it returns to the liquid balance. */
  STAKING_UNBONDING_SECONDS: env.int(7 * 24 * 3600, 0),
  /** Reward cycles run this often; 0 runs them only when an administrator triggers one. */
  STAKING_REWARD_INTERVAL_SECONDS: env.int(24 * 3600, 0),
  /** Percent per year while no reward configuration is active. */
  STAKING_DEFAULT_APY: decimal('5'),
  /** How often due unbondings are released and stalled stakes finished. */
  STAKING_WORKER_POLL_MS: env.int(1000, 10),
  /** The veToken boost: up to GOVERNANCE_MAX_BOOST× for a lock of GOVERNANCE_MAX_LOCK_DAYS or more. */
  GOVERNANCE_MAX_BOOST: z.string().regex(/^\d{1,4}(\.\d{1,4})?$/, 'expected a multiplier such as 2.5').default('2.5'),
  GOVERNANCE_MAX_LOCK_DAYS: env.int(365, 1),
};

export type StakingConfig = ReturnType<typeof loadStakingConfig>;

export function loadStakingConfig(source: NodeJS.ProcessEnv = process.env) {
  return loadConfig(stakingConfigShape, source);
}
