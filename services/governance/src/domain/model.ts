export type ProposalType = 'text' | 'parameter_change' | 'treasury_spend' | 'policy_adoption';
export type ProposalStatus = 'open' | 'passed' | 'rejected' | 'no_quorum';
export type ExecutionStatus = 'none' | 'pending' | 'executed' | 'failed';
export type Choice = 'for' | 'against' | 'abstain';
export type ProposalScope = 'local' | 'federation';
/** The kinds of TEG policy (teg-layer-api § Governance). */
export const POLICY_TYPES = ['attestation', 'governance', 'compliance', 'economic'] as const;

export interface Proposal {
  id: string;
  proposerDid: string;
  title: string;
  description: string;
  type: ProposalType;
  parameters: Record<string, unknown>;
  status: ProposalStatus;
  createdAt: Date;
  votingEndsAt: Date;
  snapshotTotalPower: bigint;
  votesFor: bigint;
  votesAgainst: bigint;
  votesAbstain: bigint;
  totalVoters: number;
  talliedAt: Date | null;
  executionStatus: ExecutionStatus;
  executionResult: string | null;
  executedAt: Date | null;
  scope: ProposalScope;
  /** A peer's copy of another registry's federation proposal: that registry's base URL and id. */
  originRegistry: string | null;
  originProposalId: string | null;
  /** At home: the peers that took the proposal, whose tallies are awaited. */
  participants: string[];
  /** At home, once decided: how the registries' tallies combined. */
  federationResult: FederationResult | null;
}

/** One registry's part of a federation-wide vote (powers as decimal strings). */
export interface RegistryTallyPart {
  registry: string;
  votes_for: string;
  votes_against: string;
  votes_abstain: string;
  total_voters: number;
  snapshot_total_power: string;
  /** The key of the peer's registry card that signed its tally; null for this registry's own. */
  kid: string | null;
}

export interface FederationResult {
  parts: RegistryTallyPart[];
  /** Participants whose tally had not arrived when the collection window closed. */
  missing: string[];
}

/** A peer's tally of a federation proposal, as its signed document stated it. */
export interface PeerTally {
  proposalId: string;
  registry: string;
  votesFor: bigint;
  votesAgainst: bigint;
  votesAbstain: bigint;
  totalVoters: number;
  snapshotTotalPower: bigint;
  talliedAt: Date;
  signedTally: string;
  kid: string;
  receivedAt: Date;
}

export interface Vote {
  id: string;
  proposalId: string;
  voterDid: string;
  choice: Choice;
  power: bigint;
  reason: string | null;
  createdAt: Date;
}

export interface Policy {
  id: string;
  code: string;
  name: string;
  type: string;
  version: number;
  description: string | null;
  parameters: Record<string, unknown> | null;
  circuitIdentifier: string | null;
  enforcementLevel: string | null;
  rewardAmount: string | null;
  rulesDocumentUrl: string | null;
  isActive: boolean;
  createdAt: Date;
  updatedAt: Date;
}
