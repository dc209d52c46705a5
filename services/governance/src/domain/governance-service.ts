import { randomBytes } from 'node:crypto';
import { DomainError, notFound, validationError } from '@agentvault/errors';
import { formatAmount, parseAmount } from '@agentvault/ledger/amount';
import { POLICY_TYPES, type Choice, type Policy, type Proposal, type ProposalScope, type ProposalStatus, type ProposalType, type Vote } from './model.js';
import { combineTallies, isFederationHome } from './federated-votes.js';
import type { ExecutionPort, GovernanceRepositories, GovernanceUnitOfWork, VotingPowerPort } from './ports.js';

export interface GovernanceSettings {
  /** Percent of the snapshot's total power that must vote (for, against or abstain), × 100 (basis points). */
  quorumBps: bigint;
  /** For must exceed this share of for + against, in basis points. */
  passThresholdBps: bigint;
  minProposalPower: bigint;
  minVotingSeconds: number;
  maxVotingSeconds: number;
  /** How long after a federation vote closes its home waits for the participants' tallies. */
  federatedTallyGraceMs: number;
}

const TYPES: ProposalType[] = ['text', 'parameter_change', 'treasury_spend', 'policy_adoption'];
const CHOICES: Choice[] = ['for', 'against', 'abstain'];
/** Parameters a proposal may change, and the service that owns each. */
export const GOVERNED_PARAMETERS = { transfer_fee_amount: 'ledger' } as const;

const SCOPES: ProposalScope[] = ['local', 'federation'];
export const newId = (prefix: string) => `${prefix}_${randomBytes(12).toString('hex')}`;

/** Quorum and threshold, exactly: the outcome of a proposal from its totals. */
export function outcome(totals: { for: bigint; against: bigint; abstain: bigint }, snapshotTotal: bigint, settings: Pick<GovernanceSettings, 'quorumBps' | 'passThresholdBps'>): Exclude<ProposalStatus, 'open'> {
  const cast = totals.for + totals.against + totals.abstain;
  if (cast === 0n || cast * 10_000n < snapshotTotal * settings.quorumBps) return 'no_quorum';
  const decisive = totals.for + totals.against;
  return decisive > 0n && totals.for * 10_000n > decisive * settings.passThresholdBps ? 'passed' : 'rejected';
}

export function quorumPower(snapshotTotal: bigint, quorumBps: bigint): bigint {
  return (snapshotTotal * quorumBps + 9_999n) / 10_000n;
}

/** Proposals, votes with snapshotted power, final tallies, execution once; policies. */
export class GovernanceService {
  constructor(
    private readonly uow: GovernanceUnitOfWork,
    private readonly power: VotingPowerPort,
    private readonly execution: ExecutionPort,
    readonly settings: GovernanceSettings,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async createProposal(input: { proposerDid: string; title: string; description: string; type: string; parameters: Record<string, unknown>; votingPeriodSeconds: number; scope?: string }): Promise<Proposal> {
    const type = input.type as ProposalType;
    if (!TYPES.includes(type)) throw validationError(`proposal_type must be one of ${TYPES.join(', ')}`, 'proposal_type');
    const scope = (input.scope || 'local') as ProposalScope;
    if (!SCOPES.includes(scope)) throw validationError(`scope must be one of ${SCOPES.join(', ')}`, 'scope');
    // Peers vote, but only this registry could execute a change: a federation proposal is a resolution.
    if (scope === 'federation' && type !== 'text') throw validationError('a federation proposal is a text proposal (nothing is executed across registries)', 'proposal_type');
    const title = input.title.trim();
    if (!title || title.length > 200) throw validationError('title must be 1 to 200 characters', 'title');
    if (input.description.length > 10_000) throw validationError('description must be at most 10000 characters', 'description');
    const period = input.votingPeriodSeconds;
    if (!Number.isInteger(period) || period < this.settings.minVotingSeconds || period > this.settings.maxVotingSeconds) {
      throw validationError(`the voting period must be ${this.settings.minVotingSeconds} to ${this.settings.maxVotingSeconds} seconds`, 'duration_seconds');
    }
    const parameters = await this.checkParameters(type, input.parameters);
    const power = await this.power.currentPower(input.proposerDid);
    if (power < this.settings.minProposalPower) {
      throw new DomainError('forbidden', `Opening a proposal takes ${formatAmount(this.settings.minProposalPower)} voting power; you have ${formatAmount(power)}`, {
        code: 'INSUFFICIENT_VOTING_POWER', context: { required: formatAmount(this.settings.minProposalPower), voting_power: formatAmount(power) },
      });
    }
    const id = newId('prp');
    // Everyone's power as of now: stake moved after this cannot vote twice.
    const total = await this.power.snapshot(id);
    const created = this.now();
    const proposal: Proposal = {
      id, proposerDid: input.proposerDid, title, description: input.description, type, parameters, status: 'open', createdAt: created,
      votingEndsAt: new Date(created.getTime() + period * 1000), snapshotTotalPower: total, votesFor: 0n, votesAgainst: 0n, votesAbstain: 0n, totalVoters: 0,
      talliedAt: null, executionStatus: 'none', executionResult: null, executedAt: null, scope, originRegistry: null, originProposalId: null, participants: [],
      federationResult: null,
    };
    await this.uow.run(async (repos) => {
      await repos.proposals.insert(proposal);
      await repos.outbox.emit({
        type: 'proposal.opened', subject: proposal.proposerDid,
        data: { proposal_id: id, agent_did: proposal.proposerDid, title, proposal_type: type, voting_ends_at: proposal.votingEndsAt.toISOString(), snapshot_total_power: formatAmount(total), scope },
      });
    });
    return proposal;
  }

  private async checkParameters(type: ProposalType, p: Record<string, unknown>): Promise<Record<string, unknown>> {
    if (type === 'parameter_change') {
      const name = String(p.parameter ?? '');
      if (!(name in GOVERNED_PARAMETERS)) throw validationError(`parameters.parameter must be one of ${Object.keys(GOVERNED_PARAMETERS).join(', ')}`, 'parameters.parameter');
      return { parameter: name, value: formatAmount(parseAmount(p.value, 'parameters.value', { allowZero: true })), service: GOVERNED_PARAMETERS[name as keyof typeof GOVERNED_PARAMETERS] };
    }
    if (type === 'treasury_spend') {
      const recipient = String(p.recipient_agent_id ?? '');
      if (!/^did:[a-z0-9]+:.{1,200}$/.test(recipient)) throw validationError('parameters.recipient_agent_id must be an agent DID', 'parameters.recipient_agent_id');
      return { recipient_agent_id: recipient, amount: formatAmount(parseAmount(p.amount, 'parameters.amount')) };
    }
    if (type === 'policy_adoption') {
      const policy = await this.uow.read.policies.get(String(p.policy_id ?? ''));
      if (!policy) throw validationError('parameters.policy_id must name an existing policy', 'parameters.policy_id');
      return { policy_id: policy.id };
    }
    return {};
  }

  async getProposal(id: string): Promise<Proposal> {
    const p = await this.uow.read.proposals.get(id);
    if (!p) throw notFound(`Proposal ${id} not found`);
    return p;
  }

  listProposals(status: string | undefined, limit: number, offset: number) {
    if (status && !['open', 'passed', 'rejected', 'no_quorum'].includes(status)) throw validationError('status must be open, passed, rejected or no_quorum', 'status');
    return this.uow.read.proposals.list(status as ProposalStatus | undefined, limit, offset);
  }

  /** One vote per agent per proposal, with its power at the snapshot; a second vote is a 409. */
  async vote(input: { proposalId: string; voterDid: string; choice: string; reason?: string }): Promise<Vote> {
    const choice = input.choice as Choice;
    if (!CHOICES.includes(choice)) throw validationError('choice must be for, against or abstain', 'choice');
    const proposal = await this.getProposal(input.proposalId);
    if (proposal.status !== 'open' || this.now() >= proposal.votingEndsAt) {
      throw new DomainError('validation_error', `Voting on proposal ${proposal.id} ended at ${proposal.votingEndsAt.toISOString()}`, { code: 'VOTING_CLOSED', field: 'proposal_id' });
    }
    const power = await this.power.powerAt(proposal.id, input.voterDid);
    if (power === 0n) throw new DomainError('validation_error', 'You had no voting power when this proposal opened', { code: 'NO_VOTING_POWER' });
    const vote: Vote = { id: newId('vot'), proposalId: proposal.id, voterDid: input.voterDid, choice, power, reason: input.reason?.slice(0, 1000) || null, createdAt: this.now() };
    return this.uow.run(async (repos) => {
      if (!(await repos.votes.insert(vote))) throw new DomainError('conflict', `You have already voted on proposal ${proposal.id}`, { code: 'ALREADY_VOTED' });
      await repos.proposals.addVote(proposal.id, choice, power);
      await repos.outbox.emit({
        type: 'vote.cast', subject: vote.voterDid,
        data: { proposal_id: proposal.id, agent_did: vote.voterDid, choice, voting_power: formatAmount(power) },
      });
      return vote;
    });
  }

  /**
   * Decides a proposal after its end, once; later tallies return the same result. A passed
   * change is then executed by the service that owns it, under the proposal's reference, so
   * a retried execution changes nothing twice.
   */
  async tally(id: string): Promise<Proposal> {
    await this.uow.run(async (repos) => {
      const p = await repos.proposals.lock(id);
      if (!p) throw notFound(`Proposal ${id} not found`);
      if (p.status !== 'open') return;
      if (this.now() < p.votingEndsAt) {
        throw new DomainError('validation_error', `Voting on proposal ${id} is open until ${p.votingEndsAt.toISOString()}`, { code: 'VOTING_OPEN', field: 'proposal_id' });
      }
      let totals = await repos.votes.totals(id);
      let snapshotTotal = p.snapshotTotalPower;
      if (isFederationHome(p)) {
        // Every participant's signed tally joins ours (or the window for them has closed).
        const combined = combineTallies(p, totals, await repos.peerTallies.list(id), this.now(), this.settings.federatedTallyGraceMs);
        await repos.proposals.setCombined(id, combined.totals, combined.result);
        totals = combined.totals;
        snapshotTotal = combined.totals.snapshotTotal;
      }
      const status = outcome(totals, snapshotTotal, this.settings);
      const needsExecution = status === 'passed' && (p.type === 'parameter_change' || p.type === 'treasury_spend');
      await repos.proposals.decide(id, status, this.now(), needsExecution ? 'pending' : 'none');
      if (status === 'passed' && p.type === 'policy_adoption') await this.adoptPolicy(repos, p);
      await repos.outbox.emit({
        type: status === 'passed' ? 'proposal.passed' : 'proposal.rejected', subject: p.proposerDid,
        data: {
          proposal_id: id, agent_did: p.proposerDid, outcome: status, votes_for: formatAmount(totals.for), votes_against: formatAmount(totals.against),
          votes_abstain: formatAmount(totals.abstain), snapshot_total_power: formatAmount(snapshotTotal),
        },
      });
    });
    const decided = await this.getProposal(id);
    if (decided.executionStatus === 'pending') await this.execute(decided);
    return this.getProposal(id);
  }

  private async adoptPolicy(repos: GovernanceRepositories, p: Proposal) {
    await repos.policies.update(String(p.parameters.policy_id), { isActive: true });
  }

  /** Runs a passed proposal's change; a failure is recorded and retried by `executePending`. */
  async execute(p: Proposal): Promise<void> {
    const reference = `proposal-${p.id}`;
    try {
      let result: string;
      if (p.type === 'parameter_change') {
        const fee = await this.execution.setTransferFee(String(p.parameters.value), reference);
        result = `transfer_fee_amount is now ${fee}`;
      } else {
        const tid = await this.execution.treasurySpend(String(p.parameters.recipient_agent_id), String(p.parameters.amount), reference, `governance proposal ${p.id}`);
        result = `paid ${p.parameters.amount} AVT to ${p.parameters.recipient_agent_id} in ${tid}`;
      }
      await this.uow.run((repos) => repos.proposals.setExecution(p.id, 'executed', result, this.now()));
    } catch (err) {
      const permanent = err instanceof DomainError && ['validation_error', 'not_found', 'bad_request'].includes(err.kind);
      await this.uow.run((repos) => repos.proposals.setExecution(p.id, permanent ? 'failed' : 'pending', (err as Error).message.slice(0, 500), null));
    }
  }

  async executePending(): Promise<void> {
    for (const p of await this.uow.read.proposals.awaitingExecution(20)) await this.execute(p);
  }

  // ── policies ────────────────────────────────────────────────────────────────

  async createPolicy(input: Omit<Policy, 'id' | 'version' | 'createdAt' | 'updatedAt'>): Promise<Policy> {
    if (!input.code || !input.name || !input.type) throw validationError('policy_code, policy_name and policy_type are required', 'policy_code');
    if (!(POLICY_TYPES as readonly string[]).includes(input.type)) throw validationError(`policy_type must be one of ${POLICY_TYPES.join(', ')}`, 'policy_type');
    if (input.rewardAmount) parseAmount(input.rewardAmount, 'reward_amount', { allowZero: true });
    const now = this.now();
    const policy: Policy = { ...input, id: newId('pol'), version: 1, createdAt: now, updatedAt: now };
    return this.uow.run(async (repos) => {
      if (await repos.policies.byCode(input.code)) throw new DomainError('conflict', `A policy with code ${input.code} exists`, { code: 'POLICY_EXISTS', field: 'policy_code' });
      await repos.policies.insert(policy);
      return policy;
    });
  }

  async updatePolicy(id: string, patch: Partial<Policy>): Promise<Policy> {
    if (patch.rewardAmount) parseAmount(patch.rewardAmount, 'reward_amount', { allowZero: true });
    const updated = await this.uow.run((repos) => repos.policies.update(id, patch));
    if (!updated) throw notFound(`Policy ${id} not found`);
    return updated;
  }

  async deletePolicy(id: string): Promise<Policy> {
    const policy = await this.getPolicy(id);
    await this.uow.run((repos) => repos.policies.delete(id));
    return policy;
  }

  async getPolicy(id: string): Promise<Policy> {
    const p = await this.uow.read.policies.get(id);
    if (!p) throw notFound(`Policy ${id} not found`);
    return p;
  }

  listPolicies(activeOnly: boolean, type?: string) {
    return this.uow.read.policies.list(activeOnly, type);
  }
}
