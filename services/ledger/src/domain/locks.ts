import { DomainError, validationError } from '@agentvault/errors';
import { formatAmount, parseAmount, type Amount } from './amount.js';
import { lockedAccountOf, SYSTEM_ACCOUNTS } from './accounts.js';
import type { Account, LedgerEvent, LedgerTransaction, TransactionType } from './model.js';
import { newTransactionId, type LedgerService } from './ledger-service.js';
import type { LedgerRepositories } from './ports.js';

/**
 * Locks: an agent's liquid balance moved to its locked balance and back (staking asks for
 * them). The locked balance is a sub-account of the agent (`locked:{did}`), so every lock is
 * an ordinary double-entry movement and the audit's sum of balances counts locked AVT.
 *
 * Treasury payouts (rewards, governance spends) and parameter changes live here too: each is
 * done once per caller-chosen reference, because the reference makes the emit key.
 */

export { lockedAccountOf };

/** A caller's reference becomes part of an emit key: keep it short and plain. */
const REFERENCE = /^[A-Za-z0-9_.:-]{1,200}$/;

export interface LockRepository {
  /** Opens the agent's locked sub-account if it is not open yet. */
  openLockedAccount(did: string): Promise<void>;
  /** The transaction recorded under an emit key, if any. */
  transactionByEmitKey(emitKey: string): Promise<LedgerTransaction | null>;
  lockedBalances(dids: string[]): Promise<Map<string, Amount>>;
  getParameter(name: string): Promise<string | null>;
  setParameter(name: string, value: string, reference: string): Promise<void>;
}

export type LockRepositories = LedgerRepositories & { locks: LockRepository };

export interface LockUnitOfWork {
  run<T>(work: (repos: LockRepositories) => Promise<T>): Promise<T>;
  readonly read: LockRepositories;
}

export interface LockResult {
  transaction: LedgerTransaction;
  replayed: boolean;
  liquidBalance: Amount;
  lockedBalance: Amount;
}

export const TRANSFER_FEE_PARAMETER = 'transfer_fee_amount';

function reference(value: string, field = 'reference'): string {
  if (!REFERENCE.test(value)) throw validationError(`${field} must be 1-200 letters, digits or _.:- characters`, field);
  return value;
}

const insufficient = (what: string, balance: Amount, needed: Amount, code: string) =>
  new DomainError('validation_error', `Insufficient ${what}: balance ${formatAmount(balance)}, needed ${formatAmount(needed)}`, {
    code,
    field: 'amount',
    context: { balance: formatAmount(balance), required: formatAmount(needed) },
  });

export class LockService {
  constructor(
    private readonly uow: LockUnitOfWork,
    private readonly ledger: LedgerService,
  ) {}

  /** Liquid → locked, once per reference. */
  lock(input: { agentDid: string; amount: unknown; reference: string; reason?: string }): Promise<LockResult> {
    return this.move('lock', input);
  }

  /**
   * Locked → liquid, once per reference. A suspended agent receives nothing, its own AVT back
   * included (assertCreditsAllowed): the AVT stays locked, still the agent's, until reinstated.
   */
  unlock(input: { agentDid: string; amount: unknown; reference: string; reason?: string }): Promise<LockResult> {
    return this.move('unlock', input);
  }

  private async move(kind: 'lock' | 'unlock', input: { agentDid: string; amount: unknown; reference: string; reason?: string }): Promise<LockResult> {
    const amount = parseAmount(input.amount);
    const ref = reference(input.reference);
    const did = (await this.ledger.requireAgentAccount(input.agentDid, 'Agent')).id;
    const lockedId = lockedAccountOf(did);
    const emitKey = `${kind}-${ref}`;
    const reason = input.reason?.slice(0, 256) || kind;
    return this.uow.run(async (repos) => {
      await repos.locks.openLockedAccount(did);
      const accounts = await repos.accounts.lock([did, lockedId]);
      const agent = accounts.get(did)!;
      const locked = accounts.get(lockedId)!;
      // Same reference again (a retry, or a racing twin that committed first): the first answer.
      const previous = await repos.locks.transactionByEmitKey(emitKey);
      if (previous) return { transaction: previous, replayed: true, liquidBalance: agent.balance, lockedBalance: locked.balance };

      const [from, to] = kind === 'lock' ? [agent, locked] : [locked, agent];
      if (kind === 'lock' && agent.status !== 'active') throw new DomainError('forbidden', 'Agent account is suspended', { code: 'AUTH_AGENT_SUSPENDED' });
      if (from.balance < amount) {
        throw kind === 'lock' ? insufficient('funds', from.balance, amount, 'INSUFFICIENT_FUNDS') : insufficient('locked funds', from.balance, amount, 'INSUFFICIENT_LOCKED_FUNDS');
      }
      const tid = newTransactionId();
      await this.append(repos, accounts, {
        emitKey, type: kind === 'lock' ? 'FundsLocked' : 'FundsUnlocked', transactionId: tid,
        payload: { agent: did, amount: formatAmount(amount), reference: ref, reason },
        postings: [{ accountId: from.id, amount: -amount }, { accountId: to.id, amount }],
      });
      const after = await repos.accounts.adjustMany([{ id: from.id, delta: -amount }, { id: to.id, delta: amount }]);
      const transaction = await this.insertTransaction(repos, tid, kind, from.id, to.id, amount, reason, after.get(did)!);
      await repos.outbox.emit({
        type: kind === 'lock' ? 'funds.locked' : 'funds.unlocked', subject: did,
        data: { transaction_id: tid, agent_did: did, amount: formatAmount(amount), reference: ref, reason },
      });
      return { transaction, replayed: false, liquidBalance: after.get(did)!, lockedBalance: after.get(lockedId)! };
    });
  }

  /**
   * Treasury → an agent (its liquid balance, or its locked balance for a reward that is staked
   * again), once per reference. Works where minting is off: it spends what the treasury holds.
   */
  async payout(input: { agentDid: string; amount: unknown; reference: string; reason?: string; toLocked?: boolean }): Promise<{ transaction: LedgerTransaction; replayed: boolean }> {
    const amount = parseAmount(input.amount);
    const ref = reference(input.reference);
    const did = (await this.ledger.requireAgentAccount(input.agentDid, 'Agent')).id;
    const target = input.toLocked ? lockedAccountOf(did) : did;
    const emitKey = `payout-${ref}`;
    const reason = input.reason?.slice(0, 256) || 'treasury payout';
    return this.uow.run(async (repos) => {
      if (input.toLocked) await repos.locks.openLockedAccount(did);
      // The agent's own account too: whether it may receive is its status, wherever it is credited.
      const accounts = await repos.accounts.lock([...new Set([did, target, SYSTEM_ACCOUNTS.treasury])]);
      const previous = await repos.locks.transactionByEmitKey(emitKey);
      if (previous) return { transaction: previous, replayed: true };
      const treasury = accounts.get(SYSTEM_ACCOUNTS.treasury)!;
      if (treasury.balance < amount) {
        throw new DomainError('validation_error', `The treasury holds ${formatAmount(treasury.balance)} AVT, less than the ${formatAmount(amount)} AVT to pay`, {
          code: 'TREASURY_INSUFFICIENT',
          field: 'amount',
          context: { treasury_balance: formatAmount(treasury.balance), required: formatAmount(amount) },
        });
      }
      const tid = newTransactionId();
      await this.append(repos, accounts, {
        emitKey, type: 'TreasuryPaidOut', transactionId: tid,
        payload: { agent: did, account: target, amount: formatAmount(amount), reference: ref, reason },
        postings: [{ accountId: SYSTEM_ACCOUNTS.treasury, amount: -amount }, { accountId: target, amount }],
      });
      const after = await repos.accounts.adjustMany([{ id: SYSTEM_ACCOUNTS.treasury, delta: -amount }, { id: target, delta: amount }]);
      // The record names the agent, so its history shows the payout wherever it was credited.
      const transaction = await this.insertTransaction(repos, tid, 'payout', SYSTEM_ACCOUNTS.treasury, did, amount, reason, after.get(target)!);
      await repos.outbox.emit({
        type: 'treasury.paid_out', subject: did,
        data: { transaction_id: tid, agent_did: did, amount: formatAmount(amount), reference: ref, reason, locked: !!input.toLocked },
      });
      return { transaction, replayed: false };
    });
  }

  async lockedBalances(dids: string[]): Promise<Array<{ agentDid: string; locked: Amount }>> {
    const unique = [...new Set(dids)];
    const found = await this.uow.read.locks.lockedBalances(unique);
    return unique.map((did) => ({ agentDid: did, locked: found.get(did) ?? 0n }));
  }

  /**
   * Sets the transfer fee (a passed governance proposal), once per reference: the event store
   * records the change, the parameters table keeps the value across restarts.
   */
  async setTransferFee(input: { amount: unknown; reference: string }): Promise<{ fee: Amount; replayed: boolean }> {
    const fee = parseAmount(input.amount, 'transfer_fee_amount', { allowZero: true });
    const ref = reference(input.reference);
    const changed = await this.uow.run(async (repos) => {
      const fresh = await repos.eventStore.append({
        emitKey: `param-${ref}`, type: 'ParameterChanged', transactionId: null,
        payload: { parameter: TRANSFER_FEE_PARAMETER, value: formatAmount(fee), previous: formatAmount(this.ledger.settings.transferFee), reference: ref },
        postings: [],
      });
      if (!fresh) return false;
      await repos.locks.setParameter(TRANSFER_FEE_PARAMETER, formatAmount(fee), ref);
      await repos.outbox.emit({ type: 'ledger.parameter_changed', data: { parameter: TRANSFER_FEE_PARAMETER, value: formatAmount(fee), reference: ref } });
      return true;
    });
    await this.refreshParameters();
    return { fee: this.ledger.settings.transferFee, replayed: !changed };
  }

  /** Applies stored parameters over the configured defaults (at start, and now and then for other replicas). */
  async refreshParameters(): Promise<void> {
    const fee = await this.uow.read.locks.getParameter(TRANSFER_FEE_PARAMETER);
    if (fee !== null) this.ledger.settings.transferFee = parseAmount(fee, TRANSFER_FEE_PARAMETER, { allowZero: true });
  }

  /** Through the ledger's record(): balanced postings, and no credit to a suspended agent. */
  private async append(repos: LockRepositories, locked: ReadonlyMap<string, Account>, event: LedgerEvent) {
    // The accounts are locked and the key was free a moment ago: only a bug can make this fail.
    if (!(await this.ledger.record(repos, locked, event))) throw new DomainError('conflict', `${event.emitKey} has already been recorded`, { code: 'CONFLICT' });
  }

  private async insertTransaction(repos: LockRepositories, id: string, type: TransactionType, sender: string, receiver: string, amount: Amount, message: string, balanceAfter: Amount) {
    const transaction: LedgerTransaction = {
      id, type, senderId: sender, receiverId: receiver, amount, fee: 0n, status: 'completed', message, balanceAfter, createdAt: new Date(), reputationSignal: null,
    };
    await repos.transactions.insert(transaction);
    return transaction;
  }
}
