import assert from 'node:assert/strict';
import { DomainError } from '@agentvault/errors';
import { formatAmount, parseAmount, SCALE } from '../src/domain/amount.js';
import { SYSTEM_ACCOUNTS } from '../src/domain/accounts.js';
import { LedgerService, type LedgerSettings } from '../src/domain/ledger-service.js';
import type { Account, LedgerEvent, LedgerTransaction, PublishedEvent } from '../src/domain/model.js';
import type { AgentDirectory, LedgerAudit, LedgerRepositories, UnitOfWork } from '../src/domain/ports.js';

/** The ledger's state as the rules see it; the fake unit of work commits a copy or drops it. */
interface State {
  accounts: Map<string, Account>;
  transactions: Map<string, LedgerTransaction>;
  events: Map<string, LedgerEvent>;
  claims: Map<string, { requestHash: string; transactionId: string }>;
  outbox: PublishedEvent[];
}

function clone(state: State): State {
  return {
    accounts: new Map([...state.accounts].map(([k, v]) => [k, { ...v }])),
    transactions: new Map([...state.transactions].map(([k, v]) => [k, { ...v }])),
    events: new Map(state.events),
    claims: new Map(state.claims),
    outbox: [...state.outbox],
  };
}

function repositoriesOver(s: () => State): LedgerRepositories {
  const account = (id: string) => {
    const a = s().accounts.get(id);
    if (!a) throw new Error(`no account ${id}`);
    return a;
  };
  const adjust = (id: string, delta: bigint) => {
    const a = account(id);
    // The database's CHECK: only the issuance account may go negative.
    if (a.balance + delta < 0n && id !== SYSTEM_ACCOUNTS.issuance) throw new Error(`balance of ${id} would go negative`);
    a.balance += delta;
    return a.balance;
  };
  const append = (event: LedgerEvent) => {
    if (s().events.has(event.emitKey)) return false;
    s().events.set(event.emitKey, event);
    return true;
  };
  return {
    accounts: {
      async get(id) { const a = s().accounts.get(id); return a ? { ...a } : null; },
      async getMany(ids) { return new Map(ids.filter((id) => s().accounts.has(id)).map((id) => [id, { ...account(id) }])); },
      async ofDeveloper(developerId) { return [...s().accounts.values()].filter((a) => a.kind === 'agent' && a.developerId === developerId).map((a) => ({ ...a })); },
      async lock(ids) { return new Map(ids.filter((id) => s().accounts.has(id)).map((id) => [id, { ...account(id) }])); },
      async openAgent(did, developerId) {
        if (s().accounts.has(did)) return false;
        s().accounts.set(did, { id: did, kind: 'agent', status: 'active', developerId, balance: 0n });
        return true;
      },
      async adjust(id, delta) { return adjust(id, delta); },
      async adjustMany(changes) { return new Map(changes.map((c) => [c.id, adjust(c.id, c.delta)])); },
      async creditSharded(id, delta) { adjust(id, delta); },
      async setStatus(id, status) { account(id).status = status; },
    },
    transactions: {
      async insert(tx) { s().transactions.set(tx.id, { ...tx }); },
      async insertMany(txs) { for (const tx of txs) s().transactions.set(tx.id, { ...tx }); },
      async get(id) { return s().transactions.get(id) ?? null; },
      async list() { return { items: [...s().transactions.values()], total: s().transactions.size }; },
      async lock(id) { return s().transactions.get(id) ?? null; },
      async setReputationSignal(id, signal) { s().transactions.get(id)!.reputationSignal = signal; },
    },
    eventStore: {
      async append(event) { return append(event); },
      async appendMany(events) { return new Set(events.filter(append).map((e) => e.emitKey)); },
      async exists(emitKey) { return s().events.has(emitKey); },
    },
    idempotency: {
      async claim(claim, transactionId) {
        const key = `${claim.scope}/${claim.key}`;
        const seen = s().claims.get(key);
        if (!seen) {
          s().claims.set(key, { requestHash: claim.requestHash, transactionId });
          return { kind: 'new' };
        }
        return seen.requestHash === claim.requestHash ? { kind: 'replay', transactionId: seen.transactionId } : { kind: 'mismatch' };
      },
      async claimFresh(claims) {
        const recorded = new Set<string>();
        for (const { claim, transactionId } of claims) {
          const key = `${claim.scope}/${claim.key}`;
          if (s().claims.has(key)) continue;
          s().claims.set(key, { requestHash: claim.requestHash, transactionId });
          recorded.add(transactionId);
        }
        return recorded;
      },
      async release(claims) {
        for (const claim of claims) s().claims.delete(`${claim.scope}/${claim.key}`);
      },
    },
    outbox: { async emit(event) { s().outbox.push(event); }, async emitMany(events) { s().outbox.push(...events); } },
    rounds: {
      async settle(round) {
        const after = new Map(round.changes.map((c) => [c.id, adjust(c.id, c.delta)]));
        if (round.feeCredit) adjust(round.feeCredit.accountId, round.feeCredit.amount);
        for (const tx of round.transactions) s().transactions.set(tx.id, { ...tx });
        round.events.forEach(append);
        s().outbox.push(...round.published);
        return after;
      },
    },
    transferBatches: undefined as never,
    fundingRequests: undefined as never,
    reputation: undefined as never,
  };
}

function fakeUnitOfWork(): { uow: UnitOfWork; state: () => State } {
  let committed: State = { accounts: new Map(), transactions: new Map(), events: new Map(), claims: new Map(), outbox: [] };
  for (const id of Object.values(SYSTEM_ACCOUNTS)) committed.accounts.set(id, { id, kind: 'system', status: 'active', developerId: null, balance: 0n });
  // One transaction at a time, like row locks on the few rows a movement touches.
  let queue: Promise<unknown> = Promise.resolve();
  const uow: UnitOfWork = {
    read: repositoriesOver(() => committed),
    run(work) {
      const result = queue.then(async () => {
        const draft = clone(committed);
        const value = await work(repositoriesOver(() => draft));
        committed = draft;
        return value;
      });
      queue = result.catch(() => undefined);
      return result;
    },
  };
  return { uow, state: () => committed };
}

const AVT = (n: number | string) => parseAmount(String(n));
const FEE = AVT('0.001');
const ALICE = 'did:agentvault:alice';
const BOB = 'did:agentvault:bob';
const CAROL = 'did:agentvault:carol';

const noAudit: LedgerAudit = { figures: async () => { throw new Error('not used'); } };

function ledger(settings: Partial<LedgerSettings> = {}, known: string[] = []) {
  const { uow, state } = fakeUnitOfWork();
  const directory: AgentDirectory = { find: async (did) => (known.includes(did) ? { did, developerId: 'dev-1' } : null) };
  const service = new LedgerService(uow, directory, noAudit, { transferFee: FEE, mintingEnabled: true, genesisSupply: AVT(1_000_000), idempotencyTtlSeconds: 60, ...settings });
  return { service, uow, state };
}

async function withAgents(service: LedgerService, uow: UnitOfWork, balances: Record<string, string>) {
  await service.mintGenesisSupply();
  for (const [did, amount] of Object.entries(balances)) {
    await uow.run((repos) => repos.accounts.openAgent(did, 'dev-1'));
    if (amount !== '0') await service.fundAgent({ agentDid: did, amount });
  }
}

async function rejectsWith(promise: Promise<unknown>, kind: DomainError['kind'], code?: string): Promise<DomainError> {
  const err = await promise.then(() => undefined, (e: unknown) => e);
  assert.ok(err instanceof DomainError, `expected a DomainError(${kind}), got ${String(err)}`);
  assert.equal(err.kind, kind, err.message);
  if (code) assert.equal(err.code, code);
  return err;
}

const sum = (event: LedgerEvent) => event.postings.reduce((s, p) => s + p.amount, 0n);

describe('ledger domain: amounts at the edges', () => {
  it('keeps 18 places exactly through parse and format, whatever the input form', () => {
    assert.equal(formatAmount(parseAmount('0.000000000000000001')), '0.000000000000000001');
    assert.equal(formatAmount(parseAmount('007.50')), '7.500000000000000000');
    assert.equal(formatAmount(0n), '0.000000000000000000');
    assert.equal(parseAmount(0.1) + parseAmount(0.2), parseAmount('0.3'), 'no float drift');
    assert.throws(() => parseAmount(1e21), /too large/, 'a huge number is refused, not rounded');
    assert.equal(parseAmount('1000000000000000'), 10n ** 15n * SCALE, 'the largest amount itself is allowed');
  });
});

describe('ledger domain: transfers', () => {
  it('moves the amount, takes the fee into the fee account and records balanced events', async () => {
    const { service, uow, state } = ledger();
    await withAgents(service, uow, { [ALICE]: '10', [BOB]: '0' });
    const { transaction, replayed } = await service.transfer({ senderDid: ALICE, receiverDid: BOB, amount: '2.5', message: 'thanks' });
    assert.equal(replayed, false);
    assert.equal(transaction.balanceAfter, AVT(10) - AVT('2.5') - FEE);
    assert.equal(state().accounts.get(BOB)!.balance, AVT('2.5'));
    assert.equal(state().accounts.get(SYSTEM_ACCOUNTS.fees)!.balance, FEE);
    const xfer = state().events.get(`xfer-${transaction.id}`)!;
    const fee = state().events.get(`fee-${transaction.id}`)!;
    assert.equal(xfer.type, 'TokensTransferred');
    assert.equal(fee.type, 'TransactionFeeCollected');
    for (const e of state().events.values()) assert.equal(sum(e), 0n, `${e.emitKey} balances`);
    assert.deepEqual(state().outbox.slice(-2).map((e) => e.type), ['transaction.completed', 'fee.collected']);
  });

  it('records no fee event when the fee is zero', async () => {
    const { service, uow, state } = ledger({ transferFee: 0n });
    await withAgents(service, uow, { [ALICE]: '1', [BOB]: '0' });
    const { transaction } = await service.transfer({ senderDid: ALICE, receiverDid: BOB, amount: '1' });
    assert.equal(transaction.balanceAfter, 0n);
    assert.equal(state().events.has(`fee-${transaction.id}`), false);
    assert.deepEqual(state().outbox.slice(-1).map((e) => e.type), ['transaction.completed']);
  });

  it('refuses a transfer the balance cannot cover with its fee, and changes nothing', async () => {
    const { service, uow, state } = ledger();
    await withAgents(service, uow, { [ALICE]: '1', [BOB]: '0' });
    const before = state();
    const err = await rejectsWith(service.transfer({ senderDid: ALICE, receiverDid: BOB, amount: '1' }), 'validation_error', 'INSUFFICIENT_FUNDS');
    assert.match(err.message, /balance 1\.0+, needed 1\.001/);
    assert.equal(state(), before, 'the failed transaction committed nothing');
  });

  it('refuses sending to oneself, a suspended sender and a suspended receiver', async () => {
    const { service, uow } = ledger();
    await withAgents(service, uow, { [ALICE]: '5', [BOB]: '5' });
    await rejectsWith(service.transfer({ senderDid: ALICE, receiverDid: ALICE, amount: '1' }), 'validation_error', 'SELF_TRANSFER');
    await service.setSuspended(ALICE, true, 'fraud');
    await rejectsWith(service.transfer({ senderDid: ALICE, receiverDid: BOB, amount: '1' }), 'forbidden', 'AUTH_AGENT_SUSPENDED');
    // One rule for every credit to a suspended account (accounts.ts: assertCreditsAllowed): 409.
    const receiverSuspended = await rejectsWith(service.transfer({ senderDid: BOB, receiverDid: ALICE, amount: '1' }), 'conflict', 'ACCOUNT_SUSPENDED');
    assert.match(receiverSuspended.message, /is suspended; it can receive nothing until reinstated/);
    await service.setSuspended(ALICE, false);
    await service.transfer({ senderDid: ALICE, receiverDid: BOB, amount: '1' });
  });

  it('opens the receiver on the spot when identity knows it, and answers not found when it does not', async () => {
    const { service, uow, state } = ledger({}, [CAROL]);
    await withAgents(service, uow, { [ALICE]: '5' });
    await service.transfer({ senderDid: ALICE, receiverDid: CAROL, amount: '1' });
    assert.equal(state().accounts.get(CAROL)!.balance, AVT(1));
    await rejectsWith(service.transfer({ senderDid: ALICE, receiverDid: 'did:agentvault:nobody', amount: '1' }), 'not_found');
  });

  it('with an idempotency key: the same request replays, another body is refused, money moves once', async () => {
    const { service, uow, state } = ledger();
    await withAgents(service, uow, { [ALICE]: '10', [BOB]: '0' });
    const claim = { scope: ALICE, key: 'k-1', requestHash: 'h-1' };
    const first = await service.transfer({ senderDid: ALICE, receiverDid: BOB, amount: '3', idempotency: claim });
    const again = await service.transfer({ senderDid: ALICE, receiverDid: BOB, amount: '3', idempotency: claim });
    assert.equal(again.replayed, true);
    assert.equal(again.transaction.id, first.transaction.id);
    assert.equal(state().accounts.get(BOB)!.balance, AVT(3));
    await rejectsWith(service.transfer({ senderDid: ALICE, receiverDid: BOB, amount: '4', idempotency: { ...claim, requestHash: 'h-2' } }), 'validation_error', 'IDEMPOTENCY_KEY_REUSED');
    // The key is per scope: another sender may use the same one.
    await withAgents(service, uow, { [CAROL]: '5' });
    const carol = await service.transfer({ senderDid: CAROL, receiverDid: BOB, amount: '1', idempotency: { ...claim, scope: CAROL } });
    assert.equal(carol.replayed, false);
  });

  it('a refused movement leaves its idempotency key unclaimed, so a corrected retry goes through', async () => {
    const { service, uow } = ledger();
    await withAgents(service, uow, { [ALICE]: '1', [BOB]: '0' });
    const claim = { scope: ALICE, key: 'k-2', requestHash: 'h' };
    await rejectsWith(service.transfer({ senderDid: ALICE, receiverDid: BOB, amount: '1', idempotency: claim }), 'validation_error', 'INSUFFICIENT_FUNDS');
    await service.fundAgent({ agentDid: ALICE, amount: '1' });
    const retried = await service.transfer({ senderDid: ALICE, receiverDid: BOB, amount: '1', idempotency: claim });
    assert.equal(retried.replayed, false);
  });
});

describe('ledger domain: supply', () => {
  it('mints the genesis supply once, balanced against the issuance account', async () => {
    const { service, state } = ledger();
    assert.equal(await service.mintGenesisSupply(), 'minted');
    assert.equal(await service.mintGenesisSupply(), 'exists');
    assert.equal(state().accounts.get(SYSTEM_ACCOUNTS.treasury)!.balance, AVT(1_000_000));
    assert.equal(state().accounts.get(SYSTEM_ACCOUNTS.issuance)!.balance, -AVT(1_000_000));
    assert.equal(sum(state().events.get('genesis-mint')!), 0n);
  });

  it('mints nothing where minting is off', async () => {
    const { service, state } = ledger({ mintingEnabled: false });
    assert.equal(await service.mintGenesisSupply(), 'disabled');
    await rejectsWith(service.issue({ amount: '1' }), 'forbidden');
    assert.equal(state().events.size, 0);
  });

  it('burns only what the treasury holds', async () => {
    const { service, state } = ledger({ genesisSupply: AVT(5) });
    await service.mintGenesisSupply();
    await rejectsWith(service.burn({ amount: '6' }), 'validation_error');
    await service.burn({ amount: '2' });
    assert.equal(state().accounts.get(SYSTEM_ACCOUNTS.treasury)!.balance, AVT(3));
    assert.equal(state().accounts.get(SYSTEM_ACCOUNTS.issuance)!.balance, -AVT(3));
  });
});
