import { formatAmount } from './amount.js';
import type { LedgerService } from './ledger-service.js';
import type { ReputationService } from './reputation.js';

export interface DeveloperSummary {
  totalLiquid: string;
  totalStaked: string;
  total: string;
  /** The mean score over all the developer's agents; an agent never rated counts as 0. Two decimals. */
  aggregateReputation: number;
  agentCount: number;
  activeAgentCount: number;
}

/** Totals over a developer's agents (GET /developers/me/teg-summary). */
export async function developerSummary(ledger: LedgerService, reputation: ReputationService, developerId: string): Promise<DeveloperSummary> {
  const { agents, liquid, locked, active } = await ledger.developerHoldings(developerId);
  const scores = agents.length ? await reputation.reputations(agents.map((a) => a.id)) : [];
  const scoreSum = scores.reduce((sum, r) => sum + r.score, 0);
  return {
    totalLiquid: formatAmount(liquid),
    // Locked AVT (stakes, unbonding) is the agents' too: the staked part of the total.
    totalStaked: formatAmount(locked),
    total: formatAmount(liquid + locked),
    aggregateReputation: agents.length ? Math.round((scoreSum / agents.length) * 100) / 100 : 0,
    agentCount: agents.length,
    activeAgentCount: active,
  };
}
