import { randomBytes } from 'node:crypto';
import { DomainError, forbidden, notFound, validationError } from '@agentvault/errors';
import { formatAmount, parseAmount, type Amount } from './amount.js';
import { assertCreditsAllowed, isAgentDid, lockedAccountOf, PUBLIC_ACCOUNT_NAMES, SYSTEM_ACCOUNTS } from './accounts.js';
import type { Account, BatchOutcome, IdempotencyClaim, LedgerEvent, LedgerTransaction, PublishedEvent, TransactionType, TransferBatch } from './model.js';
import type { AgentDirectory, LedgerAudit, LedgerRepositories, UnitOfWork } from './ports.js';
import { GroupCommit, type GroupCommitOptions, type RoundOutcome } from './group-commit.js';

export interface LedgerSettings {
  transferFee: Amount;
  mintingEnabled: boolean;
  genesisSupply: Amount;
  idempotencyTtlSeconds: number;
  /** Group commit of single transfers; by default rounds of up to 256, two at a time. */
  transferRounds?: GroupCommitOptions;
}

/** A transfer that passed the checks that need no database, waiting for its round. */
interface QueuedTransfer {
  senderDid: string;
  receiverDid: string;
  amount: Amount;
  message: string | null;
  idempotency?: IdempotencyClaim;
  /** Aborted once the caller stopped waiting: the transfer is then not applied. */
  abandoned?: AbortSignal;
}

/** The caller stopped waiting before the commit: roll back rather than move money nobody will hear of. */
function abandonedCall(): DomainError {
  return new DomainError('service_unavailable', 'The caller stopped waiting before the transfer was committed; nothing was applied');
}

export function newTransactionId(): string {
  return 'tx_' + randomBytes(16).toString('hex');
}

export interface TransferResult {
  transaction: LedgerTransaction;
  replayed: boolean;
}

const insufficientFunds = (balance: Amount, needed: Amount) =>
  new DomainError('validation_error', `Insufficient funds: balance ${formatAmount(balance)}, needed ${formatAmount(needed)}`, {
    code: 'INSUFFICIENT_FUNDS',
    field: 'amount',
    context: { balance: formatAmount(balance), required: formatAmount(needed) },
  });

/** A movement found an agent without an account; the caller opens it (if identity knows the agent) and retries. */
class MissingAccount extends Error {
  constructor(readonly did: string, readonly what: string) {
    super(`no account for ${did}`);
  }
}

function lockedAgent(locked: Map<string, Account>, did: string, what: string): Account {
  const account = locked.get(did);
  if (!account) throw new MissingAccount(did, what);
  return account;
}

/** Several agents without an account in one batch; opened (or found unknown) together, then the batch is retried. */
class MissingAccounts extends Error {
  constructor(readonly dids: string[]) {
    super(`no accounts for ${dids.join(', ')}`);
  }
}

/** A round in which every transfer failed or was left to run alone: rolled back, with the outcomes. */
class NothingToCommit extends Error {
  constructor(readonly outcomes: Array<RoundOutcome<TransferResult> | undefined>) {
    super('nothing to commit');
  }
}

export const MAX_BATCH_TRANSFERS = 1000;

export interface BatchTransferInput {
  receiverDid: string;
  amount: unknown;
  message?: string;
}

export interface TransferBatchResult {
  batch: TransferBatch;
  replayed: boolean;
}

const failure = (index: number, err: unknown): BatchOutcome => {
  if (!(err instanceof DomainError)) throw err;
  return { index, status: 'failed', error: { code: err.code ?? err.kind.toUpperCase(), detail: err.message } };
};

const suspended = () => new DomainError('forbidden', 'Agent account is suspended', { code: 'AUTH_AGENT_SUSPENDED' });

/** The TEG rules: every movement of AVT, double-entry, exactly once. */
export class LedgerService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly directory: AgentDirectory,
    private readonly audit: LedgerAudit,
    readonly settings: LedgerSettings,
  ) {
    this.transferRounds = new GroupCommit((items) => this.transferRound(items), settings.transferRounds ?? { maxItems: 256, concurrentRounds: 2 });
    this.balanceReads = new GroupCommit(async (dids) => {
      const found = await this.uow.read.accounts.getMany([...new Set(dids)]);
      return dids.map((did) => ({ ok: true, value: found.get(did) ?? null }));
    }, { maxItems: 500, concurrentRounds: 4 });
  }

  private readonly transferRounds: GroupCommit<QueuedTransfer, TransferResult>;
  private readonly balanceReads: GroupCommit<string, Account | null>;

  // ── accounts ────────────────────────────────────────────────────────────────

  /**
   * The account of an agent, opened on the spot if identity knows the agent but its
   * `agent.created` event has not reached us yet. (Also used by funding.ts and reputation.ts.)
   */
  async requireAgentAccount(did: string, what: string): Promise<Account> {
    if (!isAgentDid(did)) throw notFound(`${what} ${did} not found`);
    const existing = await this.uow.read.accounts.get(did);
    if (existing) return existing;
    const agent = await this.directory.find(did);
    if (!agent) throw notFound(`${what} ${did} not found`);
    await this.uow.run((repos) => repos.accounts.openAgent(did, agent.developerId));
    return (await this.uow.read.accounts.get(did))!;
  }

  /**
   * Opens the account of an agent that identity here does not know: one onboarded through a
   * satellite, for which the federation service vouches (it records the satellite of origin).
   */
  async openVouchedAgentAccount(did: string, developerId: string): Promise<Account> {
    if (!isAgentDid(did)) throw validationError(`${did} is not an agent DID`, 'did');
    await this.uow.run((repos) => repos.accounts.openAgent(did, developerId || null));
    return (await this.uow.read.accounts.get(did))!;
  }

  async balance(did: string): Promise<Amount> {
    // Concurrent balance reads share one query.
    const account = await this.balanceReads.submit(did);
    if (account) return account.balance;
    await this.requireAgentAccount(did, 'Agent');
    return 0n;
  }

  /** Balances of several agents at once; unknown DIDs are left out. */
  async balances(dids: string[]) {
    const out = [];
    for (const did of [...new Set(dids)]) {
      const account = await this.uow.read.accounts.get(did);
      if (account && account.kind === 'agent') {
        const locked = await this.uow.read.accounts.get(lockedAccountOf(did));
        out.push({
          agent_id: did, balance: formatAmount(account.balance), status: account.status, developer_id: account.developerId ?? '',
          locked_balance: formatAmount(locked?.balance ?? 0n),
        });
      }
    }
    return out;
  }

  /** The balances of those of `dids` that the developer owns; the others are left out. */
  async ownedBalances(developerId: string, dids: string[]) {
    return (await this.balances(dids)).filter((b) => b.developer_id === developerId);
  }

  /** A developer's agents' money: what they hold liquid and locked (staked), and how many of them are active. */
  async developerHoldings(developerId: string): Promise<{ agents: Account[]; liquid: Amount; locked: Amount; active: number }> {
    const agents = await this.uow.read.accounts.ofDeveloper(developerId);
    let locked = 0n;
    for (const agent of agents) locked += (await this.uow.read.accounts.get(lockedAccountOf(agent.id)))?.balance ?? 0n;
    return {
      agents,
      liquid: agents.reduce((sum, a) => sum + a.balance, 0n),
      locked,
      active: agents.filter((a) => a.status === 'active').length,
    };
  }

  // ── movements ───────────────────────────────────────────────────────────────

  async transfer(input: { senderDid: string; receiverDid: string; amount: unknown; message?: string; idempotency?: IdempotencyClaim; abandoned?: AbortSignal }): Promise<TransferResult> {
    const amount = parseAmount(input.amount);
    if (input.senderDid === input.receiverDid) {
      throw new DomainError('validation_error', 'Cannot transfer to yourself', { code: 'SELF_TRANSFER', field: 'receiver_agent_id' });
    }
    if (input.message && input.message.length > 256) throw validationError('message must be at most 256 characters', 'message');
    if (!isAgentDid(input.receiverDid)) throw notFound(`Receiver agent ${input.receiverDid} not found`);
    // The hot path: concurrent transfers share one transaction (see transferRound).
    return this.transferRounds.submit({ senderDid: input.senderDid, receiverDid: input.receiverDid, amount, message: input.message || null, idempotency: input.idempotency, abandoned: input.abandoned });
  }

  /**
   * One round of group commit: the transfers that arrived together, in one database transaction of
   * a fixed number of statements (claims, one lock of every account involved, one balance update,
   * one insert per table). Each is judged on its own against the running balances, in arrival
   * order, and keeps its own transaction id, emit keys, events and answer: an insufficient balance
   * or a suspended account fails that transfer alone. A transfer the round cannot settle (an
   * Idempotency-Key seen before, an account not opened yet) runs alone afterwards, on the path
   * that knows how. If a statement fails, nothing was committed and each transfer runs alone, so
   * one transfer's trouble stays its own; if the commit itself fails, nobody can know whether it
   * landed, and every transfer of the round gets that error, as a lone one would.
   */
  private async transferRound(items: QueuedTransfer[]): Promise<Array<RoundOutcome<TransferResult>>> {
    let statementsDone = false;
    try {
      const outcomes = await this.uow.run(async (repos) => {
        const settled = await this.settleRound(repos, items);
        statementsDone = true;
        return settled;
      });
      return outcomes.map((o, i) => o ?? { alone: () => this.transferAlone(items[i]!) });
    } catch (err) {
      if (err instanceof NothingToCommit) return err.outcomes.map((o, i) => o ?? { alone: () => this.transferAlone(items[i]!) });
      if (statementsDone) return items.map(() => ({ ok: false, error: err }));
      return items.map((t) => ({ alone: () => this.transferAlone(t) }));
    }
  }

  /** The round's statements; undefined for a transfer left to run alone. */
  private async settleRound(repos: LedgerRepositories, items: QueuedTransfer[]): Promise<Array<RoundOutcome<TransferResult> | undefined>> {
    const fee = this.settings.transferFee;
    const outcomes: Array<RoundOutcome<TransferResult> | undefined> = items.map(() => undefined);
    const tids = items.map(() => newTransactionId());
    const live = new Array<boolean>(items.length).fill(true);

    const claims = items.flatMap((t, i) => (t.idempotency ? [{ claim: t.idempotency, transactionId: tids[i]!, index: i }] : []));
    const recorded = await repos.idempotency.claimFresh(claims);
    for (const c of claims) if (!recorded.has(c.transactionId)) live[c.index] = false;

    const ids = new Set<string>();
    items.forEach((t, i) => {
      if (live[i]) ids.add(t.senderDid).add(t.receiverDid);
    });
    const locked = await repos.accounts.lock([...ids]);
    const balances = new Map([...locked].map(([id, a]) => [id, a.balance]));
    const createdAt = new Date();
    const accepted: LedgerTransaction[] = [];
    items.forEach((t, i) => {
      if (!live[i]) return;
      const receiver = locked.get(t.receiverDid);
      const sender = locked.get(t.senderDid);
      if (!receiver || !sender) {
        live[i] = false;
        return;
      }
      try {
        if (t.abandoned?.aborted) throw abandonedCall();
        if (sender.status !== 'active') throw suspended();
        const total = t.amount + fee;
        const balance = balances.get(sender.id)!;
        if (balance < total) throw insufficientFunds(balance, total);
        assertCreditsAllowed([{ accountId: receiver.id, amount: t.amount }], locked);
        balances.set(sender.id, balance - total);
        balances.set(receiver.id, balances.get(receiver.id)! + t.amount);
        const transaction: LedgerTransaction = {
          id: tids[i]!, type: 'transfer', senderId: sender.id, receiverId: receiver.id, amount: t.amount, fee, status: 'completed',
          message: t.message, balanceAfter: balance - total, createdAt, reputationSignal: null,
        };
        accepted.push(transaction);
        outcomes[i] = { ok: true, value: { transaction, replayed: false } };
      } catch (err) {
        if (!(err instanceof DomainError)) throw err;
        outcomes[i] = { ok: false, error: err };
      }
    });
    // Nothing moves: roll back, which also forgets the keys just recorded.
    if (accepted.length === 0) throw new NothingToCommit(outcomes);
    // A key recorded for a transfer that did not happen would turn its retry into a replay of nothing.
    const moved = new Set(accepted.map((t) => t.id));
    await repos.idempotency.release(claims.filter((c) => recorded.has(c.transactionId) && !moved.has(c.transactionId)).map((c) => c.claim));

    const changes = [...balances].filter(([id, balance]) => balance !== locked.get(id)!.balance).map(([id, balance]) => ({ id, delta: balance - locked.get(id)!.balance }));
    const events: LedgerEvent[] = [];
    const published: PublishedEvent[] = [];
    for (const t of accepted) {
      const amount = formatAmount(t.amount);
      events.push({
        emitKey: `xfer-${t.id}`, type: 'TokensTransferred', transactionId: t.id,
        payload: { sender: t.senderId, receiver: t.receiverId, amount, message: t.message },
        postings: [{ accountId: t.senderId!, amount: -t.amount }, { accountId: t.receiverId, amount: t.amount }],
      });
      published.push({
        type: 'transaction.completed', subject: t.senderId!,
        data: { transaction_id: t.id, sender_agent_id: t.senderId, receiver_agent_id: t.receiverId, amount, fee_amount: formatAmount(fee), message: t.message },
      });
      if (fee > 0n) {
        events.push({
          emitKey: `fee-${t.id}`, type: 'TransactionFeeCollected', transactionId: t.id,
          payload: { payer: t.senderId, amount: formatAmount(fee) },
          postings: [{ accountId: t.senderId!, amount: -fee }, { accountId: SYSTEM_ACCOUNTS.fees, amount: fee }],
        });
        published.push({ type: 'fee.collected', subject: t.senderId!, data: { transaction_id: t.id, agent_did: t.senderId, amount: formatAmount(fee) } });
      }
    }
    assertRecordable(events, locked);
    // Everything the round writes, in one statement.
    const after = await repos.rounds.settle({
      changes, feeCredit: fee > 0n ? { accountId: SYSTEM_ACCOUNTS.fees, amount: fee * BigInt(accepted.length) } : null, transactions: accepted, events, published,
    });
    for (const [id, balance] of after) {
      if (balance !== balances.get(id)) throw new Error(`account ${id} moved outside its lock`);
    }
    return outcomes;
  }

  /** One transfer in its own transaction: replays, expired keys, accounts to open first. */
  private transferAlone(t: QueuedTransfer): Promise<TransferResult> {
    const { amount } = t;
    const fee = this.settings.transferFee;
    return this.movement(t.idempotency, async (repos, tid) => {
      const locked = await repos.accounts.lock([t.senderDid, t.receiverDid]);
      const receiver = lockedAgent(locked, t.receiverDid, 'Receiver agent');
      const sender = lockedAgent(locked, t.senderDid, 'Agent');
      if (sender.status !== 'active') throw suspended();
      const total = amount + fee;
      if (sender.balance < total) throw insufficientFunds(sender.balance, total);

      const after = await repos.accounts.adjustMany([{ id: sender.id, delta: -total }, { id: receiver.id, delta: amount }]);
      const senderAfter = after.get(sender.id)!;
      if (fee > 0n) await repos.accounts.creditSharded(SYSTEM_ACCOUNTS.fees, fee);

      const transaction: LedgerTransaction = {
        id: tid, type: 'transfer', senderId: sender.id, receiverId: receiver.id, amount, fee, status: 'completed',
        message: t.message, balanceAfter: senderAfter, createdAt: new Date(), reputationSignal: null,
      };
      await repos.transactions.insert(transaction);
      const events: LedgerEvent[] = [{
        emitKey: `xfer-${tid}`, type: 'TokensTransferred', transactionId: tid,
        payload: { sender: sender.id, receiver: receiver.id, amount: formatAmount(amount), message: t.message },
        postings: [{ accountId: sender.id, amount: -amount }, { accountId: receiver.id, amount }],
      }];
      if (fee > 0n) {
        events.push({
          emitKey: `fee-${tid}`, type: 'TransactionFeeCollected', transactionId: tid,
          payload: { payer: sender.id, amount: formatAmount(fee) },
          postings: [{ accountId: sender.id, amount: -fee }, { accountId: SYSTEM_ACCOUNTS.fees, amount: fee }],
        });
      }
      await this.recordAll(repos, events, locked);
      await repos.outbox.emit({
        type: 'transaction.completed', subject: sender.id,
        data: { transaction_id: tid, sender_agent_id: sender.id, receiver_agent_id: receiver.id, amount: formatAmount(amount), fee_amount: formatAmount(fee), message: t.message },
      });
      if (fee > 0n) {
        await repos.outbox.emit({ type: 'fee.collected', subject: sender.id, data: { transaction_id: tid, agent_did: sender.id, amount: formatAmount(fee) } });
      }
      return transaction;
    });
  }

  /** An agent pays the treasury (service fees, donations): no transfer fee. */
  async systemTransfer(input: { senderDid: string; amount: unknown; purpose?: string; idempotency?: IdempotencyClaim }): Promise<TransferResult> {
    const amount = parseAmount(input.amount);
    const purpose = input.purpose?.slice(0, 256) || 'system_transfer';
    return this.movement(input.idempotency, async (repos, tid) => {
      const locked = await repos.accounts.lock([input.senderDid, SYSTEM_ACCOUNTS.treasury]);
      const sender = lockedAgent(locked, input.senderDid, 'Agent');
      if (sender.status !== 'active') throw suspended();
      if (sender.balance < amount) throw insufficientFunds(sender.balance, amount);
      const senderAfter = await repos.accounts.adjust(sender.id, -amount);
      await repos.accounts.adjust(SYSTEM_ACCOUNTS.treasury, amount);
      const transaction: LedgerTransaction = {
        id: tid, type: 'system_transfer', senderId: sender.id, receiverId: SYSTEM_ACCOUNTS.treasury, amount, fee: 0n, status: 'completed',
        message: purpose, balanceAfter: senderAfter, createdAt: new Date(), reputationSignal: null,
      };
      await repos.transactions.insert(transaction);
      await this.record(repos, locked, {
        emitKey: `sys-${tid}`, type: 'SystemTransferCompleted', transactionId: tid,
        payload: { sender: sender.id, amount: formatAmount(amount), purpose },
        postings: [{ accountId: sender.id, amount: -amount }, { accountId: SYSTEM_ACCOUNTS.treasury, amount }],
      });
      await repos.outbox.emit({ type: 'system_transfer.completed', subject: sender.id, data: { transaction_id: tid, agent_did: sender.id, amount: formatAmount(amount), purpose } });
      return transaction;
    });
  }

  /** Treasury → agent, by an administrator (or by an approved funding request, with its own emit key). */
  async fundAgent(input: { agentDid: string; amount: unknown; reason?: string; idempotency?: IdempotencyClaim; emitKey?: string }): Promise<TransferResult> {
    const amount = parseAmount(input.amount);
    await this.requireAgentAccount(input.agentDid, 'Agent');
    const reason = input.reason?.slice(0, 256) || 'treasury funding';
    return this.movement(input.idempotency, (repos, tid) => this.fundInside(repos, tid, input.agentDid, amount, reason, input.emitKey));
  }

  /** The treasury → agent movement inside a caller's transaction. */
  async fundInside(repos: LedgerRepositories, tid: string, agentDid: string, amount: Amount, reason: string, emitKey = `fund-${tid}`): Promise<LedgerTransaction> {
    const locked = await repos.accounts.lock([agentDid, SYSTEM_ACCOUNTS.treasury]);
    const treasury = locked.get(SYSTEM_ACCOUNTS.treasury)!;
    if (treasury.balance < amount) {
      throw new DomainError('validation_error', `Treasury has ${formatAmount(treasury.balance)} AVT, less than ${formatAmount(amount)}`, { code: 'INSUFFICIENT_FUNDS', field: 'amount' });
    }
    // The emit key makes the movement happen once: a second attempt finds it taken.
    const fresh = await this.record(repos, locked, {
      emitKey, type: 'AgentFunded', transactionId: tid,
      payload: { agent: agentDid, amount: formatAmount(amount), reason },
      postings: [{ accountId: SYSTEM_ACCOUNTS.treasury, amount: -amount }, { accountId: agentDid, amount }],
    });
    if (!fresh) throw new DomainError('conflict', `Funding ${emitKey} has already been recorded`, { code: 'CONFLICT' });
    await repos.accounts.adjust(SYSTEM_ACCOUNTS.treasury, -amount);
    const agentAfter = await repos.accounts.adjust(agentDid, amount);
    const transaction: LedgerTransaction = {
      id: tid, type: 'funding', senderId: SYSTEM_ACCOUNTS.treasury, receiverId: agentDid, amount, fee: 0n, status: 'completed',
      message: reason, balanceAfter: agentAfter, createdAt: new Date(), reputationSignal: null,
    };
    await repos.transactions.insert(transaction);
    await repos.outbox.emit({ type: 'agent.funded', subject: agentDid, data: { transaction_id: tid, agent_did: agentDid, amount: formatAmount(amount), reason } });
    return transaction;
  }

  /** Mints new AVT to the treasury or to an agent. Refused where minting is off (satellites). */
  async issue(input: { recipientDid?: string; amount: unknown; reason?: string }): Promise<LedgerTransaction> {
    if (!this.settings.mintingEnabled) throw forbidden('Minting is disabled on this registry');
    const amount = parseAmount(input.amount);
    const recipient = input.recipientDid ? (await this.requireAgentAccount(input.recipientDid, 'Agent')).id : SYSTEM_ACCOUNTS.treasury;
    const reason = input.reason?.slice(0, 256) || 'issuance';
    const minted = await this.uow.run((repos) => this.mintInside(repos, newTransactionId(), recipient, amount, reason));
    if (!minted) throw new Error('a fresh transaction id collided with an earlier issuance');
    return minted;
  }

  private async mintInside(repos: LedgerRepositories, tid: string, recipient: string, amount: Amount, reason: string, emitKey = `mint-${tid}`) {
    const transaction: LedgerTransaction = {
      id: tid, type: 'issuance', senderId: SYSTEM_ACCOUNTS.issuance, receiverId: recipient, amount, fee: 0n, status: 'completed',
      message: reason, balanceAfter: 0n, createdAt: new Date(), reputationSignal: null,
    };
    const locked = await repos.accounts.lock([recipient, SYSTEM_ACCOUNTS.issuance]);
    const fresh = await this.record(repos, locked, {
      emitKey, type: 'TokensMinted', transactionId: tid,
      payload: { recipient, amount: formatAmount(amount), reason },
      postings: [{ accountId: SYSTEM_ACCOUNTS.issuance, amount: -amount }, { accountId: recipient, amount }],
    });
    if (!fresh) return null;
    await repos.accounts.adjust(SYSTEM_ACCOUNTS.issuance, -amount);
    transaction.balanceAfter = await repos.accounts.adjust(recipient, amount);
    await repos.transactions.insert(transaction);
    await repos.outbox.emit({ type: 'tokens.minted', subject: recipient.startsWith('system:') ? undefined : recipient, data: { transaction_id: tid, recipient: PUBLIC_ACCOUNT_NAMES[recipient] ?? recipient, amount: formatAmount(amount), reason } });
    return transaction;
  }

  /** Takes AVT out of circulation from the treasury. */
  async burn(input: { amount: unknown; reason?: string }): Promise<LedgerTransaction> {
    const amount = parseAmount(input.amount);
    const reason = input.reason?.slice(0, 256) || 'burn';
    return this.uow.run(async (repos) => {
      const tid = newTransactionId();
      const locked = await repos.accounts.lock([SYSTEM_ACCOUNTS.treasury, SYSTEM_ACCOUNTS.issuance]);
      const treasury = locked.get(SYSTEM_ACCOUNTS.treasury)!;
      if (treasury.balance < amount) throw validationError(`Treasury has only ${formatAmount(treasury.balance)} AVT`, 'amount');
      const after = await repos.accounts.adjust(SYSTEM_ACCOUNTS.treasury, -amount);
      await repos.accounts.adjust(SYSTEM_ACCOUNTS.issuance, amount);
      const transaction: LedgerTransaction = {
        id: tid, type: 'burn', senderId: SYSTEM_ACCOUNTS.treasury, receiverId: SYSTEM_ACCOUNTS.issuance, amount, fee: 0n, status: 'completed',
        message: reason, balanceAfter: after, createdAt: new Date(), reputationSignal: null,
      };
      await repos.transactions.insert(transaction);
      await this.record(repos, locked, {
        emitKey: `burn-${tid}`, type: 'TokensBurned', transactionId: tid, payload: { amount: formatAmount(amount), reason },
        postings: [{ accountId: SYSTEM_ACCOUNTS.treasury, amount: -amount }, { accountId: SYSTEM_ACCOUNTS.issuance, amount }],
      });
      await repos.outbox.emit({ type: 'tokens.burned', data: { transaction_id: tid, amount: formatAmount(amount), reason } });
      return transaction;
    });
  }

  /** The genesis supply, minted to the treasury once per ledger (its emit key is fixed). */
  async mintGenesisSupply(): Promise<'minted' | 'exists' | 'disabled'> {
    if (!this.settings.mintingEnabled || this.settings.genesisSupply === 0n) return 'disabled';
    const done = await this.uow.run((repos) => this.mintInside(repos, 'tx_genesis', SYSTEM_ACCOUNTS.treasury, this.settings.genesisSupply, 'genesis supply', 'genesis-mint'));
    return done ? 'minted' : 'exists';
  }

  // ── administration ──────────────────────────────────────────────────────────

  async setSuspended(did: string, suspend: boolean, reason?: string): Promise<Account> {
    const account = await this.requireAgentAccount(did, 'Agent');
    return this.uow.run(async (repos) => {
      const locked = await repos.accounts.lock([account.id]);
      const current = locked.get(account.id)!;
      const target = suspend ? 'suspended' : 'active';
      if (current.status === target) return current;
      await repos.accounts.setStatus(current.id, target);
      const stamp = randomBytes(8).toString('hex');
      await this.record(repos, locked, {
        emitKey: `${suspend ? 'suspend' : 'reinstate'}-${current.id}-${stamp}`, type: suspend ? 'AgentSuspended' : 'AgentReinstated', transactionId: null,
        payload: { agent: current.id, reason: reason ?? null }, postings: [],
      });
      await repos.outbox.emit({ type: suspend ? 'agent.suspended' : 'agent.reinstated', subject: current.id, data: { agent_did: current.id, reason: reason ?? null } });
      return { ...current, status: target };
    });
  }

  async auditReport() {
    const f = await this.audit.figures();
    const circulating = f.totalMinted - f.totalBurned;
    return {
      total_minted: formatAmount(f.totalMinted),
      total_burned: formatAmount(f.totalBurned),
      circulating_supply: formatAmount(circulating),
      sum_of_balances: formatAmount(f.sumOfBalances),
      issuance_balance: formatAmount(f.issuanceBalance),
      unbalanced_transactions: f.unbalancedTransactions,
      negative_balances: f.negativeBalances,
      consistent: f.sumOfBalances === circulating && f.issuanceBalance === -circulating && f.unbalancedTransactions === 0 && f.negativeBalances === 0,
    };
  }

  /**
   * Up to MAX_BATCH_TRANSFERS transfers from one sender in one database transaction: the sender's
   * row and every receiver's locked once, balances moved by one statement, transactions, events
   * and outbox rows written by one statement each. Every transfer keeps its own transaction id,
   * emit keys and `transaction.completed` event. Without `atomic`, a transfer's failure affects
   * no other; with it, one failure applies none (the others fail with LINKED_FAILURE).
   */
  async transferBatch(input: { senderDid: string; transfers: BatchTransferInput[]; atomic: boolean; idempotency?: IdempotencyClaim; abandoned?: AbortSignal }): Promise<TransferBatchResult> {
    if (input.transfers.length === 0) throw validationError('transfers must hold at least one transfer', 'transfers');
    if (input.transfers.length > MAX_BATCH_TRANSFERS) throw validationError(`transfers must hold at most ${MAX_BATCH_TRANSFERS} transfers`, 'transfers');
    // What can be refused without the database, per item.
    const items = input.transfers.map((t, index) => {
      try {
        const amount = parseAmount(t.amount);
        if (t.receiverDid === input.senderDid) {
          throw new DomainError('validation_error', 'Cannot transfer to yourself', { code: 'SELF_TRANSFER', field: 'receiver_agent_id' });
        }
        if (t.message && t.message.length > 256) throw validationError('message must be at most 256 characters', 'message');
        if (!isAgentDid(t.receiverDid)) throw notFound(`Receiver agent ${t.receiverDid} not found`);
        return { index, receiverDid: t.receiverDid, amount, message: t.message ?? null, refused: null };
      } catch (err) {
        return { index, receiverDid: t.receiverDid, amount: 0n, message: null, refused: failure(index, err) };
      }
    });
    const unknown = new Set<string>();
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.uow.run(async (repos) => {
          const result = await this.batchOnce(repos, input.senderDid, items, input.atomic, unknown, input.idempotency);
          // A batch takes long enough for its caller's deadline to pass; then its answer would be lost.
          if (input.abandoned?.aborted) throw abandonedCall();
          return result;
        });
      } catch (err) {
        if (!(err instanceof MissingAccounts) || attempt >= 2) throw err;
        for (const did of err.dids) {
          try {
            await this.requireAgentAccount(did, did === input.senderDid ? 'Agent' : 'Receiver agent');
          } catch (missing) {
            if (did === input.senderDid || !(missing instanceof DomainError) || missing.kind !== 'not_found') throw missing;
            unknown.add(did);
          }
        }
      }
    }
  }

  private async batchOnce(
    repos: LedgerRepositories, senderDid: string, items: Array<{ index: number; receiverDid: string; amount: Amount; message: string | null; refused: BatchOutcome | null }>,
    atomic: boolean, unknown: ReadonlySet<string>, claim: IdempotencyClaim | undefined,
  ): Promise<TransferBatchResult> {
    const batchId = 'batch_' + randomBytes(16).toString('hex');
    if (claim) {
      const outcome = await repos.idempotency.claim(claim, batchId, this.settings.idempotencyTtlSeconds);
      if (outcome.kind === 'mismatch') {
        throw new DomainError('validation_error', 'Idempotency-Key was already used with a different request body', { code: 'IDEMPOTENCY_KEY_REUSED', field: 'Idempotency-Key' });
      }
      if (outcome.kind === 'replay') {
        const previous = await repos.transferBatches.get(outcome.transactionId);
        if (previous) return { batch: previous, replayed: true };
        // The key was claimed by a single transfer: a different request under the same key.
        throw new DomainError('validation_error', 'Idempotency-Key was already used with a different request body', { code: 'IDEMPOTENCY_KEY_REUSED', field: 'Idempotency-Key' });
      }
    }
    const receivers = [...new Set(items.filter((i) => !i.refused && !unknown.has(i.receiverDid)).map((i) => i.receiverDid))];
    const locked = await repos.accounts.lock([senderDid, ...receivers]);
    const missing = [senderDid, ...receivers].filter((did) => !locked.has(did));
    if (missing.length > 0) throw new MissingAccounts(missing);
    const sender = locked.get(senderDid)!;
    if (sender.status !== 'active') throw suspended();

    const fee = this.settings.transferFee;
    let balance = sender.balance;
    const results: BatchOutcome[] = [];
    const accepted: LedgerTransaction[] = [];
    const createdAt = new Date();
    for (const item of items) {
      if (item.refused) { results.push(item.refused); continue; }
      try {
        if (unknown.has(item.receiverDid)) throw notFound(`Receiver agent ${item.receiverDid} not found`);
        assertCreditsAllowed([{ accountId: item.receiverDid, amount: item.amount }], locked);
        const total = item.amount + fee;
        if (balance < total) throw insufficientFunds(balance, total);
        balance -= total;
        const tid = newTransactionId();
        accepted.push({
          id: tid, type: 'transfer', senderId: sender.id, receiverId: item.receiverDid, amount: item.amount, fee, status: 'completed',
          message: item.message, balanceAfter: balance, createdAt, reputationSignal: null,
        });
        results.push({ index: item.index, status: 'completed', transactionId: tid, fee });
      } catch (err) {
        results.push(failure(item.index, err));
      }
    }

    if (atomic && accepted.length < items.length) {
      const linked = { code: 'LINKED_FAILURE', detail: 'Not applied: another transfer of this atomic batch failed' };
      const batch: TransferBatch = {
        id: batchId, senderId: sender.id, atomic, newSenderBalance: sender.balance,
        results: results.map((r) => (r.status === 'failed' ? r : { index: r.index, status: 'failed', error: linked })),
      };
      await repos.transferBatches.insert(batch);
      return { batch, replayed: false };
    }

    if (accepted.length > 0) {
      const deltas = new Map<string, Amount>([[sender.id, balance - sender.balance]]);
      for (const t of accepted) deltas.set(t.receiverId, (deltas.get(t.receiverId) ?? 0n) + t.amount);
      await repos.accounts.adjustMany([...deltas].map(([id, delta]) => ({ id, delta })));
      if (fee > 0n) await repos.accounts.creditSharded(SYSTEM_ACCOUNTS.fees, fee * BigInt(accepted.length));
      await repos.transactions.insertMany(accepted);
      const events: LedgerEvent[] = [];
      const published: PublishedEvent[] = [];
      for (const t of accepted) {
        events.push({
          emitKey: `xfer-${t.id}`, type: 'TokensTransferred', transactionId: t.id,
          payload: { sender: sender.id, receiver: t.receiverId, amount: formatAmount(t.amount), message: t.message },
          postings: [{ accountId: sender.id, amount: -t.amount }, { accountId: t.receiverId, amount: t.amount }],
        });
        published.push({
          type: 'transaction.completed', subject: sender.id,
          data: { transaction_id: t.id, sender_agent_id: sender.id, receiver_agent_id: t.receiverId, amount: formatAmount(t.amount), fee_amount: formatAmount(fee), message: t.message },
        });
        if (fee > 0n) {
          events.push({
            emitKey: `fee-${t.id}`, type: 'TransactionFeeCollected', transactionId: t.id,
            payload: { payer: sender.id, amount: formatAmount(fee) },
            postings: [{ accountId: sender.id, amount: -fee }, { accountId: SYSTEM_ACCOUNTS.fees, amount: fee }],
          });
          published.push({ type: 'fee.collected', subject: sender.id, data: { transaction_id: t.id, agent_did: sender.id, amount: formatAmount(fee) } });
        }
      }
      await this.recordAll(repos, events, locked);
      await repos.outbox.emitMany(published);
    }
    const batch: TransferBatch = { id: batchId, senderId: sender.id, atomic, results, newSenderBalance: balance };
    await repos.transferBatches.insert(batch);
    return { batch, replayed: false };
  }

  // ── reads ───────────────────────────────────────────────────────────────────

  transactions(query: { accountId: string; type?: TransactionType; from?: Date; to?: Date; limit: number; offset: number }) {
    return this.uow.read.transactions.list(query);
  }

  // ── plumbing ────────────────────────────────────────────────────────────────

  /**
   * Runs a money movement once: with an idempotency claim, a repeated request gets the
   * recorded transaction back instead of moving money again (layer two, under the gateway's).
   */
  private async movement(claim: IdempotencyClaim | undefined, move: (repos: LedgerRepositories, tid: string) => Promise<LedgerTransaction>): Promise<TransferResult> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.movementOnce(claim, move);
      } catch (err) {
        if (!(err instanceof MissingAccount) || attempt >= 2) throw err;
        await this.requireAgentAccount(err.did, err.what); // 404 when identity does not know the agent
      }
    }
  }

  private async movementOnce(claim: IdempotencyClaim | undefined, move: (repos: LedgerRepositories, tid: string) => Promise<LedgerTransaction>): Promise<TransferResult> {
    return this.uow.run(async (repos) => {
      const tid = newTransactionId();
      if (claim) {
        const outcome = await repos.idempotency.claim(claim, tid, this.settings.idempotencyTtlSeconds);
        if (outcome.kind === 'mismatch') {
          throw new DomainError('validation_error', 'Idempotency-Key was already used with a different request body', { code: 'IDEMPOTENCY_KEY_REUSED', field: 'Idempotency-Key' });
        }
        if (outcome.kind === 'replay') {
          const previous = await repos.transactions.get(outcome.transactionId);
          if (previous) return { transaction: previous, replayed: true };
        }
      }
      return { transaction: await move(repos, tid), replayed: false };
    });
  }

  /** Every movement is recorded here, with the accounts it locked: the postings must balance, and credits must be allowed. */
  private async recordAll(repos: LedgerRepositories, events: LedgerEvent[], locked: ReadonlyMap<string, Account>): Promise<Set<string>> {
    assertRecordable(events, locked);
    return repos.eventStore.appendMany(events);
  }

  /** Also the way in for movements kept elsewhere (pledges.ts, locks.ts), so that none bypasses the rules. */
  async record(repos: LedgerRepositories, locked: ReadonlyMap<string, Account>, event: LedgerEvent): Promise<boolean> {
    const sum = event.postings.reduce((s, p) => s + p.amount, 0n);
    if (sum !== 0n) throw new Error(`postings of ${event.emitKey} do not balance`);
    assertCreditsAllowed(event.postings, locked);
    return repos.eventStore.append(event);
  }
}

/** What the event store takes: postings that balance, and credits only where they are allowed. */
function assertRecordable(events: readonly LedgerEvent[], locked: ReadonlyMap<string, Account>): void {
  for (const event of events) {
    if (event.postings.reduce((s, p) => s + p.amount, 0n) !== 0n) throw new Error(`postings of ${event.emitKey} do not balance`);
    assertCreditsAllowed(event.postings, locked);
  }
}
