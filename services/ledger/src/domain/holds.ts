import { randomBytes } from 'node:crypto';
import { DomainError, notFound, validationError } from '@agentvault/errors';
import { formatAmount, parseAmount, type Amount } from './amount.js';
import { assertCreditsAllowed, isAgentDid, SYSTEM_ACCOUNTS } from './accounts.js';
import type { LedgerService } from './ledger-service.js';
import type { Account, LedgerEvent, LedgerTransaction } from './model.js';
import type { Hold, HoldRepositories, HoldUnitOfWork } from './holds-model.js';

/**
 * Two-phase movements. Placing a hold moves `amount + fee` from the payer into the payments
 * escrow account (so the payer cannot promise the same AVT twice and a post cannot fail for
 * lack of funds); then exactly one of:
 *   post  escrow → receiver (the held amount or less), escrow → fees (the fee), any rest → payer
 *   void  escrow → payer, everything (`expired` when it is the hold's expiry that ends it)
 * Every step is double-entry with an emit key derived from the hold id, under the hold's row lock.
 */

const ESCROW = SYSTEM_ACCOUNTS.paymentsEscrow;
const MAX_REFERENCE = 200;

export const holdEmitKeys = (holdId: string) => ({
  placed: `hold-${holdId}`,
  transfer: `hold-xfer-${holdId}`,
  fee: `hold-fee-${holdId}`,
  rest: `hold-rest-${holdId}`,
  commission: `hold-commission-${holdId}`,
  voided: `hold-void-${holdId}`,
  audit: `hold-audit-${holdId}`,
});

export interface PlaceHoldInput {
  payerDid: string;
  receiverDid?: string;
  amount: unknown;
  reference: string;
  purpose?: string;
  expiresAt?: Date;
}

export interface PostHoldInput {
  holdId: string;
  /** Less than or equal to the held amount; the whole of it when absent. */
  amount?: unknown;
  /** Required when the hold has no receiver; must match it when it has one. */
  receiverDid?: string;
  /** An audit-only event (no postings) recorded beside the movement, e.g. A2APaymentSettled. */
  auditEvent?: { type: 'A2APaymentSettled'; payload: Record<string, unknown> };
  /** Part of the posted amount that goes to the treasury, not the receiver (a platform commission). */
  commission?: unknown;
}

export interface HoldOutcome {
  hold: Hold;
  transaction: LedgerTransaction | null;
  /** The hold was already in the asked-for state: nothing moved this time. */
  replayed: boolean;
}

const holdNotFound = (id: string) => new DomainError('not_found', `Hold ${id} not found`, { code: 'HOLD_NOT_FOUND' });
const holdEnded = (hold: Hold) =>
  new DomainError('conflict', `Hold ${hold.id} is already ${hold.status}`, { code: 'HOLD_NOT_PENDING', context: { hold_id: hold.id, status: hold.status } });

export function newHoldId(): string {
  return 'hold_' + randomBytes(16).toString('hex');
}

export class HoldService {
  constructor(
    private readonly uow: HoldUnitOfWork,
    private readonly ledger: LedgerService,
    private readonly now: () => Date = () => new Date(),
  ) {}

  get fee(): Amount {
    return this.ledger.settings.transferFee;
  }

  async place(input: PlaceHoldInput): Promise<{ hold: Hold; replayed: boolean }> {
    const amount = parseAmount(input.amount);
    const reference = input.reference?.trim();
    if (!reference || reference.length > MAX_REFERENCE) throw validationError(`reference must be 1 to ${MAX_REFERENCE} characters`, 'reference');
    if (input.receiverDid !== undefined) {
      if (!isAgentDid(input.receiverDid)) throw notFound(`Receiver agent ${input.receiverDid} not found`);
      if (input.receiverDid === input.payerDid) throw new DomainError('validation_error', 'Cannot pay yourself', { code: 'SELF_TRANSFER', field: 'receiver' });
    }
    if (input.expiresAt && input.expiresAt.getTime() <= this.now().getTime()) throw validationError('expires_at must be in the future', 'expires_at');
    await this.ledger.requireAgentAccount(input.payerDid, 'Agent');
    if (input.receiverDid) await this.ledger.requireAgentAccount(input.receiverDid, 'Receiver agent');
    const fee = this.fee;
    const total = amount + fee;

    return this.uow.run(async (repos) => {
      const existing = await repos.holds.getByReference(reference);
      if (existing) return { hold: this.sameHold(existing, input.payerDid, amount), replayed: true };
      const locked = await repos.accounts.lock([input.payerDid, ESCROW]);
      const payer = locked.get(input.payerDid)!;
      if (payer.status !== 'active') throw new DomainError('forbidden', 'Agent account is suspended', { code: 'AUTH_AGENT_SUSPENDED' });
      if (payer.balance < total) {
        throw new DomainError('validation_error', `Insufficient funds: balance ${formatAmount(payer.balance)}, needed ${formatAmount(total)}`, {
          code: 'INSUFFICIENT_FUNDS', field: 'amount', context: { balance: formatAmount(payer.balance), required: formatAmount(total) },
        });
      }
      const hold: Hold = {
        id: newHoldId(), reference, payerId: payer.id, receiverId: input.receiverDid ?? null, amount, fee,
        purpose: input.purpose?.slice(0, 256) || 'hold', status: 'pending', expiresAt: input.expiresAt ?? null,
        postedAmount: null, transactionId: null, endReason: null, createdAt: this.now(), endedAt: null,
      };
      // A concurrent placement under the same reference loses on the UNIQUE constraint and rolls back.
      await repos.holds.insert(hold);
      await repos.accounts.adjustMany([{ id: payer.id, delta: -total }, { id: ESCROW, delta: total }]);
      await record(repos, locked, [{
        emitKey: holdEmitKeys(hold.id).placed, type: 'HoldPlaced', transactionId: null,
        payload: { hold_id: hold.id, reference, payer: payer.id, receiver: hold.receiverId, amount: formatAmount(amount), fee: formatAmount(fee) },
        postings: [{ accountId: payer.id, amount: -total }, { accountId: ESCROW, amount: total }],
      }]);
      await repos.outbox.emit({ type: 'hold.placed', subject: payer.id, data: holdEventData(hold) });
      return { hold, replayed: false };
    });
  }

  async post(input: PostHoldInput): Promise<HoldOutcome> {
    const current = await this.uow.read.holds.get(input.holdId);
    if (!current) throw holdNotFound(input.holdId);
    const receiverDid = input.receiverDid || current.receiverId;
    if (!receiverDid) throw validationError('receiver is required: the hold names none', 'receiver');
    if (current.receiverId && input.receiverDid && input.receiverDid !== current.receiverId) {
      throw validationError('receiver differs from the one the hold was placed for', 'receiver');
    }
    if (receiverDid === current.payerId) throw new DomainError('validation_error', 'Cannot pay yourself', { code: 'SELF_TRANSFER', field: 'receiver' });
    if (current.status === 'pending') await this.ledger.requireAgentAccount(receiverDid, 'Receiver agent');

    return this.uow.run(async (repos) => {
      const hold = (await repos.holds.lock(input.holdId))!;
      if (hold.status === 'posted') return { hold, transaction: await repos.transactions.get(hold.transactionId!), replayed: true };
      if (hold.status !== 'pending') throw holdEnded(hold);
      if (hold.expiresAt && hold.expiresAt.getTime() <= this.now().getTime()) {
        throw new DomainError('validation_error', `Hold ${hold.id} expired at ${hold.expiresAt.toISOString()}`, { code: 'HOLD_EXPIRED', context: { hold_id: hold.id } });
      }
      const captured = input.amount === undefined || input.amount === '' ? hold.amount : parseAmount(input.amount);
      if (captured > hold.amount) throw validationError(`amount exceeds the held ${formatAmount(hold.amount)}`, 'amount');
      const rest = hold.amount - captured;
      const commission = input.commission === undefined || input.commission === '' ? 0n : parseAmount(input.commission, 'commission_amount', { allowZero: true });
      if (commission > captured) throw validationError('commission_amount exceeds the posted amount', 'commission_amount');
      const earned = captured - commission;

      const TREASURY = SYSTEM_ACCOUNTS.treasury;
      const locked = await repos.accounts.lock(commission > 0n ? [hold.payerId, receiverDid, ESCROW, TREASURY] : [hold.payerId, receiverDid, ESCROW]);
      const receiver = locked.get(receiverDid);
      if (!receiver) throw notFound(`Receiver agent ${receiverDid} not found`);
      if (receiver.status !== 'active') throw validationError('Receiver account is suspended', 'receiver');
      const changes = [{ id: ESCROW, delta: -(captured + hold.fee + rest) }, { id: receiver.id, delta: earned }];
      if (commission > 0n) changes.push({ id: TREASURY, delta: commission });
      if (rest > 0n) changes.push({ id: hold.payerId, delta: rest });
      const after = await repos.accounts.adjustMany(changes);
      if (hold.fee > 0n) await repos.accounts.creditSharded(SYSTEM_ACCOUNTS.fees, hold.fee);

      const tid = 'tx_' + randomBytes(16).toString('hex');
      const payerBalance = after.get(hold.payerId) ?? locked.get(hold.payerId)!.balance;
      const transaction: LedgerTransaction = {
        id: tid, type: 'transfer', senderId: hold.payerId, receiverId: receiver.id, amount: earned, fee: hold.fee, status: 'completed',
        message: hold.purpose, balanceAfter: payerBalance, createdAt: this.now(), reputationSignal: null,
      };
      await repos.transactions.insert(transaction);
      const keys = holdEmitKeys(hold.id);
      const events: LedgerEvent[] = [{
        emitKey: keys.transfer, type: 'TokensTransferred', transactionId: tid,
        payload: { sender: hold.payerId, receiver: receiver.id, amount: formatAmount(earned), message: hold.purpose, hold_id: hold.id },
        postings: [{ accountId: ESCROW, amount: -earned }, { accountId: receiver.id, amount: earned }],
      }];
      if (commission > 0n) {
        events.push({
          emitKey: keys.commission, type: 'HoldCommissionCollected', transactionId: tid,
          payload: { hold_id: hold.id, payer: hold.payerId, receiver: receiver.id, amount: formatAmount(commission) },
          postings: [{ accountId: ESCROW, amount: -commission }, { accountId: TREASURY, amount: commission }],
        });
      }
      if (hold.fee > 0n) {
        events.push({
          emitKey: keys.fee, type: 'TransactionFeeCollected', transactionId: tid,
          payload: { payer: hold.payerId, amount: formatAmount(hold.fee), hold_id: hold.id },
          postings: [{ accountId: ESCROW, amount: -hold.fee }, { accountId: SYSTEM_ACCOUNTS.fees, amount: hold.fee }],
        });
      }
      if (rest > 0n) {
        events.push({
          emitKey: keys.rest, type: 'HoldRemainderReleased', transactionId: tid,
          payload: { hold_id: hold.id, payer: hold.payerId, amount: formatAmount(rest) },
          postings: [{ accountId: ESCROW, amount: -rest }, { accountId: hold.payerId, amount: rest }],
        });
      }
      // Audit-only: no postings, so the projection counts the movement once.
      if (input.auditEvent) {
        events.push({ emitKey: keys.audit, type: input.auditEvent.type, transactionId: tid, payload: { hold_id: hold.id, ...input.auditEvent.payload }, postings: [] });
      }
      await record(repos, locked, events);
      const end = { status: 'posted' as const, endedAt: this.now(), postedAmount: captured, transactionId: tid, endReason: null };
      await repos.holds.end(hold.id, end);
      const posted: Hold = { ...hold, ...end, receiverId: receiver.id };
      await repos.outbox.emit({ type: 'hold.posted', subject: hold.payerId, data: { ...holdEventData(posted), transaction_id: tid } });
      await repos.outbox.emit({
        type: 'transaction.completed', subject: hold.payerId,
        data: { transaction_id: tid, sender_agent_id: hold.payerId, receiver_agent_id: receiver.id, amount: formatAmount(earned), fee_amount: formatAmount(hold.fee), message: hold.purpose },
      });
      if (hold.fee > 0n) {
        await repos.outbox.emit({ type: 'fee.collected', subject: hold.payerId, data: { transaction_id: tid, agent_did: hold.payerId, amount: formatAmount(hold.fee) } });
      }
      return { hold: posted, transaction, replayed: false };
    });
  }

  /** Returns everything to the payer. `expire` only ends holds whose expiry has passed. */
  async void(input: { holdId: string; reason?: string; expire?: boolean }): Promise<HoldOutcome> {
    return this.uow.run(async (repos) => {
      const hold = await repos.holds.lock(input.holdId);
      if (!hold) throw holdNotFound(input.holdId);
      if (hold.status === 'voided' || hold.status === 'expired') return { hold, transaction: null, replayed: true };
      if (hold.status !== 'pending') throw holdEnded(hold);
      const expired = !!hold.expiresAt && hold.expiresAt.getTime() <= this.now().getTime();
      if (input.expire && !expired) throw new DomainError('conflict', `Hold ${hold.id} has not expired yet`, { code: 'HOLD_NOT_EXPIRED' });
      const total = hold.amount + hold.fee;
      const locked = await repos.accounts.lock([hold.payerId, ESCROW]);
      // The payer's own funds coming back are still a credit: a suspended payer's hold waits for reinstatement.
      assertCreditsAllowed([{ accountId: hold.payerId, amount: total }], locked);
      await repos.accounts.adjustMany([{ id: ESCROW, delta: -total }, { id: hold.payerId, delta: total }]);
      const status = input.expire ? ('expired' as const) : ('voided' as const);
      const reason = input.reason?.slice(0, 256) || (input.expire ? 'expired' : 'voided');
      await record(repos, locked, [{
        emitKey: holdEmitKeys(hold.id).voided, type: input.expire ? 'HoldExpired' : 'HoldVoided', transactionId: null,
        payload: { hold_id: hold.id, payer: hold.payerId, amount: formatAmount(total), reason },
        postings: [{ accountId: ESCROW, amount: -total }, { accountId: hold.payerId, amount: total }],
      }]);
      const end = { status, endedAt: this.now(), postedAmount: null, transactionId: null, endReason: reason };
      await repos.holds.end(hold.id, end);
      const ended: Hold = { ...hold, ...end };
      await repos.outbox.emit({ type: input.expire ? 'hold.expired' : 'hold.voided', subject: hold.payerId, data: holdEventData(ended) });
      return { hold: ended, transaction: null, replayed: false };
    });
  }

  async get(holdId: string): Promise<Hold> {
    const hold = await this.uow.read.holds.get(holdId);
    if (!hold) throw holdNotFound(holdId);
    return hold;
  }

  /** The hold placed under a caller's reference (a caller that lost track of its hold id finds it again). */
  async getByReference(reference: string): Promise<Hold> {
    const hold = await this.uow.read.holds.getByReference(reference);
    if (!hold) throw notFound(`No hold under reference ${reference}`);
    return hold;
  }

  /** Ends every pending hold past its expiry (the worker's pass); returns how many it ended. */
  async expireDue(limit = 100): Promise<number> {
    const due = await this.uow.read.holds.dueForExpiry(this.now(), limit);
    let ended = 0;
    for (const id of due) {
      try {
        if (!(await this.void({ holdId: id, expire: true })).replayed) ended++;
      } catch (err) {
        // Posted or voided in the meantime: nothing left to expire.
        if (!(err instanceof DomainError && err.kind === 'conflict')) throw err;
      }
    }
    return ended;
  }

  /** What the escrow account holds against what the pending holds say it should. */
  async audit() {
    const [pending, escrow] = await Promise.all([this.uow.read.holds.pendingTotal(), this.uow.read.accounts.get(ESCROW)]);
    const balance = escrow?.balance ?? 0n;
    return { pendingHolds: pending.count, heldTotal: pending.total, escrowBalance: balance, consistent: balance === pending.total };
  }

  /**
   * An agent pays a penalty to another agent (a dispute's claimant) or to the treasury, once per
   * key: the emit key `penalty-{key}` is taken by the first attempt, a repeat gets that one back.
   */
  async penalize(input: { fromDid: string; toDid?: string; amount: unknown; key: string; reason?: string }): Promise<{ transaction: LedgerTransaction; replayed: boolean }> {
    const amount = parseAmount(input.amount);
    if (!input.key) throw validationError('key is required', 'key');
    const to = input.toDid || SYSTEM_ACCOUNTS.treasury;
    if (to === input.fromDid) throw new DomainError('validation_error', 'Cannot penalize an agent in its own favour', { code: 'SELF_TRANSFER', field: 'to' });
    await this.ledger.requireAgentAccount(input.fromDid, 'Agent');
    if (input.toDid) await this.ledger.requireAgentAccount(input.toDid, 'Receiver agent');
    const emitKey = `penalty-${input.key}`;
    const reason = input.reason?.slice(0, 256) || 'penalty';
    return this.uow.run(async (repos) => {
      const locked = await repos.accounts.lock([input.fromDid, to]);
      const previous = await repos.transactions.get(penaltyTransactionId(input.key));
      if (previous) return { transaction: previous, replayed: true };
      const payer = locked.get(input.fromDid)!;
      if (payer.balance < amount) {
        throw new DomainError('validation_error', `Insufficient funds: balance ${formatAmount(payer.balance)}, needed ${formatAmount(amount)}`, { code: 'INSUFFICIENT_FUNDS', field: 'amount' });
      }
      const tid = penaltyTransactionId(input.key);
      const after = await repos.accounts.adjustMany([{ id: payer.id, delta: -amount }, { id: to, delta: amount }]);
      const transaction: LedgerTransaction = {
        id: tid, type: 'transfer', senderId: payer.id, receiverId: to, amount, fee: 0n, status: 'completed',
        message: reason, balanceAfter: after.get(payer.id)!, createdAt: this.now(), reputationSignal: null,
      };
      await repos.transactions.insert(transaction);
      await record(repos, locked, [{
        emitKey, type: 'PenaltyApplied', transactionId: tid, payload: { from: payer.id, to, amount: formatAmount(amount), reason, key: input.key },
        postings: [{ accountId: payer.id, amount: -amount }, { accountId: to, amount }],
      }]);
      await repos.outbox.emit({ type: 'penalty.applied', subject: payer.id, data: { transaction_id: tid, agent_did: payer.id, beneficiary: to, amount: formatAmount(amount), reason } });
      return { transaction, replayed: false };
    });
  }

  /** Moves an agent's reputation score by `delta` (a ruling), once per key. */
  async adjustReputation(input: { agentDid: string; delta: number; key: string; reason?: string }) {
    if (!Number.isInteger(input.delta) || input.delta === 0 || Math.abs(input.delta) > 1000) {
      throw validationError('reputation adjustment must be a non-zero integer between -1000 and 1000', 'reputation_adjustment');
    }
    if (!input.key) throw validationError('key is required', 'key');
    await this.ledger.requireAgentAccount(input.agentDid, 'Agent');
    const reason = input.reason?.slice(0, 256) || 'adjustment';
    return this.uow.run(async (repos) => {
      const applied = await repos.reputationAdjustments.apply({ key: input.key, agentDid: input.agentDid, delta: input.delta, reason, at: this.now() });
      if (!applied) {
        const previous = (await repos.reputationAdjustments.get(input.key))!;
        return { agentDid: previous.agentDid, delta: previous.delta, oldScore: previous.oldScore, newScore: previous.newScore, replayed: true };
      }
      await record(repos, new Map(), [{
        emitKey: `reputation-adjustment-${input.key}`, type: 'ReputationAdjusted', transactionId: null,
        payload: { agent: input.agentDid, delta: input.delta, old_score: applied.oldScore, new_score: applied.newScore, reason }, postings: [],
      }]);
      await repos.outbox.emit({
        type: 'reputation.adjusted', subject: input.agentDid,
        data: { agent_did: input.agentDid, delta: input.delta, old_score: applied.oldScore, new_score: applied.newScore, reason },
      });
      return { agentDid: input.agentDid, delta: input.delta, ...applied, replayed: false };
    });
  }

  private sameHold(existing: Hold, payerDid: string, amount: Amount): Hold {
    if (existing.payerId !== payerDid || existing.amount !== amount) {
      throw new DomainError('conflict', `A different hold was already placed under reference ${existing.reference}`, { code: 'CONFLICT', field: 'reference' });
    }
    return existing;
  }
}

/** Deterministic, so that a penalty's transaction can be found again by its key. */
export function penaltyTransactionId(key: string): string {
  return 'tx_penalty_' + key.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 120);
}

export function holdEventData(hold: Hold) {
  return {
    hold_id: hold.id,
    reference: hold.reference,
    payer_agent_id: hold.payerId,
    receiver_agent_id: hold.receiverId,
    amount: formatAmount(hold.amount),
    fee_amount: formatAmount(hold.fee),
    status: hold.status,
    posted_amount: hold.postedAmount === null ? null : formatAmount(hold.postedAmount),
    expires_at: hold.expiresAt?.toISOString() ?? null,
  };
}

/** Like LedgerService.recordAll: balanced postings, credits allowed on the accounts the step locked. */
async function record(repos: HoldRepositories, locked: ReadonlyMap<string, Account>, events: LedgerEvent[]): Promise<void> {
  for (const event of events) {
    if (event.postings.reduce((s, p) => s + p.amount, 0n) !== 0n) throw new Error(`postings of ${event.emitKey} do not balance`);
    assertCreditsAllowed(event.postings, locked);
  }
  const written = await repos.eventStore.appendMany(events);
  // Under the hold's row lock a step runs once; a taken emit key means the store disagrees with the row.
  if (written.size !== events.length) throw new Error(`emit keys already recorded: ${events.map((e) => e.emitKey).filter((k) => !written.has(k)).join(', ')}`);
}
