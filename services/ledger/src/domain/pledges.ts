import { createHash } from 'node:crypto';
import { DomainError, validationError } from '@agentvault/errors';
import { formatAmount, parseAmount, type Amount } from './amount.js';
import { FIAT_PLEDGE_ACCOUNT, SYSTEM_ACCOUNTS } from './accounts.js';
import type { LedgerService } from './ledger-service.js';
import type { Account, LedgerEvent, LedgerTransaction, TransactionType } from './model.js';
import type { LedgerRepositories, UnitOfWork } from './ports.js';

/**
 * Backer pledges paid in fiat (the fiat service's checkout sessions): the treasury credits the
 * pledged AVT once per pledge, an anonymous pledge waits in the pledge account until claimed, and
 * a refund takes back what the holder still has.
 *
 * Exactly once rests on the event store: every movement's emit key and transaction id are derived
 * from the pledge id (and, for refunds, the refund step), so however often and however
 * concurrently the fiat service repeats a call, the UNIQUE emit key lets one movement through and
 * the others get that movement back as a replay. No TTL applies, unlike Idempotency-Key claims.
 */

export const pledgeEmitKeys = {
  credited: (pledgeId: string) => `fiat-credit-${pledgeId}`,
  claimed: (pledgeId: string) => `fiat-claim-${pledgeId}`,
  reversed: (pledgeId: string, step: string) => `fiat-reversal-${pledgeId}-${step}`,
};

/** A transaction id fixed by the emit key, so a replay finds the first movement. */
export function pledgeTransactionId(emitKey: string): string {
  return 'tx_' + createHash('sha256').update(emitKey).digest('hex').slice(0, 32);
}

const PLEDGE_ID = /^[A-Za-z0-9_.:-]{1,200}$/;

function parsePledgeId(value: string): string {
  if (!PLEDGE_ID.test(value)) throw validationError('pledge_id must be 1-200 letters, digits or _.:-', 'pledge_id');
  return value;
}

export interface PledgeMovement {
  transaction: LedgerTransaction;
  replayed: boolean;
}

export interface PledgeReversal extends PledgeMovement {
  requested: Amount;
  taken: Amount;
  /** What the holder no longer had: requested − taken. */
  shortfall: Amount;
}

export class PledgeService {
  constructor(private readonly uow: UnitOfWork, private readonly ledger: LedgerService) {}

  /** Treasury → the agent (or, for an anonymous pledge, the pledge account), once per pledge. */
  async credit(input: { pledgeId: string; agentDid?: string; amount: unknown; reason?: string }): Promise<PledgeMovement> {
    const pledgeId = parsePledgeId(input.pledgeId);
    const amount = parseAmount(input.amount);
    const holder = input.agentDid ? (await this.ledger.requireAgentAccount(input.agentDid, 'Agent')).id : FIAT_PLEDGE_ACCOUNT;
    const reason = input.reason?.slice(0, 256) || `backer pledge ${pledgeId}`;
    return this.once(pledgeEmitKeys.credited(pledgeId), 'pledge_credit', async (repos, tid, emitKey) => {
      const locked = await repos.accounts.lock([holder, SYSTEM_ACCOUNTS.treasury]);
      const treasury = locked.get(SYSTEM_ACCOUNTS.treasury)!;
      if (treasury.balance < amount) {
        throw new DomainError('validation_error', `Treasury has ${formatAmount(treasury.balance)} AVT, less than ${formatAmount(amount)}`, { code: 'INSUFFICIENT_FUNDS', field: 'amount' });
      }
      return this.move(repos, { locked, tid, emitKey, type: 'pledge_credit', eventType: 'PledgeCredited', from: SYSTEM_ACCOUNTS.treasury, to: holder, amount, reason, pledgeId });
    });
  }

  /** The pledge account → the claiming developer's agent, once per pledge (the fiat service checks who may claim). */
  async claim(input: { pledgeId: string; agentDid: string; amount: unknown }): Promise<PledgeMovement> {
    const pledgeId = parsePledgeId(input.pledgeId);
    const amount = parseAmount(input.amount);
    const agent = await this.ledger.requireAgentAccount(input.agentDid, 'Agent');
    return this.once(pledgeEmitKeys.claimed(pledgeId), 'pledge_claim', async (repos, tid, emitKey) => {
      const locked = await repos.accounts.lock([agent.id, FIAT_PLEDGE_ACCOUNT]);
      const pool = locked.get(FIAT_PLEDGE_ACCOUNT)!;
      if (pool.balance < amount) {
        throw new DomainError('conflict', `The pledge account holds ${formatAmount(pool.balance)} AVT, less than ${formatAmount(amount)}`, { code: 'CONFLICT' });
      }
      return this.move(repos, { locked, tid, emitKey, type: 'pledge_claim', eventType: 'PledgeClaimed', from: FIAT_PLEDGE_ACCOUNT, to: agent.id, amount, reason: `claimed backer pledge ${pledgeId}`, pledgeId });
    });
  }

  /**
   * A refund: takes `amount` back to the treasury from the holder (an agent, or the pledge account),
   * but never more than the holder's balance; the rest is the shortfall. `step` names the refund
   * (the cumulative refunded amount, say), so each refund is applied once.
   */
  async reverse(input: { pledgeId: string; agentDid?: string; amount: unknown; step: string }): Promise<PledgeReversal> {
    const pledgeId = parsePledgeId(input.pledgeId);
    const requested = parseAmount(input.amount);
    if (!/^[A-Za-z0-9_-]{1,64}$/.test(input.step)) throw validationError('step must be 1-64 letters, digits, _ or -', 'step');
    const holder = input.agentDid ? (await this.ledger.requireAgentAccount(input.agentDid, 'Agent')).id : FIAT_PLEDGE_ACCOUNT;
    const result = await this.once(pledgeEmitKeys.reversed(pledgeId, input.step), 'pledge_reversal', async (repos, tid, emitKey) => {
      const locked = await repos.accounts.lock([holder, SYSTEM_ACCOUNTS.treasury]);
      const balance = locked.get(holder)!.balance;
      const taken = balance < requested ? balance : requested;
      return this.move(repos, {
        locked, tid, emitKey, type: 'pledge_reversal', eventType: 'PledgeReversed', from: holder, to: SYSTEM_ACCOUNTS.treasury, amount: taken,
        reason: `refund of backer pledge ${pledgeId}`, pledgeId, extra: { requested: formatAmount(requested), shortfall: formatAmount(requested - taken) },
      });
    });
    const taken = result.transaction.amount;
    return { ...result, requested, taken, shortfall: requested > taken ? requested - taken : 0n };
  }

  private async once(
    emitKey: string,
    type: TransactionType,
    move: (repos: LedgerRepositories, tid: string, emitKey: string) => Promise<LedgerTransaction | null>,
  ): Promise<PledgeMovement> {
    const tid = pledgeTransactionId(emitKey);
    const earlier = await this.uow.read.transactions.get(tid);
    if (earlier) return { transaction: earlier, replayed: true };
    return this.uow.run(async (repos) => {
      const moved = await move(repos, tid, emitKey);
      if (moved) return { transaction: moved, replayed: false };
      // A concurrent call recorded it first (we waited on its row locks); its commit is visible now.
      const first = await repos.transactions.get(tid);
      if (!first || first.type !== type) throw new Error(`${emitKey} is recorded but its transaction ${tid} is not`);
      return { transaction: first, replayed: true };
    });
  }

  /** One double-entry movement under a fixed emit key; null when the key is already taken. */
  private async move(
    repos: LedgerRepositories,
    m: { locked: ReadonlyMap<string, Account>; tid: string; emitKey: string; type: TransactionType; eventType: LedgerEvent['type']; from: string; to: string; amount: Amount; reason: string; pledgeId: string; extra?: Record<string, string> },
  ): Promise<LedgerTransaction | null> {
    // Through the ledger's one gate: balanced postings, and no credit to a suspended account.
    const fresh = await this.ledger.record(repos, m.locked, {
      emitKey: m.emitKey, type: m.eventType, transactionId: m.tid,
      payload: { pledge_id: m.pledgeId, from: m.from, to: m.to, amount: formatAmount(m.amount), reason: m.reason, ...m.extra },
      postings: m.amount > 0n ? [{ accountId: m.from, amount: -m.amount }, { accountId: m.to, amount: m.amount }] : [],
    });
    if (!fresh) return null;
    let toAfter = 0n;
    if (m.amount > 0n) {
      const after = await repos.accounts.adjustMany([{ id: m.from, delta: -m.amount }, { id: m.to, delta: m.amount }]);
      toAfter = after.get(m.to)!;
    } else {
      toAfter = (await repos.accounts.get(m.to))!.balance;
    }
    const agentSide = m.type === 'pledge_reversal' ? m.from : m.to;
    const transaction: LedgerTransaction = {
      id: m.tid, type: m.type, senderId: m.from, receiverId: m.to, amount: m.amount, fee: 0n, status: 'completed', message: m.reason,
      balanceAfter: m.type === 'pledge_reversal' ? (await repos.accounts.get(m.from))!.balance : toAfter, createdAt: new Date(), reputationSignal: null,
    };
    await repos.transactions.insert(transaction);
    if (!agentSide.startsWith('system:')) {
      const eventType = m.type === 'pledge_reversal' ? 'pledge.reversed' : 'agent.funded';
      await repos.outbox.emit({ type: eventType, subject: agentSide, data: { transaction_id: m.tid, agent_did: agentSide, amount: formatAmount(m.amount), reason: m.reason, pledge_id: m.pledgeId, ...m.extra } });
    }
    return transaction;
  }
}
