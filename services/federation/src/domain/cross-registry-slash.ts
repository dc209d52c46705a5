import { createHash } from 'node:crypto';
import { DomainError, validationError } from '@agentvault/errors';
import { trimBase } from './card.js';
import { detailOf } from './federated-votes.js';
import { PeerUnavailable, type PeerService } from './peer-service.js';
import type { FederationRepositories, Peer, PeerTransport } from './ports.js';
import type { InboundRequest } from './request-signature.js';

/**
 * The cross-registry slash, the federation service's part. A ruling of the home registry's
 * payments service whose penalty falls on an agent of a peer is carried to that peer over the
 * signed channel; the peer applies the token penalty and the reputation adjustment through its
 * own ledger, each under a key derived from (calling peer, ruling id), so a ruling is applied
 * once however often it arrives, or refuses it with a reason. The peer's final answer is kept
 * and given again to every replay; home records it on the ruling.
 */

export const SLASH_PATH = '/api/v1/federation/slash';

export type SlashStatus = 'applied' | 'refused';

export interface SlashOutcome {
  status: SlashStatus;
  reason: string | null;
  penaltyTransactionId: string | null;
  newReputationScore: number | null;
  registry: string;
  /** True when the peer answered from its record of an earlier delivery. */
  replayed?: boolean;
}

export interface InboundSlash {
  peerId: number;
  rulingId: string;
  agentDid: string;
  tokenPenalty: string | null;
  reputationAdjustment: number;
  requestHash: string;
  status: SlashStatus;
  reason: string | null;
  penaltyTransactionId: string | null;
  newReputationScore: number | null;
}

export interface SlashStore {
  get(peerId: number, rulingId: string): Promise<InboundSlash | null>;
  /** False when the (peer, ruling) is already recorded (nothing written). */
  insert(slash: InboundSlash): Promise<boolean>;
}

/** The ledger and the agent registry of this registry, as slashes use them. */
export interface SlashLedger {
  isLocalAgent(did: string): Promise<boolean>;
  /** To this registry's treasury (the claimant lives elsewhere); once per key. */
  applyPenalty(input: { agentDid: string; amount: string; key: string; reason: string }): Promise<{ transactionId: string }>;
  adjustReputation(input: { agentDid: string; delta: number; key: string; reason: string }): Promise<{ newScore: number }>;
}

export interface SlashRequest {
  rulingId: string;
  registry: string;
  agentDid: string;
  tokenPenalty: string | null;
  reputationAdjustment: number;
  reason: string;
}

const AMOUNT = /^\d{1,20}(\.\d{1,18})?$/;

export class CrossRegistrySlashService {
  constructor(
    private readonly store: SlashStore,
    private readonly peersRepo: FederationRepositories['peers'],
    private readonly peers: PeerService,
    private readonly transport: PeerTransport,
    private readonly ledger: SlashLedger,
    private readonly options: { timeoutMs: number },
  ) {}

  // ── at home ─────────────────────────────────────────────────────────────────

  /**
   * Delivers a ruling's penalty to the peer hosting the agent and returns the peer's final answer.
   * Throws service_unavailable while no final answer can be had (the caller retries).
   */
  async deliver(input: SlashRequest): Promise<SlashOutcome> {
    checkTerms(input);
    const peer = await this.findPeer(input.registry);
    if (!peer) return { status: 'refused', reason: `${input.registry} is not a peer registry of this one`, penaltyTransactionId: null, newReputationScore: null, registry: input.registry };
    if (peer.status !== 'ACTIVE') {
      return { status: 'refused', reason: `peer registry ${peer.name} is ${peer.status}, not approved`, penaltyTransactionId: null, newReputationScore: null, registry: peer.baseUrl };
    }
    let response: Awaited<ReturnType<PeerTransport['signedRequest']>>;
    try {
      response = await this.transport.signedRequest(String(peer.id), {
        method: 'POST',
        url: `${peer.baseUrl}${SLASH_PATH}`,
        body: { ruling_id: input.rulingId, agent_did: input.agentDid, token_penalty: input.tokenPenalty, reputation_adjustment: input.reputationAdjustment, reason: input.reason },
        timeoutMs: this.options.timeoutMs,
      });
    } catch (err) {
      if (err instanceof PeerUnavailable) throw new DomainError('service_unavailable', `${peer.name} cannot be reached: ${err.message}`, { code: 'PEER_UNAVAILABLE' });
      throw err;
    }
    const body = response.body as { status?: unknown; reason?: unknown; penalty_transaction_id?: unknown; new_reputation_score?: unknown; replayed?: unknown } | null;
    if (response.status === 200 && (body?.status === 'applied' || body?.status === 'refused')) {
      return {
        status: body.status,
        reason: typeof body.reason === 'string' ? body.reason : null,
        penaltyTransactionId: typeof body.penalty_transaction_id === 'string' ? body.penalty_transaction_id : null,
        newReputationScore: typeof body.new_reputation_score === 'number' ? body.new_reputation_score : null,
        registry: peer.baseUrl,
        replayed: body.replayed === true,
      };
    }
    // Not (yet) allowed to ask, or asked too fast: try again later. Anything else is the peer's refusal.
    if ([401, 403, 429].includes(response.status)) {
      throw new DomainError('service_unavailable', `${peer.name} answered ${response.status}: ${detailOf(response.body)}`, { code: 'PEER_UNAVAILABLE' });
    }
    return { status: 'refused', reason: `${peer.name} answered ${response.status}: ${detailOf(response.body)}`, penaltyTransactionId: null, newReputationScore: null, registry: peer.baseUrl };
  }

  private async findPeer(registry: string): Promise<Peer | null> {
    if (/^https?:\/\//.test(registry)) return this.peersRepo.byBaseUrl(trimBase(registry));
    return this.peersRepo.byName(registry);
  }

  // ── at the peer ─────────────────────────────────────────────────────────────

  /** A peer's ruling against one of our agents: applied once, or refused with the reason; replays get the same answer. */
  async receive(request: InboundRequest, body: Record<string, unknown>) {
    const { peer } = await this.peers.authenticate(request);
    const terms: SlashRequest = {
      rulingId: typeof body.ruling_id === 'string' ? body.ruling_id : '',
      registry: peer.baseUrl,
      agentDid: typeof body.agent_did === 'string' ? body.agent_did : '',
      tokenPenalty: body.token_penalty === null || body.token_penalty === undefined || body.token_penalty === '' ? null : String(body.token_penalty),
      reputationAdjustment: typeof body.reputation_adjustment === 'number' ? body.reputation_adjustment : 0,
      reason: typeof body.reason === 'string' ? body.reason.slice(0, 200) : '',
    };
    checkTerms(terms);
    const requestHash = createHash('sha256').update(JSON.stringify([terms.agentDid, terms.tokenPenalty === null ? null : normalAmount(terms.tokenPenalty), terms.reputationAdjustment])).digest('hex');
    const answer = (s: InboundSlash, replayed: boolean) => ({
      status: s.status, reason: s.reason, penalty_transaction_id: s.penaltyTransactionId, new_reputation_score: s.newReputationScore, ruling_id: s.rulingId, replayed,
    });
    const earlier = await this.store.get(peer.id, terms.rulingId);
    if (earlier) {
      if (earlier.requestHash !== requestHash) throw new DomainError('conflict', `ruling ${terms.rulingId} was already received with other terms`, { code: 'RULING_TERMS_CHANGED' });
      return answer(earlier, true);
    }

    const record: InboundSlash = {
      peerId: peer.id, rulingId: terms.rulingId, agentDid: terms.agentDid, tokenPenalty: terms.tokenPenalty, reputationAdjustment: terms.reputationAdjustment,
      requestHash, status: 'refused', reason: null, penaltyTransactionId: null, newReputationScore: null,
    };
    const outcome = await this.apply(peer, terms, record);
    if (!(await this.store.insert(outcome))) {
      // Another delivery of the same ruling finished first; the ledger's keys kept its effects single.
      return answer((await this.store.get(peer.id, terms.rulingId))!, true);
    }
    return answer(outcome, false);
  }

  /** Refusals are final answers; failures to reach our own ledger are not (they throw, and the peer retries). */
  private async apply(peer: Peer, terms: SlashRequest, record: InboundSlash): Promise<InboundSlash> {
    const refuse = (reason: string): InboundSlash => ({ ...record, status: 'refused', reason });
    if (!(await this.ledger.isLocalAgent(terms.agentDid))) return refuse(`${terms.agentDid} is not an agent of this registry`);
    const key = `slash-${peer.id}-${terms.rulingId}`;
    const reason = `ruling ${terms.rulingId} of ${peer.name}${terms.reason ? `: ${terms.reason}` : ''}`.slice(0, 256);
    let penaltyTransactionId: string | null = null;
    if (terms.tokenPenalty !== null) {
      try {
        penaltyTransactionId = (await this.ledger.applyPenalty({ agentDid: terms.agentDid, amount: terms.tokenPenalty, key, reason })).transactionId;
      } catch (err) {
        if (err instanceof DomainError && ['validation_error', 'not_found', 'bad_request'].includes(err.kind)) return refuse(err.message);
        throw err;
      }
    }
    let newReputationScore: number | null = null;
    if (terms.reputationAdjustment !== 0) newReputationScore = (await this.ledger.adjustReputation({ agentDid: terms.agentDid, delta: terms.reputationAdjustment, key, reason })).newScore;
    return { ...record, status: 'applied', reason: null, penaltyTransactionId, newReputationScore };
  }
}

function checkTerms(t: SlashRequest) {
  if (!t.rulingId || t.rulingId.length > 100 || !/^[\w.:-]+$/.test(t.rulingId)) throw validationError('ruling_id must be 1 to 100 letters, digits, _ . : -', 'ruling_id');
  if (!/^did:[a-z0-9]+:.{1,200}$/.test(t.agentDid)) throw validationError('agent_did must be an agent DID', 'agent_did');
  if (t.tokenPenalty !== null && (!AMOUNT.test(t.tokenPenalty) || /^0+(\.0+)?$/.test(t.tokenPenalty))) throw validationError('token_penalty must be a positive decimal amount', 'token_penalty');
  if (!Number.isInteger(t.reputationAdjustment) || Math.abs(t.reputationAdjustment) > 1000) throw validationError('reputation_adjustment must be an integer between -1000 and 1000', 'reputation_adjustment');
  if (t.tokenPenalty === null && t.reputationAdjustment === 0) throw validationError('a slash carries a token penalty, a reputation adjustment or both', 'token_penalty');
}

/** 5, 5.0 and 5.000 are the same terms. */
function normalAmount(a: string): string {
  const [whole, fraction = ''] = a.split('.');
  return `${BigInt(whole!)}.${fraction.padEnd(18, '0')}`;
}
