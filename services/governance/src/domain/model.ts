export type ProposalType = 'text' | 'parameter_change' | 'treasury_spend' | 'policy_adoption';
export type ProposalStatus = 'open' | 'passed' | 'rejected' | 'no_quorum';
export type ExecutionStatus = 'none' | 'pending' | 'executed' | 'failed';
export type Choice = 'for' | 'against' | 'abstain';
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
