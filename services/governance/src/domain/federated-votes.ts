import { DomainError, forbidden, notFound, validationError } from '@agentvault/errors';
import { formatAmount } from '@agentvault/ledger/amount';
import type { FederationResult, PeerTally, Proposal, RegistryTallyPart } from './model.js';
import type { GovernanceRepositories, GovernanceUnitOfWork, VotingPowerPort } from './ports.js';

/**
 * Federation-wide votes, governance's part. A proposal with federation scope is voted on at
 * home and, through a copy, on every approved peer that took it; each peer signs its own tally
 * and the home registry combines them. Carrying proposals and tallies between registries, and
 * checking the peers' signatures, is the federation service's: what reaches these methods has
 * come over its verified channel.
 */

export interface LocalTotals {
  for: bigint;
  against: bigint;
  abstain: bigint;
  voters: number;
}

export interface CombinedTally {
  totals: LocalTotals & { snapshotTotal: bigint };
  result: FederationResult;
}

export const isFederationHome = (p: Proposal) => p.scope === 'federation' && p.originRegistry === null;

const part = (registry: string, t: LocalTotals, snapshot: bigint, kid: string | null): RegistryTallyPart => ({
  registry, votes_for: formatAmount(t.for), votes_against: formatAmount(t.against), votes_abstain: formatAmount(t.abstain), total_voters: t.voters,
  snapshot_total_power: formatAmount(snapshot), kid,
});

/**
 * Home's tally plus every participant's signed one. While a participant's tally is missing the
 * result waits (422 TALLIES_PENDING) until the collection window after the vote closes; then the
 * missing registries are listed and count for nothing.
 */
export function combineTallies(p: Proposal, home: LocalTotals, peers: readonly PeerTally[], now: Date, graceMs: number, homeName = 'local'): CombinedTally {
  const missing = p.participants.filter((r) => !peers.some((t) => t.registry === r));
  if (missing.length > 0 && now.getTime() < p.votingEndsAt.getTime() + graceMs) {
    throw new DomainError('validation_error', `The tallies of ${missing.join(', ')} have not arrived yet; the result waits for them until ${new Date(p.votingEndsAt.getTime() + graceMs).toISOString()}`, {
      code: 'TALLIES_PENDING', field: 'proposal_id', context: { awaiting: missing },
    });
  }
  const counted = peers.filter((t) => p.participants.includes(t.registry));
  const totals = { ...home, snapshotTotal: p.snapshotTotalPower };
  for (const t of counted) {
    totals.for += t.votesFor;
    totals.against += t.votesAgainst;
    totals.abstain += t.votesAbstain;
    totals.voters += t.totalVoters;
    totals.snapshotTotal += t.snapshotTotalPower;
  }
  const parts = [
    part(homeName, home, p.snapshotTotalPower, null),
    ...counted.map((t) => part(t.registry, { for: t.votesFor, against: t.votesAgainst, abstain: t.votesAbstain, voters: t.totalVoters }, t.snapshotTotalPower, t.kid)),
  ];
  return { totals, result: { parts, missing } };
}

export interface PeerTallyInput {
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
}

export class FederatedVotes {
  constructor(
    private readonly uow: GovernanceUnitOfWork,
    private readonly power: VotingPowerPort,
    private readonly limits: { maxVotingSeconds: number },
    private readonly newId: () => string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** A peer's federation proposal, copied here once so that our agents vote on it with their power as of now. */
  async openCopy(input: { originRegistry: string; originProposalId: string; proposerDid: string; title: string; description: string; votingEndsAt: string }): Promise<Proposal> {
    const existing = await this.uow.read.proposals.byOrigin(input.originRegistry, input.originProposalId);
    if (existing) return existing;
    const title = input.title.trim();
    if (!title || title.length > 200) throw validationError('title must be 1 to 200 characters', 'title');
    if (!input.originProposalId || input.originProposalId.length > 100) throw validationError('origin_proposal_id is required', 'origin_proposal_id');
    const ends = new Date(input.votingEndsAt);
    const created = this.now();
    if (Number.isNaN(ends.getTime()) || ends <= created) throw validationError('voting_ends_at must be a time in the future', 'voting_ends_at');
    if (ends.getTime() - created.getTime() > this.limits.maxVotingSeconds * 1000) throw validationError(`the voting period must end within ${this.limits.maxVotingSeconds} seconds`, 'voting_ends_at');
    const id = this.newId();
    const total = await this.power.snapshot(id);
    const proposal: Proposal = {
      id, proposerDid: input.proposerDid, title, description: input.description.slice(0, 10_000), type: 'text', parameters: {}, status: 'open', createdAt: created,
      votingEndsAt: ends, snapshotTotalPower: total, votesFor: 0n, votesAgainst: 0n, votesAbstain: 0n, totalVoters: 0, talliedAt: null, executionStatus: 'none',
      executionResult: null, executedAt: null, scope: 'federation', originRegistry: input.originRegistry, originProposalId: input.originProposalId, participants: [],
      federationResult: null,
    };
    return this.uow.run(async (repos) => {
      await repos.proposals.insert(proposal);
      await repos.outbox.emit({
        type: 'proposal.opened', subject: proposal.proposerDid,
        data: {
          proposal_id: id, agent_did: proposal.proposerDid, title, proposal_type: 'text', voting_ends_at: ends.toISOString(), snapshot_total_power: formatAmount(total),
          scope: 'federation', origin_registry: input.originRegistry,
        },
      });
      return proposal;
    }).catch(async (err) => {
      // Two announcements raced: the other one's copy stands.
      const raced = await this.uow.read.proposals.byOrigin(input.originRegistry, input.originProposalId);
      if (raced) return raced;
      throw err;
    });
  }

  /** At home: a peer took the proposal; the final result waits for its tally. */
  async addParticipant(proposalId: string, registry: string): Promise<Proposal> {
    return this.uow.run(async (repos) => {
      const p = await this.homeProposal(repos, proposalId);
      if (p.participants.includes(registry)) return p;
      if (p.status !== 'open' || this.now() >= p.votingEndsAt) {
        throw new DomainError('validation_error', `Voting on proposal ${p.id} has ended; no registry joins it now`, { code: 'VOTING_CLOSED', field: 'proposal_id' });
      }
      const participants = [...p.participants, registry];
      await repos.proposals.setParticipants(p.id, participants);
      return { ...p, participants };
    });
  }

  /** At home: a participant's verified tally, once. The same tally again changes nothing; another one is a conflict. */
  async recordPeerTally(input: PeerTallyInput): Promise<Proposal> {
    for (const [value, field] of [[input.votesFor, 'votes_for'], [input.votesAgainst, 'votes_against'], [input.votesAbstain, 'votes_abstain'], [input.snapshotTotalPower, 'snapshot_total_power']] as const) {
      if (value < 0n) throw validationError(`${field} cannot be negative`, field);
    }
    if (input.votesFor + input.votesAgainst + input.votesAbstain > input.snapshotTotalPower) {
      throw validationError('the tally counts more power than its snapshot holds', 'votes_for');
    }
    return this.uow.run(async (repos) => {
      const p = await this.homeProposal(repos, input.proposalId);
      if (!p.participants.includes(input.registry)) throw forbidden(`${input.registry} does not take part in proposal ${p.id}`);
      const recorded = (await repos.peerTallies.list(p.id)).find((t) => t.registry === input.registry);
      if (recorded) {
        const same = recorded.votesFor === input.votesFor && recorded.votesAgainst === input.votesAgainst && recorded.votesAbstain === input.votesAbstain && recorded.totalVoters === input.totalVoters;
        if (!same) throw new DomainError('conflict', `A different tally of ${input.registry} is already recorded for proposal ${p.id}`, { code: 'TALLY_ALREADY_RECORDED' });
        return p;
      }
      if (p.status !== 'open') throw new DomainError('conflict', `Proposal ${p.id} was decided at ${p.talliedAt?.toISOString()}; its result is final`, { code: 'PROPOSAL_DECIDED' });
      if (this.now() < p.votingEndsAt) {
        throw new DomainError('validation_error', `Voting on proposal ${p.id} is open until ${p.votingEndsAt.toISOString()}; a tally comes after`, { code: 'VOTING_OPEN', field: 'proposal_id' });
      }
      await repos.peerTallies.insert(input);
      return p;
    });
  }

  private async homeProposal(repos: GovernanceRepositories, id: string): Promise<Proposal> {
    const p = await repos.proposals.lock(id);
    if (!p) throw notFound(`Proposal ${id} not found`);
    if (!isFederationHome(p)) throw validationError(`Proposal ${id} is not a federation proposal of this registry`, 'proposal_id');
    return p;
  }

  tallies(proposalId: string): Promise<PeerTally[]> {
    return this.uow.read.peerTallies.list(proposalId);
  }
}
