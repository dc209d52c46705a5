import assert from 'node:assert/strict';
import { migrateToLatest, openDatabase, typed, type Database } from '@agentvault/db';
import { DomainError } from '@agentvault/errors';
import { createTestDatabase, type TestDatabase } from '@agentvault/testing';
import { ledgerMigrations } from '../migrations/index.js';
import { formatAmount, parseAmount } from '../src/domain/amount.js';
import { developerSummary } from '../src/domain/developer-summary.js';
import { LedgerService } from '../src/domain/ledger-service.js';
import { LockService } from '../src/domain/locks.js';
import { ReputationService } from '../src/domain/reputation.js';
import type { UnitOfWork } from '../src/domain/ports.js';
import { createLedgerAudit, createUnitOfWork } from '../src/store/ledger-store.js';
import { createLockUnitOfWork } from '../src/store/lock-store.js';
import type { LedgerDatabase } from '../src/store/schema.js';

const AVT = (n: string) => parseAmount(n);
let agents = 0;
let refs = 0;
const newDid = () => `did:agentvault:locks-${process.pid}-${++agents}`;
const ref = () => `test-${process.pid}-${++refs}`;

const refused = (kind: DomainError['kind'], code: string) => (err: unknown) => {
  assert.ok(err instanceof DomainError, String(err));
  assert.equal(err.kind, kind, err.message);
  assert.equal(err.code, code, err.message);
  return true;
};

describe('ledger locks on PostgreSQL: liquid ↔ locked, treasury payouts, the credit rule', function () {
  this.timeout(30_000);
  let testDb: TestDatabase;
  let database: Database<LedgerDatabase>;
  let uow: UnitOfWork;
  let ledger: LedgerService;
  let locks: LockService;
  let reputation: ReputationService;

  before(async () => {
    testDb = await createTestDatabase('av_ledger_locks');
    database = typed<LedgerDatabase>(await openDatabase({ url: testDb.url, schema: 'ledger', poolSize: 10 }));
    await migrateToLatest(database, ledgerMigrations);
    uow = createUnitOfWork(database);
    ledger = new LedgerService(uow, { find: async () => null }, createLedgerAudit(database), {
      transferFee: 0n, mintingEnabled: true, genesisSupply: AVT('1000000'), idempotencyTtlSeconds: 60,
    });
    assert.equal(await ledger.mintGenesisSupply(), 'minted');
    locks = new LockService(createLockUnitOfWork(database), ledger);
    reputation = new ReputationService(uow, ledger);
  });
  after(async () => {
    await database?.close();
    await testDb?.drop();
  });

  async function agent(balance: string, developer = 'dev-locks'): Promise<string> {
    const did = newDid();
    await uow.run((repos) => repos.accounts.openAgent(did, developer));
    await ledger.fundAgent({ agentDid: did, amount: balance });
    return did;
  }
  const lockedOf = async (did: string) => (await locks.lockedBalances([did]))[0]!.locked;
  const consistent = async () => assert.equal((await ledger.auditReport()).consistent, true, JSON.stringify(await ledger.auditReport()));

  it('moves liquid AVT to the locked balance and back, once per reference, the audit counting both', async () => {
    const did = await agent('100');
    const reference = ref();
    const first = await locks.lock({ agentDid: did, amount: '40', reference });
    assert.equal(first.replayed, false);
    assert.equal(first.liquidBalance, AVT('60'));
    assert.equal(first.lockedBalance, AVT('40'));
    const again = await locks.lock({ agentDid: did, amount: '40', reference });
    assert.equal(again.replayed, true);
    assert.equal(again.transaction.id, first.transaction.id);
    assert.equal(await ledger.balance(did), AVT('60'));
    assert.equal(await lockedOf(did), AVT('40'));
    await consistent();

    await assert.rejects(locks.unlock({ agentDid: did, amount: '41', reference: ref() }), refused('validation_error', 'INSUFFICIENT_LOCKED_FUNDS'));
    const back = await locks.unlock({ agentDid: did, amount: '15', reference: ref() });
    assert.equal(back.liquidBalance, AVT('75'));
    assert.equal(back.lockedBalance, AVT('25'));
    await consistent();
  });

  it('counts locked AVT in the balances and in the developer summary', async () => {
    const developer = `dev-summary-${process.pid}`;
    const one = await agent('10', developer);
    const two = await agent('5', developer);
    await locks.lock({ agentDid: one, amount: '2.5', reference: ref() });
    await locks.payout({ agentDid: two, amount: '1', reference: ref(), toLocked: true });

    const balances = await ledger.ownedBalances(developer, [one, two]);
    assert.deepEqual(balances.map((b) => [b.agent_id, b.balance, b.locked_balance]), [
      [one, formatAmount(AVT('7.5')), formatAmount(AVT('2.5'))],
      [two, formatAmount(AVT('5')), formatAmount(AVT('1'))],
    ]);
    const summary = await developerSummary(ledger, reputation, developer);
    assert.equal(summary.totalLiquid, formatAmount(AVT('12.5')));
    assert.equal(summary.totalStaked, formatAmount(AVT('3.5')));
    assert.equal(summary.total, formatAmount(AVT('16')));
    await consistent();
  });

  it('credits nothing to a suspended agent: no payout (liquid or locked), no unlock; its AVT stays locked until reinstated', async () => {
    const did = await agent('50');
    await locks.lock({ agentDid: did, amount: '20', reference: ref() });
    await ledger.setSuspended(did, true, 'test');

    // Its own outgoing movement (a lock) is refused as any debit of a suspended agent is.
    await assert.rejects(locks.lock({ agentDid: did, amount: '1', reference: ref() }), refused('forbidden', 'AUTH_AGENT_SUSPENDED'));
    // Credits, wherever they would land, are refused by the one rule.
    await assert.rejects(locks.unlock({ agentDid: did, amount: '5', reference: ref() }), refused('conflict', 'ACCOUNT_SUSPENDED'));
    await assert.rejects(locks.payout({ agentDid: did, amount: '1', reference: ref() }), refused('conflict', 'ACCOUNT_SUSPENDED'));
    await assert.rejects(locks.payout({ agentDid: did, amount: '1', reference: ref(), toLocked: true }), refused('conflict', 'ACCOUNT_SUSPENDED'));
    assert.equal(await ledger.balance(did), AVT('30'));
    assert.equal(await lockedOf(did), AVT('20'));
    await consistent();

    // Reinstated, the same unlock (a retry by staking under its reference) goes through once.
    await ledger.setSuspended(did, false, 'test');
    const reference = ref();
    const back = await locks.unlock({ agentDid: did, amount: '5', reference });
    assert.equal(back.liquidBalance, AVT('35'));
    assert.equal((await locks.unlock({ agentDid: did, amount: '5', reference })).replayed, true);
    assert.equal(await lockedOf(did), AVT('15'));
    await consistent();
  });

  it('pays from the treasury once per reference and says when it cannot cover a payout', async () => {
    const did = await agent('1');
    const reference = ref();
    const paid = await locks.payout({ agentDid: did, amount: '3', reference });
    assert.equal((await locks.payout({ agentDid: did, amount: '3', reference })).transaction.id, paid.transaction.id);
    assert.equal(await ledger.balance(did), AVT('4'));
    await assert.rejects(locks.payout({ agentDid: did, amount: '999999999', reference: ref() }), refused('validation_error', 'TREASURY_INSUFFICIENT'));
    await consistent();
  });

  it('sets the transfer fee once per reference and keeps it across a restart', async () => {
    const reference = ref();
    const set = await locks.setTransferFee({ amount: '0.25', reference });
    assert.deepEqual(set, { fee: AVT('0.25'), replayed: false });
    assert.equal((await locks.setTransferFee({ amount: '0.5', reference })).replayed, true);
    assert.equal(ledger.settings.transferFee, AVT('0.25'));

    // Another process reads the stored value over its configured default.
    const other = new LedgerService(uow, { find: async () => null }, createLedgerAudit(database), { ...ledger.settings, transferFee: 0n });
    await new LockService(createLockUnitOfWork(database), other).refreshParameters();
    assert.equal(other.settings.transferFee, AVT('0.25'));
    await locks.setTransferFee({ amount: '0', reference: ref() });
  });
});
