import { createHash } from 'node:crypto';
import { DomainError, notFound, validationError } from '@agentvault/errors';
import { formatAmount, parseAmount, type Amount } from './amount.js';
import type { Account, LedgerEvent, LedgerTransaction, TransactionType } from './model.js';
import type { LedgerService } from './ledger-service.js';
import { holdEmitKeys, holdEventData } from './holds.js';
import type { HoldRepositories } from './holds-model.js';
import { SYSTEM_ACCOUNTS } from './accounts.js';

/**
 * The SF-3 bridge's movements. Between sovereign frames value travels as wrapped tokens: the
 * home frame locks AVT in an escrow kept per peer frame, the peer mints as many wrapped tokens
 * (which stand for that escrow) to the receiver; redeeming burns them on the peer and releases
 * the escrow at home. Each movement happens once per reference (the emit key derives from it),
 * and alternatives that exclude each other (mint or abort, complete or refund, unlock or abort,
 * remint or redeemed) are decided here under one lock per reference: the first recorded wins,
 * the other answers `preempted`. That is what keeps a saga that resumes after a crash from
 * ever ending both ways.
 */

export const BRIDGE_KINDS = ['lock', 'refund', 'complete', 'unlock', 'abort_unlock', 'mint', 'abort_mint', 'burn', 'remint', 'redeemed'] as const;
export type BridgeKind = (typeof BRIDGE_KINDS)[number];
export const isBridgeKind = (value: string): value is BridgeKind => (BRIDGE_KINDS as readonly string[]).includes(value);

export type BridgeEventType =
  | 'BridgeEscrowLocked'
  | 'CrossRegistryTransferCompensated'
  | 'CrossRegistryTransferCompleted'
  | 'BridgeEscrowUnlocked'
  | 'BridgeUnlockAborted'
  | 'WrappedTokensMinted'
  | 'WrappedMintAborted'
  | 'WrappedTokensBurned'
  | 'WrappedTokensReminted'
  | 'WrappedRedemptionCompleted';

/** AVT of ours locked for one peer frame. */
export const bridgeEscrowOf = (peer: string) => `system:escrow:bridge:${peer}`;
/** Where wrapped tokens of a peer's AVT come from (their supply, negated, in postings only). */
const wrappedIssuanceOf = (origin: string) => `wrapped-issuance:${origin}`;
const wrappedAccountOf = (origin: string, holder: string) => `wrapped:${origin}:${holder}`;

const REFERENCE = /^[A-Za-z0-9_.:-]{1,200}$/;
const PEER = /^https?:\/\/[A-Za-z0-9.\-\[\]:]{1,255}(\/[A-Za-z0-9._~\-/]*)?$/;

interface Rule {
  type: BridgeEventType;
  /** Movements of one group on one reference run one at a time. */
  group: 'transfer' | 'unlock' | 'mint' | 'redeem';
  emitKey(peer: string, ref: string): string;
  /** The alternative this movement excludes (and that excludes it). */
  excludes?: BridgeKind;
  /** The movement this one undoes or finalises: it must have been recorded, and gives agent and amount. */
  follows?: BridgeKind;
}

const RULES: Record<BridgeKind, Rule> = {
  lock: { group: 'transfer', type: 'BridgeEscrowLocked', emitKey: (_p, r) => `bridge_lock:${r}` },
  complete: { group: 'transfer', type: 'CrossRegistryTransferCompleted', emitKey: (_p, r) => `cross_reg_completed:${r}`, excludes: 'refund', follows: 'lock' },
  refund: { group: 'transfer', type: 'CrossRegistryTransferCompensated', emitKey: (_p, r) => `cross_reg_compensated:${r}`, excludes: 'complete', follows: 'lock' },
  unlock: { group: 'unlock', type: 'BridgeEscrowUnlocked', emitKey: (p, r) => `bridge_unlock:${p}:${r}`, excludes: 'abort_unlock' },
  abort_unlock: { group: 'unlock', type: 'BridgeUnlockAborted', emitKey: (p, r) => `bridge_unlock_aborted:${p}:${r}`, excludes: 'unlock' },
  mint: { group: 'mint', type: 'WrappedTokensMinted', emitKey: (p, r) => `bridge_mint:${p}:${r}`, excludes: 'abort_mint' },
  abort_mint: { group: 'mint', type: 'WrappedMintAborted', emitKey: (p, r) => `bridge_mint_aborted:${p}:${r}`, excludes: 'mint' },
  burn: { group: 'redeem', type: 'WrappedTokensBurned', emitKey: (_p, r) => `bridge_burn:${r}` },
  remint: { group: 'redeem', type: 'WrappedTokensReminted', emitKey: (_p, r) => `bridge_remint:${r}`, excludes: 'redeemed', follows: 'burn' },
  redeemed: { group: 'redeem', type: 'WrappedRedemptionCompleted', emitKey: (_p, r) => `bridge_redeemed:${r}`, excludes: 'remint', follows: 'burn' },
};

/** A recorded bridge movement, as its event keeps it. */
export interface RecordedMove {
  kind: BridgeKind;
  peer: string;
  agentDid: string;
  amount: string;
  transactionId: string | null;
}

export interface BridgeRepository {
  /** Serialises every movement on one reference until commit (alternatives race on it). */
  serialize(key: string): Promise<void>;
  openEscrow(peer: string): Promise<void>;
  /** The bridge movement recorded under an emit key, if any. */
  recorded(emitKey: string): Promise<RecordedMove | null>;
  /** Locks a holder's wrapped balance row (creating it at 0) and returns the balance. */
  lockWrapped(origin: string, holder: string): Promise<Amount>;
  adjustWrapped(origin: string, holder: string, delta: Amount): Promise<Amount>;
  wrappedSupply(origin: string): Promise<Amount>;
  wrappedBalances(holder: string): Promise<Array<{ origin: string; balance: Amount }>>;
  escrowBalance(peer: string): Promise<Amount>;
}

export type BridgeRepositories = HoldRepositories & { bridge: BridgeRepository };

export interface BridgeUnitOfWork {
  run<T>(work: (repos: BridgeRepositories) => Promise<T>): Promise<T>;
  readonly read: BridgeRepositories;
}

export interface BridgeMoveInput {
  kind: string;
  reference: string;
  peer: string;
  agentDid: string;
  amount: string;
  memo?: string;
  /**
   * For a lock: a pending hold of the agent's (an A2A payment's) that pays for it. The hold is
   * voided and the escrow locked in one transaction, so the held funds cannot be spent between.
   */
  holdId?: string;
}

export interface BridgeMoveOutcome {
  outcome: 'done' | 'replayed' | 'preempted';
  recordedKind: BridgeKind;
  transactionId: string | null;
  balanceAfter: string;
}

/** A transaction id derived from the emit key, so a movement's record is found again from it. */
const transactionIdOf = (emitKey: string) => 'tx_' + createHash('sha256').update(emitKey).digest('hex').slice(0, 32);

export class BridgeService {
  constructor(
    private readonly uow: BridgeUnitOfWork,
    private readonly ledger: LedgerService,
  ) {}

  async move(input: BridgeMoveInput): Promise<BridgeMoveOutcome> {
    if (!isBridgeKind(input.kind)) throw validationError(`kind must be one of ${BRIDGE_KINDS.join(', ')}`, 'kind');
    const kind = input.kind;
    if (!REFERENCE.test(input.reference)) throw validationError('reference must be 1-200 letters, digits or _.:- characters', 'reference');
    if (!PEER.test(input.peer)) throw validationError('peer must be the base URL of a peer frame', 'peer');
    const rule = RULES[kind];
    const needsAgent = !rule.follows && !kind.startsWith('abort_');
    const amount = needsAgent ? parseAmount(input.amount) : 0n;
    // The agent must exist here before we credit or debit it (opened on the spot if identity knows it).
    if (needsAgent) await this.ledger.requireAgentAccount(input.agentDid, kind === 'mint' || kind === 'unlock' ? 'Receiver agent' : 'Agent');
    const memo = input.memo?.slice(0, 256) || kind;
    const emitKey = rule.emitKey(input.peer, input.reference);

    return this.uow.run(async (repos) => {
      await repos.bridge.serialize(`bridge:${rule.group}:${input.peer}:${input.reference}`);
      const previous = await repos.bridge.recorded(emitKey);
      if (previous) return { outcome: 'replayed', recordedKind: kind, transactionId: previous.transactionId, balanceAfter: '' };
      if (rule.excludes) {
        const other = await repos.bridge.recorded(RULES[rule.excludes].emitKey(input.peer, input.reference));
        if (other) return { outcome: 'preempted', recordedKind: rule.excludes, transactionId: other.transactionId, balanceAfter: '' };
      }
      let agentDid = input.agentDid;
      let value = amount;
      if (rule.follows) {
        const first = await repos.bridge.recorded(RULES[rule.follows].emitKey(input.peer, input.reference));
        if (!first) throw notFound(`no ${rule.follows} is recorded under ${input.reference}`);
        if (first.peer !== input.peer) throw validationError(`${input.reference} belongs to another peer frame`, 'peer');
        agentDid = first.agentDid;
        value = parseAmount(first.amount);
      }
      const tid = transactionIdOf(emitKey);
      if (input.holdId) {
        if (kind !== 'lock') throw validationError('hold_id goes only with a lock', 'hold_id');
        await this.releaseHold(repos, input.holdId, agentDid, value);
      }
      const balanceAfter = await this.apply(repos, kind, { peer: input.peer, agentDid, amount: value, tid, emitKey, memo, reference: input.reference });
      return { outcome: 'done', recordedKind: kind, transactionId: kindMovesAvt(kind) ? tid : null, balanceAfter: formatAmount(balanceAfter) };
    });
  }

  private async apply(
    repos: BridgeRepositories, kind: BridgeKind,
    m: { peer: string; agentDid: string; amount: Amount; tid: string; emitKey: string; memo: string; reference: string },
  ): Promise<Amount> {
    const payload = { kind, peer: m.peer, agent: m.agentDid, amount: formatAmount(m.amount), reference: m.reference, memo: m.memo };
    const escrow = bridgeEscrowOf(m.peer);
    const event = (postings: LedgerEvent['postings'], transactionId: string | null = null): LedgerEvent => ({ emitKey: m.emitKey, type: RULES[kind].type, transactionId, payload, postings });
    const published = { reference: m.reference, peer: m.peer, agent_did: m.agentDid, amount: formatAmount(m.amount), kind };

    switch (kind) {
      case 'lock':
      case 'refund':
      case 'unlock': {
        await repos.bridge.openEscrow(m.peer);
        const accounts = await repos.accounts.lock([m.agentDid, escrow]);
        const agent = accounts.get(m.agentDid);
        if (!agent) throw notFound(`Agent ${m.agentDid} not found`);
        const [from, to] = kind === 'lock' ? [agent, accounts.get(escrow)!] : [accounts.get(escrow)!, agent];
        if (kind === 'lock' && agent.status !== 'active') throw new DomainError('forbidden', 'Agent account is suspended', { code: 'AUTH_AGENT_SUSPENDED' });
        if (from.balance < m.amount) {
          // An unlock larger than the escrow means a peer asks for AVT it never had wrapped.
          throw new DomainError('validation_error', `Insufficient ${kind === 'lock' ? 'funds' : 'bridge escrow'}: balance ${formatAmount(from.balance)}, needed ${formatAmount(m.amount)}`, {
            code: kind === 'lock' ? 'INSUFFICIENT_FUNDS' : 'INSUFFICIENT_ESCROW',
            field: 'amount',
            context: { balance: formatAmount(from.balance), required: formatAmount(m.amount) },
          });
        }
        await this.record(repos, accounts, event([{ accountId: from.id, amount: -m.amount }, { accountId: to.id, amount: m.amount }], m.tid));
        const after = await repos.accounts.adjustMany([{ id: from.id, delta: -m.amount }, { id: to.id, delta: m.amount }]);
        const type: TransactionType = kind === 'lock' ? 'bridge_lock' : kind === 'refund' ? 'bridge_refund' : 'bridge_unlock';
        const transaction: LedgerTransaction = {
          id: m.tid, type, senderId: from.id, receiverId: to.id, amount: m.amount, fee: 0n, status: 'completed', message: m.memo,
          balanceAfter: after.get(agent.id)!, createdAt: new Date(), reputationSignal: null,
        };
        await repos.transactions.insert(transaction);
        await repos.outbox.emit({ type: kind === 'lock' ? 'bridge.escrow_locked' : 'bridge.escrow_released', subject: m.agentDid, data: { ...published, transaction_id: m.tid } });
        return after.get(agent.id)!;
      }
      case 'mint':
      case 'burn':
      case 'remint': {
        const balance = await repos.bridge.lockWrapped(m.peer, m.agentDid);
        if (kind === 'mint') {
          const receiver = await repos.accounts.lock([m.agentDid]);
          if (receiver.get(m.agentDid)?.status !== 'active') {
            throw new DomainError('conflict', `Receiving account ${m.agentDid} is suspended; it can receive nothing until reinstated`, { code: 'ACCOUNT_SUSPENDED' });
          }
        }
        if (kind === 'burn' && balance < m.amount) {
          throw new DomainError('validation_error', `Insufficient wrapped tokens: balance ${formatAmount(balance)}, needed ${formatAmount(m.amount)}`, {
            code: 'INSUFFICIENT_FUNDS', field: 'amount', context: { balance: formatAmount(balance), required: formatAmount(m.amount) },
          });
        }
        const sign = kind === 'burn' ? -1n : 1n;
        const holder = wrappedAccountOf(m.peer, m.agentDid);
        const issuance = wrappedIssuanceOf(m.peer);
        const after = balance + sign * m.amount;
        const recorded = await repos.eventStore.append(event([{ accountId: issuance, amount: -sign * m.amount }, { accountId: holder, amount: sign * m.amount }]));
        if (!recorded) throw new DomainError('conflict', `${m.emitKey} has already been recorded`, { code: 'CONFLICT' });
        await repos.bridge.adjustWrapped(m.peer, m.agentDid, sign * m.amount);
        await repos.outbox.emit({ type: kind === 'burn' ? 'bridge.wrapped_burned' : 'bridge.wrapped_minted', subject: m.agentDid, data: { ...published, transaction_id: null } });
        return after;
      }
      case 'complete':
      case 'redeemed':
      case 'abort_mint':
      case 'abort_unlock': {
        if (!(await repos.eventStore.append(event([])))) throw new DomainError('conflict', `${m.emitKey} has already been recorded`, { code: 'CONFLICT' });
        if (kind === 'complete' || kind === 'redeemed') {
          await repos.outbox.emit({ type: 'bridge.transfer_completed', subject: m.agentDid, data: { ...published, transaction_id: null } });
        }
        return 0n;
      }
    }
  }

  /** The hold's funds (amount and fee) back to the payer, inside the lock's transaction: voided, as HoldService voids. */
  private async releaseHold(repos: BridgeRepositories, holdId: string, payerDid: string, amount: Amount): Promise<void> {
    const hold = await repos.holds.lock(holdId);
    if (!hold) throw new DomainError('not_found', `Hold ${holdId} not found`, { code: 'HOLD_NOT_FOUND' });
    if (hold.payerId !== payerDid || hold.amount !== amount) throw validationError(`hold ${holdId} is not this agent's hold of this amount`, 'hold_id');
    if (hold.status !== 'pending') throw new DomainError('conflict', `Hold ${hold.id} is already ${hold.status}`, { code: 'HOLD_NOT_PENDING', context: { hold_id: hold.id, status: hold.status } });
    const escrow = SYSTEM_ACCOUNTS.paymentsEscrow;
    const total = hold.amount + hold.fee;
    const locked = await repos.accounts.lock([hold.payerId, escrow]);
    if (!(await this.ledger.record(repos, locked, {
      emitKey: holdEmitKeys(hold.id).voided, type: 'HoldVoided', transactionId: null,
      payload: { hold_id: hold.id, payer: hold.payerId, amount: formatAmount(total), reason: 'bridged to another registry' },
      postings: [{ accountId: escrow, amount: -total }, { accountId: hold.payerId, amount: total }],
    }))) throw new DomainError('conflict', `hold ${hold.id} was already ended`, { code: 'CONFLICT' });
    await repos.accounts.adjustMany([{ id: escrow, delta: -total }, { id: hold.payerId, delta: total }]);
    const end = { status: 'voided' as const, endedAt: new Date(), postedAmount: null, transactionId: null, endReason: 'bridged to another registry' };
    await repos.holds.end(hold.id, end);
    await repos.outbox.emit({ type: 'hold.voided', subject: hold.payerId, data: holdEventData({ ...hold, ...end }) });
  }

  /** Through the ledger's record(): balanced postings, and no credit to a suspended agent. */
  private async record(repos: BridgeRepositories, locked: ReadonlyMap<string, Account>, event: LedgerEvent) {
    if (!(await this.ledger.record(repos, locked, event))) throw new DomainError('conflict', `${event.emitKey} has already been recorded`, { code: 'CONFLICT' });
  }

  async figures(peer: string): Promise<{ escrowLocked: Amount; wrappedSupply: Amount }> {
    if (!PEER.test(peer)) throw validationError('peer must be the base URL of a peer frame', 'peer');
    const [escrowLocked, wrappedSupply] = await Promise.all([this.uow.read.bridge.escrowBalance(peer), this.uow.read.bridge.wrappedSupply(peer)]);
    return { escrowLocked, wrappedSupply };
  }

  wrappedBalances(holder: string) {
    return this.uow.read.bridge.wrappedBalances(holder);
  }
}

const kindMovesAvt = (kind: BridgeKind) => kind === 'lock' || kind === 'refund' || kind === 'unlock';
