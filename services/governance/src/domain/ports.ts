import type { GovernanceEvent } from '@agentvault/contracts/governance-events';
import type { Choice, FederationResult, PeerTally, Policy, Proposal, ProposalStatus, Vote } from './model.js';

export interface GovernanceRepositories {
  proposals: {
    insert(p: Proposal): Promise<void>;
    get(id: string): Promise<Proposal | null>;
    lock(id: string): Promise<Proposal | null>;
    list(status: ProposalStatus | undefined, limit: number, offset: number): Promise<{ items: Proposal[]; total: number }>;
    addVote(id: string, choice: Choice, power: bigint): Promise<void>;
    decide(id: string, status: ProposalStatus, at: Date, executionStatus: Proposal['executionStatus']): Promise<void>;
    setExecution(id: string, status: Proposal['executionStatus'], result: string, at: Date | null): Promise<void>;
    awaitingExecution(limit: number): Promise<Proposal[]>;
    byOrigin(originRegistry: string, originProposalId: string): Promise<Proposal | null>;
    setParticipants(id: string, participants: string[]): Promise<void>;
    /** Replaces the local totals with the federation's combined ones, with their breakdown. */
    setCombined(id: string, totals: { for: bigint; against: bigint; abstain: bigint; voters: number; snapshotTotal: bigint }, result: FederationResult): Promise<void>;
  };
  peerTallies: {
    /** False when this registry's tally of the proposal is already recorded (nothing written). */
    insert(t: Omit<PeerTally, 'receivedAt'>): Promise<boolean>;
    list(proposalId: string): Promise<PeerTally[]>;
  };
  votes: {
    /** False when the agent has already voted on the proposal (nothing written). */
    insert(v: Vote): Promise<boolean>;
    totals(proposalId: string): Promise<{ for: bigint; against: bigint; abstain: bigint; voters: number }>;
  };
  policies: {
    insert(p: Policy): Promise<void>;
    get(id: string): Promise<Policy | null>;
    byCode(code: string): Promise<Policy | null>;
    update(id: string, patch: Partial<Policy>): Promise<Policy | null>;
    delete(id: string): Promise<boolean>;
    list(activeOnly: boolean, type: string | undefined): Promise<Policy[]>;
  };
  outbox: {
    emit(event: GovernanceEvent): Promise<void>;
  };
}

export interface GovernanceUnitOfWork {
  run<T>(work: (repos: GovernanceRepositories) => Promise<T>): Promise<T>;
  readonly read: GovernanceRepositories;
}

/** Staking, as governance uses it. */
export interface VotingPowerPort {
  currentPower(did: string): Promise<bigint>;
  /** Records everyone's power under the id once; returns the total. */
  snapshot(id: string): Promise<bigint>;
  powerAt(id: string, did: string): Promise<bigint>;
}

/** The ledger, for executing passed proposals; each call is once per reference. */
export interface ExecutionPort {
  setTransferFee(amount: string, reference: string): Promise<string>;
  treasurySpend(recipientDid: string, amount: string, reference: string, reason: string): Promise<string>;
}
