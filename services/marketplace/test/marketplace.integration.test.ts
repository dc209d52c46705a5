import assert from 'node:assert/strict';
import { openDatabase, migrateToLatest, typed, type Database } from '@agentvault/db';
import { DomainError } from '@agentvault/errors';
import { parseAmount } from '@agentvault/ledger/amount';
import { createTestDatabase, type TestDatabase } from '@agentvault/testing';
import { marketplaceMigrations, MARKETPLACE_SCHEMA } from '../migrations/index.js';
import { ProxyService, commissionOf, holdReference, targetUrl } from '../src/domain/proxy.js';
import { SettlementService } from '../src/domain/settlements.js';
import type { Usage } from '../src/domain/model.js';
import type { AgentDirectory, Forwarder, LedgerPort, MarketplaceUnitOfWork } from '../src/domain/ports.js';
import { createUnitOfWork } from '../src/store/marketplace-store.js';
import type { MarketplaceDatabase } from '../src/store/schema.js';

const AVT = (v: string) => parseAmount(v, 'amount', { allowZero: true });

/** A ledger that remembers its holds by reference, as the real one does, and counts real moves. */
function fakeLedger() {
  const holds = new Map<string, { id: string; reference: string; status: 'pending' | 'posted' | 'voided'; tx?: string }>();
  const byReference = new Map<string, string>();
  const calls = { placed: 0, posted: 0, voided: 0 };
  let failNextPost = false;
  let refuseNewHolds = false;
  const ledger: LedgerPort = {
    async placeHold({ reference }) {
      const existing = byReference.get(reference);
      if (existing) return { holdId: existing };
      if (refuseNewHolds) throw new DomainError('validation_error', 'Insufficient funds', { code: 'INSUFFICIENT_FUNDS' });
      const id = `hold_${holds.size + 1}`;
      holds.set(id, { id, reference, status: 'pending' });
      byReference.set(reference, id);
      calls.placed++;
      return { holdId: id };
    },
    async postHold({ holdId }) {
      if (failNextPost) {
        failNextPost = false;
        throw new DomainError('service_unavailable', 'ledger down');
      }
      const hold = holds.get(holdId)!;
      if (hold.status === 'pending') {
        hold.status = 'posted';
        hold.tx = `tx_${holdId}`;
        calls.posted++;
      }
      return { transactionId: hold.tx! };
    },
    async voidHold({ holdId }) {
      const hold = holds.get(holdId)!;
      if (hold.status === 'pending') {
        hold.status = 'voided';
        calls.voided++;
      }
    },
  };
  return { ledger, holds, calls, failPost: () => (failNextPost = true), refuse: (on: boolean) => (refuseNewHolds = on) };
}

const agents: AgentDirectory = { get: async (did) => ({ did, developerId: 'dev_1', active: true }) };
const forwarder: Forwarder = {
  async forward() {
    return { kind: 'answered', status: 200, headers: [], body: Buffer.from('{}'), latencyMs: 1 };
  },
  async checkEndpoint() {},
};

describe('marketplace (store on real PostgreSQL, fake ledger)', function () {
  this.timeout(60_000);
  let testDb: TestDatabase;
  let database: Database<MarketplaceDatabase>;
  let uow: MarketplaceUnitOfWork;
  let clock = new Date('2026-06-01T12:00:00Z');
  const now = () => clock;
  const seller = 'did:agentvault:seller';
  const buyer = 'did:agentvault:buyer';
  const serviceId = '00000000-0000-4000-8000-000000000001';

  before(async () => {
    testDb = await createTestDatabase('av_marketplace_store');
    database = typed<MarketplaceDatabase>(await openDatabase({ url: testDb.url, schema: MARKETPLACE_SCHEMA }));
    await migrateToLatest(database, marketplaceMigrations);
    uow = createUnitOfWork(database);
    await uow.read.listings.insert({
      id: serviceId, providerDid: seller, name: 'Echo', description: 'echoes', endpoint: 'https://provider.example.com/v1', pricePerCall: AVT('1'),
      category: 'general', tags: [], freeTierCalls: 3, status: 'active', createdAt: clock, updatedAt: clock,
    });
  });

  after(async () => {
    await database?.close();
    await testDb?.drop();
  });

  const inFlight = (id: string, holdState: Usage['holdState'], createdAt: Date, freeTier = false): Usage => ({
    id, serviceId, buyerDid: buyer, providerDid: seller, status: 'in_flight', freeTier, amount: AVT('1'), commission: AVT('0.1'), method: 'POST', path: '/v1',
    responseStatus: null, latencyMs: null, error: null, holdId: null, holdState, settlementId: null, createdAt, finishedAt: null,
  });

  it('joins the path under the endpoint and refuses dot segments; rounds the commission down', () => {
    assert.equal(targetUrl('https://p.example.com/v1', 'a/b', 'x=1&y=2').toString(), 'https://p.example.com/v1/a/b?x=1&y=2');
    assert.equal(targetUrl('https://p.example.com/v1/', '', '').toString(), 'https://p.example.com/v1/');
    assert.equal(targetUrl('https://p.example.com', 'score', '').toString(), 'https://p.example.com/score');
    for (const bad of ['..', 'a/../b', '%2e%2e', 'a%2Fb']) assert.throws(() => targetUrl('https://p.example.com/v1', bad, ''), /dot segments/);
    assert.equal(commissionOf(AVT('0.000000000000000019'), 1000), 1n);
    assert.equal(commissionOf(AVT('0.5'), 1000), AVT('0.05'));
  });

  it('hands out exactly the free calls a buyer has, however many ask at once', async () => {
    const claims = await Promise.all(Array.from({ length: 10 }, () => uow.read.freeTier.claim(serviceId, 'did:agentvault:free', 3)));
    assert.equal(claims.filter(Boolean).length, 3);
    await uow.read.freeTier.release(serviceId, 'did:agentvault:free');
    assert.equal(await uow.read.freeTier.claim(serviceId, 'did:agentvault:free', 3), true);
    assert.equal(await uow.read.freeTier.claim(serviceId, 'did:agentvault:free', 3), false);
  });

  it('recovers calls cut off by a crash: a hold whose id was never stored is found by its reference and given back', async () => {
    const fake = fakeLedger();
    const proxy = new ProxyService(uow, agents, fake.ledger, forwarder, { timeoutMs: 1000, commissionBps: 1000 }, now);
    const old = new Date(clock.getTime() - 60_000);
    // Crashed after PlaceHold answered, before the hold id was written.
    await uow.read.usage.insert(inFlight('00000000-0000-4000-8000-0000000000a1', 'placing', old));
    await fake.ledger.placeHold({ payerDid: buyer, receiverDid: seller, amount: AVT('1'), reference: holdReference('00000000-0000-4000-8000-0000000000a1'), purpose: 'x' });
    // Crashed before PlaceHold reached the ledger, and the buyer cannot pay now: nothing to give back.
    await uow.read.usage.insert(inFlight('00000000-0000-4000-8000-0000000000a2', 'placing', old));
    // Still within its deadline: left alone.
    await uow.read.usage.insert(inFlight('00000000-0000-4000-8000-0000000000a3', 'placing', clock));

    fake.refuse(true);
    await proxy.recover(10_000);
    fake.refuse(false);
    assert.equal(fake.calls.voided, 1);
    assert.equal(fake.calls.placed, 1, 'no hold was created to be voided');
    const [a1, a2, a3] = await Promise.all(['a1', 'a2', 'a3'].map((s) => uow.read.usage.get(`00000000-0000-4000-8000-0000000000${s}`)));
    assert.deepEqual([a1!.status, a1!.holdState], ['failed', 'voided']);
    assert.deepEqual([a2!.status, a2!.holdState], ['failed', 'voided']);
    assert.deepEqual([a3!.status, a3!.holdState], ['in_flight', 'placing']);
    assert.equal(await proxy.recover(10_000), 0, 'a second pass finds nothing');
  });

  it('a call recorded before a crash keeps its charge; a payment interrupted half-way finishes without posting twice', async () => {
    const fake = fakeLedger();
    const proxy = new ProxyService(uow, agents, fake.ledger, forwarder, { timeoutMs: 1000, commissionBps: 1000 }, now);
    const settlements = new SettlementService(uow, fake.ledger, agents, now);
    const paidBuyer = 'did:agentvault:paid-buyer';
    // The free tier was used up long ago; these calls are charged.
    for (let k = 0; k < 3; k++) await uow.read.freeTier.claim(serviceId, paidBuyer, 3);
    const charged: string[] = [];
    for (let i = 0; i < 3; i++) {
      const answer = await proxy.call({ serviceId, buyer: { agentDid: paidBuyer }, method: 'POST', path: 'x', query: '', headers: [], body: Buffer.alloc(0) });
      assert.equal(answer.amount, AVT('1'));
      assert.equal(answer.freeTier, false);
      charged.push(answer.usageId);
    }
    // A recovery pass after a "restart" leaves recorded calls alone (it fails the earlier test's call still in flight).
    clock = new Date(clock.getTime() + 3_600_000);
    await proxy.recover(10_000);
    for (const id of charged) {
      const usage = (await uow.read.usage.get(id))!;
      assert.deepEqual([usage.status, usage.holdState, usage.amount], ['completed', 'held', AVT('1')]);
    }

    const settlement = await settlements.create({ providerDid: seller, periodStart: '2026-01-01T00:00:00Z', periodEnd: clock.toISOString() });
    assert.equal(settlement.callCount, 3);
    assert.equal(settlement.totalAmount, AVT('3'));
    assert.equal(settlement.platformFee, AVT('0.3'));
    assert.equal(settlement.netAmount, AVT('2.7'));
    fake.failPost();
    await assert.rejects(settlements.pay(settlement.id), /ledger down/);
    assert.equal((await settlements.get(settlement.id)).status, 'processing');
    const paid = await settlements.pay(settlement.id);
    assert.equal(paid.status, 'completed');
    assert.equal(paid.transactionIds.length, 3);
    assert.equal(fake.calls.posted, 3, 'each hold posted once');
    assert.equal((await settlements.pay(settlement.id)).status, 'completed');
    assert.equal(fake.calls.posted, 3);
    const again = await settlements.create({ providerDid: seller, periodStart: '2026-01-01T00:00:00Z', periodEnd: clock.toISOString() });
    assert.equal(again.id, settlement.id);
    const earnings = await uow.read.usage.earnings(seller);
    assert.equal(earnings.settled, AVT('2.7'));
    assert.equal(earnings.pending, 0n);
  });
});
