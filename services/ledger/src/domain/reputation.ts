import { DomainError, forbidden, notFound } from '@agentvault/errors';
import type { LedgerService } from './ledger-service.js';
import type { AgentReputation, LedgerTransaction, ReputationHistoryEntry } from './model.js';
import type { UnitOfWork } from './ports.js';

/**
 * Reputation signals: after a completed transfer its sender may rate the receiver once, +1 or -1.
 * An agent's score is the sum of the signals it has received; the tier is read off the score.
 * The event store records each signal (`ReputationSignalApplied`, no postings, emit key
 * `reputation-{transaction_id}`); the `reputation` table is its projection, updated in the same
 * transaction, and `reputation_history` keeps one line per signal.
 */

export type SignalValue = 1 | -1;
export type ReputationTier = 'probation' | 'new' | 'trusted' | 'established' | 'elite';

/**
 * The tiers, highest first; an agent is in the first tier whose `min` its score reaches.
 *   score < 0       probation    more negative than positive signals
 *   0 … 9           new          the start (no signals is 0)
 *   10 … 49         trusted
 *   50 … 199        established
 *   200 and above   elite
 */
export const REPUTATION_TIERS: ReadonlyArray<{ tier: ReputationTier; min: number }> = [
  { tier: 'elite', min: 200 },
  { tier: 'established', min: 50 },
  { tier: 'trusted', min: 10 },
  { tier: 'new', min: 0 },
  { tier: 'probation', min: -Infinity },
];

export function reputationTier(score: number): ReputationTier {
  return REPUTATION_TIERS.find((t) => score >= t.min)!.tier;
}

export const reputationEmitKey = (transactionId: string) => `reputation-${transactionId}`;

/** The signal of a request: exactly the number 1 or -1. */
export function parseSignalValue(input: unknown): SignalValue {
  if (input === 1 || input === -1) return input;
  throw new DomainError('validation_error', 'signal_value must be 1 or -1', { code: 'INVALID_SIGNAL_VALUE', field: 'signal_value' });
}

/** Only the sender, only a completed transfer, only once. Throws the matching error otherwise. */
export function assertMaySignal(tx: LedgerTransaction, callerDid: string): void {
  if (tx.senderId !== callerDid) throw forbidden('Only the sender of a transaction can signal reputation on it');
  if (tx.type !== 'transfer' || tx.status !== 'completed') {
    throw new DomainError('validation_error', 'Reputation signals apply only to completed transfers between agents', {
      code: 'NOT_A_TRANSFER',
      field: 'transaction_id',
    });
  }
  if (tx.reputationSignal !== null) throw alreadySignaled(tx.id);
}

const alreadySignaled = (transactionId: string) =>
  new DomainError('conflict', `A reputation signal was already applied to transaction ${transactionId}`, {
    code: 'REPUTATION_SIGNAL_ALREADY_APPLIED',
    context: { transaction_id: transactionId },
  });

/** An agent nobody has rated yet. */
export function noReputation(agentDid: string): AgentReputation {
  return { agentDid, score: 0, positiveSignals: 0, negativeSignals: 0, totalSignals: 0, lastUpdated: null };
}

export interface SignalResult {
  transactionId: string;
  senderDid: string;
  receiverDid: string;
  signalValue: SignalValue;
  oldReceiverScore: number;
  newReceiverScore: number;
}

function page(limit: number, offset: number) {
  return { limit: limit > 0 ? Math.min(limit, 100) : 50, offset: Math.max(offset, 0) };
}

export class ReputationService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly ledger: LedgerService,
  ) {}

  async applySignal(input: { transactionId: string; senderDid: string; signalValue: unknown }): Promise<SignalResult> {
    const signal = parseSignalValue(input.signalValue);
    return this.uow.run(async (repos) => {
      // The row lock makes concurrent signals on one transaction queue; the emit key backs it up.
      const tx = await repos.transactions.lock(input.transactionId);
      if (!tx) throw notFound(`Transaction ${input.transactionId} not found`);
      assertMaySignal(tx, input.senderDid);
      const sender = await repos.accounts.get(input.senderDid);
      if (sender && sender.status !== 'active') throw new DomainError('forbidden', 'Agent account is suspended', { code: 'AUTH_AGENT_SUSPENDED' });

      const receiverDid = tx.receiverId;
      const at = new Date();
      const fresh = await repos.eventStore.append({
        emitKey: reputationEmitKey(tx.id), type: 'ReputationSignalApplied', transactionId: tx.id,
        payload: { transaction_id: tx.id, sender: input.senderDid, receiver: receiverDid, signal_value: signal },
        postings: [],
      });
      if (!fresh) throw alreadySignaled(tx.id);
      await repos.transactions.setReputationSignal(tx.id, signal);
      const { oldScore, newScore } = await repos.reputation.apply(receiverDid, signal, at);
      await repos.reputation.appendHistory({
        agentDid: receiverDid, transactionId: tx.id, signaledBy: input.senderDid, signalValue: signal,
        scoreChange: newScore - oldScore, newScore, reason: 'transaction_signal', createdAt: at,
      });
      await repos.outbox.emit({
        type: 'reputation.changed', subject: receiverDid,
        data: {
          agent_did: receiverDid, old_score: oldScore, new_score: newScore, transaction_id: tx.id,
          signal_value: signal, change_reason: 'transaction_signal',
        },
      });
      return { transactionId: tx.id, senderDid: input.senderDid, receiverDid, signalValue: signal, oldReceiverScore: oldScore, newReceiverScore: newScore };
    });
  }

  /** An agent's reputation; 404 for an agent neither the ledger nor identity knows. */
  async reputation(did: string): Promise<AgentReputation> {
    await this.ledger.requireAgentAccount(did, 'Agent');
    return (await this.uow.read.reputation.get(did)) ?? noReputation(did);
  }

  /** Several agents' reputations, in the order asked; those never rated (or unknown) read as 0. */
  async reputations(dids: string[]): Promise<AgentReputation[]> {
    const unique = [...new Set(dids)];
    const found = new Map((unique.length ? await this.uow.read.reputation.getMany(unique) : []).map((r) => [r.agentDid, r]));
    return unique.map((did) => found.get(did) ?? noReputation(did));
  }

  async history(did: string, limit: number, offset: number): Promise<{ items: ReputationHistoryEntry[]; total: number }> {
    await this.ledger.requireAgentAccount(did, 'Agent');
    const p = page(limit, offset);
    return this.uow.read.reputation.history(did, p.limit, p.offset);
  }

  /** Rated agents, best first; ranks count from 1 across pages (ties keep a stable order by DID). */
  async rankings(limit: number, offset: number): Promise<{ items: Array<AgentReputation & { rank: number }>; total: number }> {
    const p = page(limit, offset);
    const { items, total } = await this.uow.read.reputation.rankings(p.limit, p.offset);
    return { items: items.map((r, i) => ({ ...r, rank: p.offset + i + 1 })), total };
  }
}

