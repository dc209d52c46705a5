import { randomBytes } from 'node:crypto';
import { DomainError, forbidden, notFound, validationError } from '@agentvault/errors';
import { trimBase } from './card.js';
import { PeerUnavailable, type PeerService } from './peer-service.js';
import type { FederationRepositories, Peer, PeerTransport } from './ports.js';
import type { InboundRequest } from './request-signature.js';
import { FINAL_STATES, type BridgeLedger, type BridgeSaga, type SagaChange, type SagaKind, type SagaRepository, type SagaState } from './bridge-ports.js';

/**
 * Cross-registry transfers (flow 8) over the SF-3 bridge, as a saga whose state is stored at
 * every step. Home side: lock the sender's AVT in the peer's escrow, ask the peer (signed,
 * RFC 9421) to mint as many wrapped tokens to the receiver, then record the transfer complete;
 * a refusal or a final timeout compensates (the escrow goes back to the sender). Redemption is
 * the mirror image on the peer: burn the wrapped tokens, ask their frame to release its escrow.
 *
 * Every step is idempotent where the money is (the ledger, once per reference) and the two
 * endings exclude each other there: a peer cancels a mint for good before we refund, and
 * answers `minted` instead if it had minted. So a saga resumed after a crash of either
 * registry, at any step, or advanced twice at once, ends completed or compensated, never both.
 */

export const BRIDGE_PATHS = {
  mint: '/api/v1/bridge/mint-wrapped',
  unlock: '/api/v1/bridge/unlock',
  cancel: '/api/v1/bridge/cancel',
  supply: '/api/v1/bridge/supply',
} as const;

/** Where a test stops a registry dead (FAULT_CRASH_AT), to prove the saga resumes from there. */
export type FaultPoint = 'bridge.after_create' | 'bridge.after_lock' | 'bridge.after_mint' | 'bridge.before_refund' | 'bridge.peer_after_mint' | 'bridge.peer_after_unlock';

export interface CrossRegistryOptions {
  /** Registries (names or base URLs) allowed to take part in payments; empty: every approved peer. */
  trustedRegistries: readonly string[];
  /** First retry delay of a peer call that got no answer; doubles up to 30 s. */
  retryMs: number;
  /** After this, a transfer the peer has not taken is cancelled and compensated. */
  timeoutMs: number;
  peerTimeoutMs: number;
  ownBaseUrl: () => string;
  fault: (point: FaultPoint) => void;
  now?: () => Date;
}

export interface StartTransferInput {
  senderDid: string;
  receiverDid: string;
  receiverRegistry: string;
  amount: string;
  message?: string;
  purpose: 'transfer' | 'payment';
  paymentRef?: string;
  /** For a payment: its ledger hold, which pays for the lock. */
  holdId?: string;
  idempotency?: { scope: string; key: string; requestHash: string };
}

export interface StartRedeemInput {
  holderDid: string;
  originRegistry: string;
  receiverDid: string;
  amount: string;
  idempotency?: { scope: string; key: string; requestHash: string };
}

type PeerAnswer = { kind: 'ok'; body: Record<string, unknown> } | { kind: 'refused'; status: number; reason: string } | { kind: 'unknown'; reason: string };

const REFERENCE = /^[A-Za-z0-9_.:-]{1,200}$/;
const DID = /^did:[a-z0-9]+:[A-Za-z0-9._:%-]{1,200}$/;
const AMOUNT = /^\d{1,20}(\.\d{1,18})?$/;
const MAX_BACKOFF_MS = 30_000;

const keyReused = () => new DomainError('validation_error', 'Idempotency-Key was already used with a different request body', { code: 'IDEMPOTENCY_KEY_REUSED', field: 'Idempotency-Key' });

export class CrossRegistryService {
  private readonly now: () => Date;
  /** One advance per saga at a time in this process (others, in other replicas, are harmless). */
  private readonly running = new Map<string, Promise<BridgeSaga>>();

  constructor(
    private readonly sagas: SagaRepository,
    private readonly peerRecords: FederationRepositories['peers'],
    private readonly peers: PeerService,
    private readonly transport: PeerTransport,
    private readonly ledger: BridgeLedger,
    private readonly options: CrossRegistryOptions,
  ) {
    this.now = options.now ?? (() => new Date());
  }

  // ── starting ────────────────────────────────────────────────────────────────

  async startTransfer(input: StartTransferInput): Promise<{ saga: BridgeSaga; replayed: boolean }> {
    const amount = checkAmount(input.amount);
    if (!DID.test(input.receiverDid)) throw validationError('receiver_agent_id must be a DID', 'receiver_agent_id');
    if (input.message && input.message.length > 256) throw validationError('message must be at most 256 characters', 'message');
    const peer = await this.sovereignPeer(input.receiverRegistry, 'receiver_registry');
    if (input.purpose === 'payment' && !this.trusted(peer)) {
      throw new DomainError('forbidden', `registry ${peer.name} is not in TRUSTED_REGISTRIES; payments to it are refused`, { code: 'REGISTRY_NOT_TRUSTED', field: 'receiver_registry' });
    }
    return this.start('transfer', input.senderDid, input.receiverDid, peer, amount, input.message ?? null, input.purpose, input.paymentRef ?? null, input.idempotency, input.holdId ?? null);
  }

  async startRedeem(input: StartRedeemInput): Promise<{ saga: BridgeSaga; replayed: boolean }> {
    const amount = checkAmount(input.amount);
    if (!DID.test(input.receiverDid)) throw validationError('receiver_agent_id must be a DID', 'receiver_agent_id');
    const peer = await this.sovereignPeer(input.originRegistry, 'origin_registry');
    return this.start('redeem', input.holderDid, input.receiverDid, peer, amount, null, 'transfer', null, input.idempotency);
  }

  private async start(
    kind: SagaKind, agentDid: string, counterpartyDid: string, peer: Peer, amount: string, message: string | null,
    purpose: 'transfer' | 'payment', paymentRef: string | null, idempotency: StartTransferInput['idempotency'], holdId: string | null = null,
  ): Promise<{ saga: BridgeSaga; replayed: boolean }> {
    const now = this.now();
    const { saga, created } = await this.sagas.insert({
      id: `${kind === 'transfer' ? 'xrt' : 'xrr'}_${randomBytes(16).toString('hex')}`,
      kind, agentDid, counterpartyDid, peerId: peer.id, peerBaseUrl: peer.baseUrl, peerName: peer.name, amount, message, purpose, paymentRef, holdId,
      nextAttemptAt: now, deadlineAt: new Date(now.getTime() + this.options.timeoutMs),
      idempotencyScope: idempotency?.scope ?? null, idempotencyKey: idempotency?.key ?? null, requestHash: idempotency?.requestHash ?? null,
    });
    if (!created) {
      // The same key (or payment) again: the transfer it started, unless the request differs.
      if (idempotency && saga.requestHash !== idempotency.requestHash) throw keyReused();
      if (saga.agentDid !== agentDid || saga.counterpartyDid !== counterpartyDid || saga.amount !== amount || saga.peerBaseUrl !== peer.baseUrl) throw keyReused();
      return { saga: FINAL_STATES.includes(saga.state) ? saga : await this.advance(saga.id), replayed: true };
    }
    this.options.fault('bridge.after_create');
    return { saga: await this.advance(saga.id), replayed: false };
  }

  // ── advancing ───────────────────────────────────────────────────────────────

  /** Moves the saga on as far as it goes now; what waits for a peer is retried by the worker. */
  advance(id: string): Promise<BridgeSaga> {
    const current = this.running.get(id);
    if (current) return current;
    const run = this.advanceOnce(id).finally(() => this.running.delete(id));
    this.running.set(id, run);
    return run;
  }

  /** The worker's pass: every unfinished saga that is due (at start: whatever a crash left). */
  async resumeDue(limit = 50): Promise<number> {
    const due = await this.sagas.due(this.now(), limit);
    for (const saga of due) await this.advance(saga.id);
    return due.length;
  }

  private async advanceOnce(id: string): Promise<BridgeSaga> {
    let saga = await this.sagas.get(id);
    if (!saga) throw notFound(`cross-registry transfer ${id} not found`);
    for (let moves = 0; moves < 10 && !FINAL_STATES.includes(saga.state); moves++) {
      const next = await this.step(saga);
      if (!next) break; // waiting for a retry
      saga = next;
    }
    return (await this.sagas.get(id))!;
  }

  /** One step from the saga's state; null when it must wait. */
  private async step(saga: BridgeSaga): Promise<BridgeSaga | null> {
    switch (saga.state) {
      case 'created':
        return this.debit(saga);
      case 'debited':
        if (this.now() >= saga.deadlineAt) return this.moveTo(saga, 'aborting', { failureReason: 'the peer did not take the transfer before the deadline', step: { step: 'timed_out', at: iso(this.now()) } });
        return this.credit(saga);
      case 'credited': {
        const r = await this.ledger.move({ kind: saga.kind === 'transfer' ? 'complete' : 'redeemed', reference: saga.id, peer: saga.peerBaseUrl, agentDid: saga.agentDid, amount: saga.amount });
        if (r.outcome === 'preempted') throw new Error(`saga ${saga.id}: the ledger holds a compensation where the peer credited`);
        return this.moveTo(saga, 'completed', { step: { step: 'completed', at: iso(this.now()) } });
      }
      case 'aborting':
        return this.compensate(saga);
      default:
        return null;
    }
  }

  private async debit(saga: BridgeSaga): Promise<BridgeSaga | null> {
    try {
      await this.ledger.move({
        kind: saga.kind === 'transfer' ? 'lock' : 'burn', reference: saga.id, peer: saga.peerBaseUrl, agentDid: saga.agentDid, amount: saga.amount, holdId: saga.holdId ?? undefined,
        memo: saga.kind === 'transfer' ? `cross-registry transfer to ${saga.counterpartyDid} at ${saga.peerName}` : `redemption to ${saga.counterpartyDid} at ${saga.peerName}`,
      });
    } catch (err) {
      // Refused by the ledger (funds, suspension, unknown agent): nothing moved, nothing to undo.
      if (err instanceof DomainError && ['bad_request', 'validation_error', 'forbidden', 'not_found', 'conflict'].includes(err.kind)) {
        return this.moveTo(saga, 'failed', { failureReason: err.message, step: { step: 'refused', at: iso(this.now()), detail: err.code ?? err.kind } });
      }
      return this.retryLater(saga, { reason: (err as Error).message });
    }
    const next = await this.moveTo(saga, 'debited', { step: { step: saga.kind === 'transfer' ? 'escrow_locked' : 'wrapped_burned', at: iso(this.now()) } });
    this.options.fault('bridge.after_lock');
    return next;
  }

  private async credit(saga: BridgeSaga): Promise<BridgeSaga | null> {
    const answer = await this.callPeer(
      saga,
      saga.kind === 'transfer' ? BRIDGE_PATHS.mint : BRIDGE_PATHS.unlock,
      saga.kind === 'transfer'
        ? { transfer_id: saga.id, sender_agent_id: saga.agentDid, receiver_agent_id: saga.counterpartyDid, amount: saga.amount, message: saga.message, purpose: saga.purpose }
        : { redeem_id: saga.id, holder_agent_id: saga.agentDid, receiver_agent_id: saga.counterpartyDid, amount: saga.amount },
    );
    if (answer.kind === 'unknown') return this.retryLater(saga, { reason: answer.reason, uncertain: true });
    if (answer.kind === 'refused') {
      return this.moveTo(saga, 'aborting', { failureReason: `${saga.peerName} refused: ${answer.reason}`, step: { step: 'peer_refused', at: iso(this.now()), detail: String(answer.status) } });
    }
    if (answer.body.status === 'aborted') {
      return this.moveTo(saga, 'aborting', { failureReason: `${saga.peerName} had cancelled this transfer`, step: { step: 'peer_cancelled', at: iso(this.now()) } });
    }
    this.options.fault('bridge.after_mint');
    return this.moveTo(saga, 'credited', { step: { step: saga.kind === 'transfer' ? 'wrapped_minted' : 'escrow_released', at: iso(this.now()) } });
  }

  /**
   * Before giving the money back, the peer cancels its side for good (or says it had credited,
   * and the transfer completes instead). Only when no call of ours can have reached it unheard
   * may a peer that will not even answer the cancel be passed over.
   */
  private async compensate(saga: BridgeSaga): Promise<BridgeSaga | null> {
    const cancel = await this.callPeer(saga, BRIDGE_PATHS.cancel, { kind: saga.kind === 'transfer' ? 'mint' : 'unlock', id: saga.id });
    if (cancel.kind === 'ok' && (cancel.body.status === 'minted' || cancel.body.status === 'unlocked')) {
      return this.moveTo(saga, 'credited', { failureReason: null, step: { step: saga.kind === 'transfer' ? 'wrapped_minted' : 'escrow_released', at: iso(this.now()), detail: 'found while cancelling' } });
    }
    const confirmed = cancel.kind === 'ok' && cancel.body.status === 'aborted';
    if (!confirmed && (cancel.kind === 'unknown' || saga.uncertain)) return this.retryLater(saga, { reason: cancel.kind === 'ok' ? 'unexpected cancel answer' : cancel.reason });
    this.options.fault('bridge.before_refund');
    const r = await this.ledger.move({ kind: saga.kind === 'transfer' ? 'refund' : 'remint', reference: saga.id, peer: saga.peerBaseUrl, agentDid: saga.agentDid, amount: saga.amount });
    if (r.outcome === 'preempted') throw new Error(`saga ${saga.id}: the ledger holds a completion where the peer cancelled`);
    return this.moveTo(saga, 'compensated', { step: { step: saga.kind === 'transfer' ? 'escrow_refunded' : 'wrapped_reminted', at: iso(this.now()) } });
  }

  private async moveTo(saga: BridgeSaga, state: SagaState, change: Omit<SagaChange, 'state'>): Promise<BridgeSaga> {
    const moved = await this.sagas.transition(saga.id, saga.state, { ...change, state, attempts: 0, nextAttemptAt: this.now() });
    // Another advancer moved it first: carry on from where it is now.
    return moved ?? (await this.sagas.get(saga.id))!;
  }

  private async retryLater(saga: BridgeSaga, { reason, uncertain }: { reason: string; uncertain?: boolean }): Promise<null> {
    const delay = Math.min(this.options.retryMs * 2 ** Math.min(saga.attempts, 10), MAX_BACKOFF_MS);
    await this.sagas.transition(saga.id, saga.state, {
      attempts: saga.attempts + 1,
      nextAttemptAt: new Date(this.now().getTime() + delay),
      ...(uncertain ? { uncertain: true } : {}),
      step: { step: 'retry_scheduled', at: iso(this.now()), detail: reason.slice(0, 200) },
    });
    return null;
  }

  private async callPeer(saga: BridgeSaga, path: string, body: Record<string, unknown>): Promise<PeerAnswer> {
    const peer = await this.peerRecords.get(saga.peerId);
    if (!peer) return { kind: 'refused', status: 404, reason: 'the peer registry is no longer registered here' };
    try {
      const res = await this.transport.signedRequest<Record<string, unknown>>(String(peer.id), { method: 'POST', url: `${peer.baseUrl}${path}`, body, timeoutMs: this.options.peerTimeoutMs });
      if (res.status === 200 && res.body) return { kind: 'ok', body: res.body };
      const detail = typeof res.body?.detail === 'string' ? res.body.detail : `answered ${res.status}`;
      // Refusals come before anything moves there; 409 (still running) and 429 are worth another try.
      if ([400, 401, 403, 404, 422].includes(res.status)) return { kind: 'refused', status: res.status, reason: detail };
      return { kind: 'unknown', reason: detail };
    } catch (err) {
      if (err instanceof PeerUnavailable) return { kind: 'unknown', reason: err.message };
      throw err;
    }
  }

  // ── reading ─────────────────────────────────────────────────────────────────

  async get(id: string, agentDid: string): Promise<BridgeSaga> {
    const saga = REFERENCE.test(id) ? await this.sagas.get(id) : null;
    if (!saga || saga.agentDid !== agentDid) throw notFound(`cross-registry transfer ${id} not found`);
    return saga;
  }

  list(agentDid: string, limit: number, offset: number) {
    return this.sagas.list(agentDid, limit, offset);
  }

  // ── the peer side (signed requests from an approved peer) ───────────────────

  async receiveMint(request: InboundRequest, body: Record<string, unknown>) {
    const { peer } = await this.peers.authenticate(request);
    const transferId = field(body, 'transfer_id', REFERENCE);
    const receiver = field(body, 'receiver_agent_id', DID);
    const amount = field(body, 'amount', AMOUNT);
    if (body.purpose === 'payment' && !this.trusted(peer)) throw forbidden(`registry ${peer.name} is not in TRUSTED_REGISTRIES; its payments are refused`);
    const r = await this.ledger.move({ kind: 'mint', reference: transferId, peer: peer.baseUrl, agentDid: receiver, amount, memo: `from ${String(body.sender_agent_id ?? '')} at ${peer.name}`.slice(0, 256) });
    if (r.outcome === 'preempted') return { status: 'aborted', transfer_id: transferId };
    this.options.fault('bridge.peer_after_mint');
    return { status: 'minted', transfer_id: transferId, receiver_agent_id: receiver, amount, wrapped_origin: peer.baseUrl, replayed: r.outcome === 'replayed' };
  }

  async receiveUnlock(request: InboundRequest, body: Record<string, unknown>) {
    const { peer } = await this.peers.authenticate(request);
    const redeemId = field(body, 'redeem_id', REFERENCE);
    const receiver = field(body, 'receiver_agent_id', DID);
    const amount = field(body, 'amount', AMOUNT);
    const r = await this.ledger.move({ kind: 'unlock', reference: redeemId, peer: peer.baseUrl, agentDid: receiver, amount, memo: `redeemed by ${String(body.holder_agent_id ?? '')} at ${peer.name}`.slice(0, 256) });
    if (r.outcome === 'preempted') return { status: 'aborted', redeem_id: redeemId };
    this.options.fault('bridge.peer_after_unlock');
    return { status: 'unlocked', redeem_id: redeemId, receiver_agent_id: receiver, amount, replayed: r.outcome === 'replayed' };
  }

  /** The home frame gives up on a mint (or a redemption's unlock): recorded for good, unless it happened first. */
  async receiveCancel(request: InboundRequest, body: Record<string, unknown>) {
    const { peer } = await this.peers.authenticate(request);
    const id = field(body, 'id', REFERENCE);
    if (body.kind !== 'mint' && body.kind !== 'unlock') throw validationError('kind must be mint or unlock', 'kind');
    const r = await this.ledger.move({ kind: body.kind === 'mint' ? 'abort_mint' : 'abort_unlock', reference: id, peer: peer.baseUrl, agentDid: '', amount: '' });
    if (r.outcome === 'preempted') return { status: body.kind === 'mint' ? 'minted' : 'unlocked', id };
    return { status: 'aborted', id };
  }

  /** What this frame holds for the calling peer, for its conservation audit. */
  async supply(request: InboundRequest) {
    const { peer } = await this.peers.authenticate(request);
    const figures = await this.ledger.figures(peer.baseUrl);
    return {
      registry: this.options.ownBaseUrl(),
      peer: peer.baseUrl,
      escrow_locked_for_you: figures.escrowLocked,
      wrapped_supply_of_yours: figures.wrappedSupply,
      in_flight: await this.sagas.inFlight(peer.baseUrl),
      checked_at: iso(this.now()),
    };
  }

  /**
   * For every approved frame: AVT we hold in its escrow against its wrapped supply of ours, and
   * the reverse. They agree whenever no transfer between the two is in flight.
   */
  async conservation() {
    const { items } = await this.peerRecords.list({ status: 'ACTIVE', offset: 0, limit: 1000 });
    const pairs = await Promise.all(
      items.filter((p) => roleOf(p) !== 'satellite').map(async (peer) => {
        const here = await this.ledger.figures(peer.baseUrl);
        const inFlightHere = await this.sagas.inFlight(peer.baseUrl);
        let there: PeerSupply | null = null;
        let error: string | null = null;
        try {
          const res = await this.transport.signedRequest<PeerSupply>(String(peer.id), { method: 'GET', url: `${peer.baseUrl}${BRIDGE_PATHS.supply}`, timeoutMs: this.options.peerTimeoutMs });
          if (res.status === 200 && res.body) there = res.body;
          else error = `answered ${res.status}`;
        } catch (err) {
          error = (err as Error).message;
        }
        const outbound = { avt_locked_here: here.escrowLocked, wrapped_supply_there: there?.wrapped_supply_of_yours ?? null };
        const inbound = { wrapped_supply_here: here.wrappedSupply, avt_locked_there: there?.escrow_locked_for_you ?? null };
        return {
          peer: peer.name,
          base_url: peer.baseUrl,
          reachable: there !== null,
          error,
          outbound: { ...outbound, agrees: there ? sameAmount(outbound.avt_locked_here, outbound.wrapped_supply_there) : null },
          inbound: { ...inbound, agrees: there ? sameAmount(inbound.wrapped_supply_here, inbound.avt_locked_there) : null },
          in_flight_here: inFlightHere.count,
          in_flight_there: there?.in_flight?.count ?? null,
        };
      }),
    );
    return {
      registry: this.options.ownBaseUrl(),
      checked_at: iso(this.now()),
      pairs,
      agrees: pairs.every((p) => p.outbound.agrees === true && p.inbound.agrees === true),
    };
  }

  // ── helpers ─────────────────────────────────────────────────────────────────

  /** An approved peer frame by name or base URL (satellites share their parent's currency: no bridge). */
  private async sovereignPeer(registry: string, fieldName: string): Promise<Peer> {
    const wanted = registry.trim();
    const peer = (await this.peerRecords.byName(wanted)) ?? (/^https?:\/\//.test(wanted) ? await this.peerRecords.byBaseUrl(trimBase(wanted)) : null);
    if (!peer || peer.status !== 'ACTIVE') throw new DomainError('validation_error', `${wanted} is not an approved peer registry`, { code: 'UNKNOWN_REGISTRY', field: fieldName });
    if (trimBase(peer.baseUrl) === trimBase(this.options.ownBaseUrl())) throw validationError('the receiver is on this registry: use /teg/transfer', fieldName);
    if (roleOf(peer) === 'satellite') {
      throw new DomainError('validation_error', `${peer.name} is a satellite and shares its parent's currency; send to its parent frame`, { code: 'NOT_A_FRAME', field: fieldName });
    }
    return peer;
  }

  private trusted(peer: Peer): boolean {
    const list = this.options.trustedRegistries;
    if (list.length === 0) return true;
    const cardName = (peer.card?.identity as { name?: string } | undefined)?.name;
    return list.some((entry) => entry === peer.name || entry === cardName || trimBase(entry) === trimBase(peer.baseUrl));
  }
}

/** What a peer's supply endpoint answers. */
interface PeerSupply {
  escrow_locked_for_you?: string;
  wrapped_supply_of_yours?: string;
  in_flight?: { count: number };
}

function roleOf(peer: Peer): string | undefined {
  return (peer.card?.identity as { role?: string } | undefined)?.role;
}

function checkAmount(value: string): string {
  if (!AMOUNT.test(value) || /^0+(\.0+)?$/.test(value)) throw validationError('amount must be a positive decimal with at most 18 places', 'amount');
  return normaliseAmount(value);
}

/** One spelling per amount (18 places), so that a replay with `10` matches one with `10.0`. */
function normaliseAmount(value: string): string {
  const [whole = '0', frac = ''] = value.split('.');
  return `${BigInt(whole).toString()}.${frac.padEnd(18, '0')}`;
}

function sameAmount(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && normaliseAmount(a) === normaliseAmount(b);
}

function field(body: Record<string, unknown>, name: string, pattern: RegExp): string {
  const value = body[name];
  if (typeof value !== 'string' || !pattern.test(value)) throw validationError(`${name} is missing or malformed`, name);
  return value;
}

const iso = (d: Date) => d.toISOString();
