import { loadConfig, env, z } from '@agentvault/config';

const percent = (fallback: string) => z.string().regex(/^\d{1,3}(\.\d{1,2})?$/, 'expected a percentage such as 10 or 12.5').default(fallback);

export const governanceConfigShape = {
  /** Share of the snapshot's total voting power that must vote for a tally to count. */
  GOVERNANCE_QUORUM_PERCENT: percent('10'),
  /** For must exceed this share of for + against. */
  GOVERNANCE_PASS_THRESHOLD_PERCENT: percent('50'),
  /** Voting power needed to open a proposal. */
  GOVERNANCE_MIN_PROPOSAL_POWER: z.string().regex(/^\d+(\.\d{1,18})?$/, 'expected a decimal amount').default('100'),
  GOVERNANCE_MIN_VOTING_SECONDS: env.int(3600, 1),
  GOVERNANCE_MAX_VOTING_SECONDS: env.int(30 * 24 * 3600, 1),
  /** After a federation-wide vote closes, how long its result waits for the peers' signed tallies. */
  GOVERNANCE_FEDERATED_TALLY_GRACE_SECONDS: env.int(3600, 0),
};

export function loadGovernanceConfig(source: NodeJS.ProcessEnv = process.env) {
  return loadConfig(governanceConfigShape, source);
}
