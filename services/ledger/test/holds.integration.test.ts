import assert from 'node:assert/strict';
import { openDatabase, migrateToLatest, type Database } from '@agentvault/db';
import { createTestDatabase, type TestDatabase } from '@agentvault/testing';
import { DomainError } from '@agentvault/errors';
import { ledgerMigrations, LEDGER_SCHEMA } from '../migrations/index.js';
import { parseAmount, formatAmount } from '../src/domain/amount.js';
import { LedgerService } from '../src/domain/ledger-service.js';
import { HoldService } from '../src/domain/holds.js';
import { createLedgerAudit, createUnitOfWork } from '../src/store/ledger-store.js';
import { createHoldUnitOfWork } from '../src/store/hold-store.js';

const AVT = (n: string) => parseAmount(n);

describe('ledger holds (store, real PostgreSQL)', function () {
  this.timeout(60_000);
  let testDb: TestDatabase;
  let database: Database;
  let ledger: LedgerService;
  let holds: HoldService;
  let clock = new Date();
  const payer = 'did:agentvault:payer';
  const receiver = 'did:agentvault:receiver';

  const expectCode = async (promise: Promise<unknown>, code: string) => {
    await assert.rejects(promise, (err: unknown) => err instanceof DomainError && err.code === code);
  };

  before(async () => {
    testDb = await createTestDatabase('av_holds');
    database = await openDatabase({ url: testDb.url, schema: LEDGER_SCHEMA });
    await migrateToLatest(database, ledgerMigrations);
    const directory = { find: async (did: string) => ({ did, developerId: 'dev_1' }) };
    ledger = new LedgerService(createUnitOfWork(database), directory, createLedgerAudit(database), {
      transferFee: AVT('0.5'), mintingEnabled: true, genesisSupply: AVT('1000000'), idempotencyTtlSeconds: 60,
    });
    await ledger.mintGenesisSupply();
    holds = new HoldService(createHoldUnitOfWork(database), ledger, () => clock);
    await ledger.fundAgent({ agentDid: payer, amount: '100' });
    await ledger.requireAgentAccount(receiver, 'Agent');
  });

  after(async () => {
    await database?.close();
    await testDb?.drop();
  });

  afterEach(async () => {
    const audit = await ledger.auditReport();
    assert.equal(audit.consistent, true, JSON.stringify(audit));
    assert.equal((await holds.audit()).consistent, true);
  });

  it('reserves amount and fee, posts less than held and returns the rest, once', async () => {
    const { hold } = await holds.place({ payerDid: payer, receiverDid: receiver, amount: '10', reference: 'test:partial' });
    assert.equal(formatAmount(await ledger.balance(payer)), formatAmount(AVT('89.5')));
    const audit = await holds.audit();
    assert.equal(audit.heldTotal, AVT('10.5'));

    const results = await Promise.all(Array.from({ length: 10 }, () => holds.post({ holdId: hold.id, amount: '6' })));
    assert.equal(results.filter((r) => !r.replayed).length, 1);
    assert.equal(new Set(results.map((r) => r.transaction!.id)).size, 1);
    assert.equal(await ledger.balance(receiver), AVT('6'));
    assert.equal(await ledger.balance(payer), AVT('93.5'));
    await expectCode(holds.void({ holdId: hold.id }), 'HOLD_NOT_PENDING');
  });

  it('posts a commission to the treasury in the same movement, once', async () => {
    const treasury = 'system:treasury';
    const [treasuryBefore, receiverBefore] = [await ledger.balance(treasury), await ledger.balance(receiver)];
    const { hold } = await holds.place({ payerDid: payer, receiverDid: receiver, amount: '4', reference: 'test:commission' });
    await expectCode(holds.post({ holdId: hold.id, amount: '2', commission: '3' }), 'VALIDATION_ERROR');
    const results = await Promise.all(Array.from({ length: 5 }, () => holds.post({ holdId: hold.id, commission: '0.4' })));
    assert.equal(results.filter((r) => !r.replayed).length, 1);
    assert.equal(results[0]!.transaction!.amount, AVT('3.6'), "the transaction says what the receiver got");
    assert.equal(await ledger.balance(receiver), receiverBefore + AVT('3.6'));
    assert.equal(await ledger.balance(treasury), treasuryBefore + AVT('0.4'));
  });

  it('refuses to hold more than the balance, and the same AVT twice', async () => {
    await expectCode(holds.place({ payerDid: payer, amount: '1000', reference: 'test:too-much' }), 'INSUFFICIENT_FUNDS');
    const balance = await ledger.balance(payer);
    const first = await holds.place({ payerDid: payer, amount: formatAmount(balance - AVT('0.5')), reference: 'test:all' });
    await expectCode(holds.place({ payerDid: payer, amount: '1', reference: 'test:again' }), 'INSUFFICIENT_FUNDS');
    const repeat = await holds.place({ payerDid: payer, amount: formatAmount(balance - AVT('0.5')), reference: 'test:all' });
    assert.equal(repeat.replayed, true);
    assert.equal(repeat.hold.id, first.hold.id);
    const voided = await holds.void({ holdId: first.hold.id, reason: 'changed my mind' });
    assert.equal(voided.hold.status, 'voided');
    assert.equal((await holds.void({ holdId: first.hold.id })).replayed, true);
    assert.equal(await ledger.balance(payer), balance);
    await expectCode(holds.post({ holdId: first.hold.id, receiverDid: receiver }), 'HOLD_NOT_PENDING');
  });

  it('expires: a hold past its expiry cannot be posted and goes back by the sweep', async () => {
    const before = await ledger.balance(payer);
    const { hold } = await holds.place({ payerDid: payer, receiverDid: receiver, amount: '5', reference: 'test:expiring', expiresAt: new Date(clock.getTime() + 1000) });
    await expectCode(holds.void({ holdId: hold.id, expire: true }), 'HOLD_NOT_EXPIRED');
    clock = new Date(clock.getTime() + 2000);
    await expectCode(holds.post({ holdId: hold.id }), 'HOLD_EXPIRED');
    assert.equal(await holds.expireDue(), 1);
    assert.equal((await holds.get(hold.id)).status, 'expired');
    assert.equal(await ledger.balance(payer), before);
  });

  it('applies a penalty and a reputation adjustment once per key', async () => {
    const before = await ledger.balance(payer);
    const penalties = await Promise.all([1, 2, 3].map(() => holds.penalize({ fromDid: payer, toDid: receiver, amount: '2', key: 'dispute-1' })));
    assert.equal(penalties.filter((p) => !p.replayed).length, 1);
    assert.equal(await ledger.balance(payer), before - AVT('2'));
    const first = await holds.adjustReputation({ agentDid: payer, delta: -5, key: 'dispute-1' });
    const again = await holds.adjustReputation({ agentDid: payer, delta: -5, key: 'dispute-1' });
    assert.equal(first.newScore, -5);
    assert.equal(again.replayed, true);
    assert.equal(again.newScore, -5);
  });
});
