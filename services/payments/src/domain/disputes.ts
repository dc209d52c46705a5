import type { DisputeEventData } from '@agentvault/contracts/payments-events';
import { randomBytes } from 'node:crypto';
import { DomainError, forbidden, notFound, validationError } from '@agentvault/errors';
import { formatAmount, parseAmount } from '@agentvault/ledger/amount';
import { RESOLUTIONS, type Dispute, type DisputeStatus, type Resolution } from './model.js';
import type { ContractService } from './contracts.js';
import type { LedgerPort, PaymentsUnitOfWork } from './ports.js';
import { isRemoteSlash, type RemoteSlashes } from './cross-registry-slash.js';

/**
 * Disputes between agents about a transaction or a contract, and the administrators' rulings.
 * A ruling is recorded first (under the dispute's row lock), then its effects go through the
 * ledger, each with the key `dispute-{id}` so that repeating the ruling applies them once:
 *   - the token penalty: from the losing party — to the claimant when the claimant wins, to the
 *     treasury when a claim fails (a failed claim compensates nobody);
 *   - the reputation adjustment: on the losing party;
 *   - a disputed contract's hold: posted to the provider or voided back to the client, whichever
 *     party won (a dismissed dispute pays submitted work and refunds work never submitted).
 * A penalty on a defendant of another registry is carried out by that registry instead (to its
 * treasury, the claimant being elsewhere), see cross-registry-slash.ts.
 */
const REGISTRY_REF = /^(https?:\/\/[^\s]{1,2040}|[A-Za-z0-9][A-Za-z0-9 ._-]{2,99})$/;

const DISPUTE_STATUSES: DisputeStatus[] = ['OPEN', ...RESOLUTIONS];
const REASON_CODE = /^[A-Z][A-Z0-9_]{1,63}$/;
export const TREASURY = 'did:agentvault:treasury';

const disputeNotFound = (id: string) => notFound(`Dispute ${id} not found`);

export interface RulingInput {
  disputeId: string;
  adminId: string;
  resolutionStatus: string;
  resolutionNotes?: string;
  reputationAdjustment?: number;
  tokenPenalty?: string;
}

export class DisputeService {
  constructor(
    private readonly uow: PaymentsUnitOfWork,
    private readonly ledger: LedgerPort,
    private readonly contracts: ContractService,
    private readonly now: () => Date = () => new Date(),
    private readonly remote?: RemoteSlashes,
  ) {}

  async file(input: { claimantDid: string; defendantDid: string; transactionId?: string; contractId?: string; reasonCode: string; description?: string; evidencePointer?: string; defendantRegistry?: string }) {
    const defendantRegistry = input.defendantRegistry?.trim() || null;
    if (defendantRegistry !== null && !REGISTRY_REF.test(defendantRegistry)) throw validationError("defendant_registry must be a peer registry's base URL or name", 'defendant_registry');
    if (defendantRegistry !== null && input.contractId) throw validationError('a contract is between agents of this registry; its dispute names no other registry', 'defendant_registry');
    if (!input.defendantDid) throw validationError('defendant_agent_id is required', 'defendant_agent_id');
    if (input.defendantDid === input.claimantDid) throw validationError('an agent cannot dispute with itself', 'defendant_agent_id');
    if (!REASON_CODE.test(input.reasonCode ?? '')) throw validationError('reason_code must be an upper-case code such as UNFAIR_FEE', 'reason_code');
    if (input.transactionId && input.contractId) throw validationError('name a transaction or a contract, not both', 'contract_id');
    const description = (input.description ?? '').slice(0, 4000);
    if (input.contractId) {
      const contract = await this.contracts.get(input.contractId);
      const parties = [contract.clientDid, contract.providerDid];
      if (!parties.includes(input.claimantDid) || !parties.includes(input.defendantDid)) {
        throw forbidden('Only the parties of a contract can dispute it, with each other');
      }
    }
    const at = this.now();
    const dispute: Dispute = {
      id: 'dsp_' + randomBytes(12).toString('hex'), claimantDid: input.claimantDid, defendantDid: input.defendantDid,
      transactionId: input.transactionId || null, contractId: input.contractId || null, reasonCode: input.reasonCode, description, status: 'OPEN',
      evidence: input.evidencePointer ? [{ pointer: input.evidencePointer.slice(0, 2048), submittedBy: input.claimantDid, description: 'filed with the dispute', submittedAt: at }] : [],
      resolutionNotes: null, reputationAdjustment: 0, tokenPenalty: null, penalizedDid: null, penaltyRecipient: null, penaltyTransactionId: null,
      effectsApplied: false, ruledBy: null, ruledAt: null, createdAt: at, updatedAt: at,
      defendantRegistry: defendantRegistry?.replace(/\/+$/, '') ?? null, remoteSlashStatus: 'none', remoteSlashReason: null, remotePenaltyTransactionId: null,
    };
    return this.uow.run(async (repos) => {
      if (dispute.contractId) await this.contracts.markDisputed(repos, dispute.contractId, dispute.id);
      await repos.disputes.insert(dispute);
      await repos.outbox.emit({ type: 'dispute.filed', subject: dispute.claimantDid, data: disputeEventData(dispute) });
      return dispute;
    });
  }

  /** Parties and administrators only. */
  async get(input: { disputeId: string; viewerDid?: string; viewerIsAdmin?: boolean }) {
    const dispute = await this.uow.read.disputes.get(input.disputeId);
    if (!dispute) throw disputeNotFound(input.disputeId);
    if (!input.viewerIsAdmin && input.viewerDid !== dispute.claimantDid && input.viewerDid !== dispute.defendantDid) {
      // Not a party: the dispute is not theirs to know about.
      throw disputeNotFound(input.disputeId);
    }
    return dispute;
  }

  async addEvidence(input: { disputeId: string; agentDid: string; pointer: string; description?: string }) {
    const pointer = (input.pointer ?? '').trim();
    if (!pointer || pointer.length > 2048) throw validationError('evidence_pointer must be 1 to 2048 characters', 'evidence_pointer');
    return this.uow.run(async (repos) => {
      const dispute = await repos.disputes.lock(input.disputeId);
      if (!dispute || (input.agentDid !== dispute.claimantDid && input.agentDid !== dispute.defendantDid)) throw disputeNotFound(input.disputeId);
      if (dispute.status !== 'OPEN') throw new DomainError('conflict', `Dispute ${dispute.id} is ${dispute.status}`, { code: 'DISPUTE_CLOSED' });
      if (dispute.evidence.length >= 50) throw validationError('a dispute takes at most 50 pieces of evidence', 'evidence_pointer');
      const evidence = [...dispute.evidence, { pointer, submittedBy: input.agentDid, description: (input.description ?? '').slice(0, 1000), submittedAt: this.now() }];
      await repos.disputes.update(dispute.id, { evidence, updatedAt: this.now() });
      return { ...dispute, evidence };
    });
  }

  listForAgent(agentDid: string, status: string | undefined, limit: number, offset: number) {
    return this.uow.read.disputes.list({ agentDid, status: this.parseStatus(status), limit, offset });
  }

  list(status: string | undefined, limit: number, offset: number) {
    return this.uow.read.disputes.list({ status: this.parseStatus(status), limit, offset });
  }

  /** Records the ruling once and applies its effects once, however often it is repeated. */
  async rule(input: RulingInput): Promise<Dispute> {
    if (!RESOLUTIONS.includes(input.resolutionStatus as Resolution)) {
      throw validationError(`resolution_status must be one of ${RESOLUTIONS.join(', ')}`, 'resolution_status');
    }
    const resolution = input.resolutionStatus as Resolution;
    const adjustment = input.reputationAdjustment ?? 0;
    if (!Number.isInteger(adjustment) || Math.abs(adjustment) > 1000) throw validationError('reputation_adjustment must be an integer between -1000 and 1000', 'penalties.reputation_adjustment');
    const penalty = input.tokenPenalty ? parseAmount(input.tokenPenalty, 'penalties.token_penalty') : null;
    if (resolution === 'DISMISSED' && (penalty !== null || adjustment !== 0)) {
      throw validationError('a dismissed dispute carries no penalties', 'penalties');
    }

    const ruled = await this.uow.run(async (repos) => {
      const d = await repos.disputes.lock(input.disputeId);
      if (!d) throw disputeNotFound(input.disputeId);
      if (d.status !== 'OPEN') {
        const same = d.status === resolution && d.reputationAdjustment === adjustment && d.tokenPenalty === penalty;
        if (!same) throw new DomainError('conflict', `Dispute ${d.id} was already ruled ${d.status}`, { code: 'DISPUTE_ALREADY_RULED', context: { status: d.status } });
        return d;
      }
      const claimantWins = resolution === 'RESOLVED_FAVOR_CLAIMANT';
      const loser = resolution === 'DISMISSED' ? null : claimantWins ? d.defendantDid : d.claimantDid;
      const penalizedDid = loser && (penalty !== null || adjustment !== 0) ? loser : null;
      const remote = isRemoteSlash({ penalizedDid, defendantDid: d.defendantDid, defendantRegistry: d.defendantRegistry });
      if (remote && !this.remote) throw new DomainError('service_unavailable', 'penalties on agents of other registries cannot be carried out here', { code: 'FEDERATION_UNAVAILABLE' });
      const changes: Partial<Dispute> = {
        status: resolution, resolutionNotes: (input.resolutionNotes ?? '').slice(0, 4000) || null, reputationAdjustment: adjustment, tokenPenalty: penalty,
        penalizedDid,
        // A remote penalty goes to the treasury of the agent's own registry.
        penaltyRecipient: penalty !== null && !remote ? (claimantWins ? d.claimantDid : TREASURY) : null,
        remoteSlashStatus: remote ? 'pending' : 'none',
        ruledBy: input.adminId, ruledAt: this.now(), updatedAt: this.now(),
      };
      await repos.disputes.update(d.id, changes);
      return { ...d, ...changes };
    });
    if (ruled.effectsApplied) return ruled;
    const remote = ruled.remoteSlashStatus !== 'none';

    const key = `dispute-${ruled.id}`;
    const reason = `dispute ${ruled.id} ruling ${ruled.status}`;
    let penaltyTransactionId: string | null = null;
    if (ruled.tokenPenalty !== null && ruled.penalizedDid && !remote) {
      const toDid = ruled.penaltyRecipient === TREASURY ? undefined : ruled.penaltyRecipient!;
      penaltyTransactionId = (await this.ledger.applyPenalty({ fromDid: ruled.penalizedDid, toDid, amount: ruled.tokenPenalty, key, reason })).transactionId;
    }
    if (ruled.reputationAdjustment !== 0 && ruled.penalizedDid && !remote) {
      await this.ledger.adjustReputation({ agentDid: ruled.penalizedDid, delta: ruled.reputationAdjustment, key, reason });
    }
    if (ruled.contractId) {
      const contract = await this.contracts.get(ruled.contractId);
      const providerWins =
        ruled.status === 'DISMISSED' ? contract.submittedAt !== null : (ruled.status === 'RESOLVED_FAVOR_CLAIMANT') === (ruled.claimantDid === contract.providerDid);
      await this.contracts.resolve(contract.id, providerWins);
    }
    const done = await this.uow.run(async (repos) => {
      const d = (await repos.disputes.lock(ruled.id))!;
      if (d.effectsApplied) return d;
      await repos.disputes.update(d.id, { effectsApplied: true, penaltyTransactionId, updatedAt: this.now() });
      const applied = { ...d, effectsApplied: true, penaltyTransactionId };
      await repos.outbox.emit({ type: 'dispute.resolved', subject: applied.claimantDid, data: disputeEventData(applied) });
      return applied;
    });
    // The first delivery at once; a peer that cannot answer now is asked again by the retry worker.
    return this.remote ? this.remote.carryOut(done) : done;
  }

  private parseStatus(status: string | undefined): DisputeStatus | undefined {
    if (!status) return undefined;
    if (!DISPUTE_STATUSES.includes(status as DisputeStatus)) throw validationError(`status must be one of ${DISPUTE_STATUSES.join(', ')}`, 'status');
    return status as DisputeStatus;
  }
}

export function disputeEventData(d: Dispute): DisputeEventData {
  return {
    dispute_id: d.id,
    claimant_agent_id: d.claimantDid,
    defendant_agent_id: d.defendantDid,
    contract_id: d.contractId,
    transaction_id: d.transactionId,
    reason_code: d.reasonCode,
    status: d.status,
    token_penalty: d.tokenPenalty === null ? null : formatAmount(d.tokenPenalty),
    reputation_adjustment: d.reputationAdjustment,
    penalized_agent_id: d.penalizedDid,
  };
}
