import assert from 'node:assert/strict';
import { createSecretBox } from '@agentvault/config';
import { openDatabase, migrateToLatest, typed, type Database } from '@agentvault/db';
import { DomainError } from '@agentvault/errors';
import { parseAmount } from '@agentvault/ledger/amount';
import { createTestDatabase, type TestDatabase } from '@agentvault/testing';
import { isWebhookSecret, newWebhookSecret } from '@agentvault/webhooks/signature';
import { marketplaceMigrations, MARKETPLACE_SCHEMA } from '../migrations/index.js';
import { InvocationService, taskHoldReference } from '../src/domain/invocation.js';
import type { AgentAnswer, AgentWebhook, TaskUnitOfWork } from '../src/domain/invocation-ports.js';
import type { AgentDirectory, LedgerPort } from '../src/domain/ports.js';
import type { Task } from '../src/domain/tasks-model.js';
import type { TaskDatabase } from '../src/store/task-schema.js';
import { createTaskUnitOfWork } from '../src/store/task-store.js';

const AVT = (v: string) => parseAmount(v, 'amount', { allowZero: true });

/** A ledger that keeps holds by reference like the real one, counts real moves, and can be down. */
function fakeLedger() {
  const holds = new Map<string, { reference: string; status: 'pending' | 'posted' | 'voided'; tx?: string }>();
  const byReference = new Map<string, string>();
  const calls = { placed: 0, posted: 0, voided: 0 };
  let down = false;
  const unavailable = () => new DomainError('service_unavailable', 'ledger down');
  const ledger: LedgerPort = {
    async placeHold({ reference }) {
      if (down) throw unavailable();
      const existing = byReference.get(reference);
      if (existing) return { holdId: existing };
      const id = `hold_${holds.size + 1}`;
      holds.set(id, { reference, status: 'pending' });
      byReference.set(reference, id);
      calls.placed++;
      return { holdId: id };
    },
    async postHold({ holdId }) {
      if (down) throw unavailable();
      const hold = holds.get(holdId)!;
      if (hold.status === 'voided') throw new DomainError('conflict', 'hold voided');
      if (hold.status === 'pending') {
        hold.status = 'posted';
        hold.tx = `tx_${holdId}`;
        calls.posted++;
      }
      return { transactionId: hold.tx! };
    },
    async voidHold({ holdId }) {
      if (down) throw unavailable();
      const hold = holds.get(holdId)!;
      if (hold.status === 'posted') throw new DomainError('conflict', 'hold posted');
      if (hold.status === 'pending') {
        hold.status = 'voided';
        calls.voided++;
      }
    },
  };
  return { ledger, holds, byReference, calls, setDown: (value: boolean) => (down = value) };
}

const agents: AgentDirectory = { get: async (did) => ({ did, developerId: did.endsWith('caller') ? 'dev_caller' : 'dev_target', active: true }) };

describe('invocation (store on real PostgreSQL, fake ledger): crash states end exactly once', function () {
  this.timeout(60_000);
  let testDb: TestDatabase;
  let database: Database<TaskDatabase>;
  let uow: TaskUnitOfWork;
  let clock = new Date('2026-06-01T12:00:00Z');
  const now = () => clock;
  const caller = 'did:agentvault:caller';
  const target = 'did:agentvault:target';
  let answer: AgentAnswer = { kind: 'completed', output: '{"ok":true}', latencyMs: 5 };
  const webhook: AgentWebhook = { deliver: async () => answer, checkUrl: async () => {} };

  before(async () => {
    testDb = await createTestDatabase('av_invocation_store');
    database = typed<TaskDatabase>(await openDatabase({ url: testDb.url, schema: MARKETPLACE_SCHEMA }));
    await migrateToLatest(database, marketplaceMigrations);
    uow = createTaskUnitOfWork(database, createSecretBox(Buffer.alloc(32, 7)));
  });

  after(async () => {
    await database?.close();
    await testDb?.drop();
  });

  const service = (ledger: LedgerPort) =>
    new InvocationService(uow, agents, ledger, webhook, { commissionBps: 1000, webhookGraceMs: 5000, newSecret: newWebhookSecret, isSecret: isWebhookSecret }, now);

  const openTask = (id: string, over: Partial<Task> = {}): Task => ({
    id, callerDid: caller, targetDid: target, capability: 'work', deliveryMode: 'queue', status: 'pending', input: '{}', output: null, error: null,
    amount: AVT('2'), commission: AVT('0.2'), holdId: null, holdState: 'placing', transactionId: null, timeoutMs: 1000,
    deadlineAt: new Date(clock.getTime() + 1000), createdAt: clock, acceptedAt: null, finishedAt: null, latencyMs: null, ...over,
  });

  it('seals the webhook secret at rest and opens it for delivery', async () => {
    const svc = service(fakeLedger().ledger);
    const saved = await svc.updateConfig({ agentDid: target }, target, { enabled: true, deliveryMode: 'webhook', webhookUrl: 'https://agent.example.com/tasks', rotateSecret: false });
    assert.ok(saved.shownSecret && isWebhookSecret(saved.shownSecret));
    const row = await database.db.selectFrom('invocation_configs').selectAll().where('agent_did', '=', target).executeTakeFirstOrThrow();
    assert.ok(row.webhook_secret_sealed?.startsWith('v1:') && !row.webhook_secret_sealed.includes(saved.shownSecret!), 'sealed, not in clear');
    assert.equal((await uow.read.configs.get(target))?.webhookSecret, saved.shownSecret);
    const again = await svc.updateConfig({ developerId: 'dev_target' }, target, { enabled: true, deliveryMode: 'webhook', rotateSecret: false });
    assert.equal(again.shownSecret, undefined, 'kept, not shown again');
    await assert.rejects(svc.updateConfig({ developerId: 'dev_caller' }, target, { enabled: true, deliveryMode: 'queue', rotateSecret: false }), /Only the agent itself or its developer/);
  });

  it('posts a completed task whose hold id was lost to a crash once, found by its reference', async () => {
    const f = fakeLedger();
    // The hold was placed, then the process died before its id was stored; the task completed later.
    await f.ledger.placeHold({ payerDid: caller, receiverDid: target, amount: AVT('2'), reference: taskHoldReference('t-lost'), purpose: 'x' });
    await uow.read.tasks.insert(openTask('t-lost', { status: 'processing' }));
    await uow.read.tasks.end('t-lost', { status: 'completed', output: '1', holdState: 'posting', latencyMs: 1, at: clock });
    const svc = service(f.ledger);
    await svc.recover();
    await svc.recover();
    assert.deepEqual(f.calls, { placed: 1, posted: 1, voided: 0 });
    const row = await uow.read.tasks.get('t-lost');
    assert.equal(row?.holdState, 'posted');
    assert.equal(row?.transactionId, 'tx_hold_1');
  });

  it('keeps a completed charge through a ledger outage: posting until the ledger is back, then posted once', async () => {
    const f = fakeLedger();
    const svc = service(f.ledger);
    await uow.read.configs.upsert({
      agentDid: 'did:agentvault:queue-target', enabled: true, deliveryMode: 'queue', webhookUrl: null, webhookSecret: null,
      capabilities: [{ name: 'work', price: AVT('2') }], updatedAt: clock,
    });
    const created = await svc.invoke({ caller: { agentDid: caller }, targetDid: 'did:agentvault:queue-target', capability: 'work', inputJson: '{"n":1}', timeoutMs: 60_000 });
    assert.equal(created.holdState, 'held');
    f.setDown(true);
    const done = await svc.complete({ agentDid: 'did:agentvault:queue-target' }, created.id, undefined, '{"sum":1}');
    assert.equal(done.status, 'completed');
    assert.equal(done.holdState, 'posting', 'recorded as owed while the ledger is down');
    await svc.drain();
    assert.equal((await uow.read.tasks.get(created.id))?.holdState, 'posting', 'still owed');
    await assert.rejects(svc.recover(), /ledger down/);
    f.setDown(false);
    await svc.recover();
    await svc.recover();
    assert.deepEqual(f.calls, { placed: 1, posted: 1, voided: 0 });
    assert.equal((await uow.read.tasks.get(created.id))?.holdState, 'posted');
    // Completing again, or failing it now, changes nothing.
    await assert.rejects(svc.complete({ agentDid: 'did:agentvault:queue-target' }, created.id, undefined, '1'), /is completed/);
    await assert.rejects(svc.fail({ agentDid: 'did:agentvault:queue-target' }, created.id, undefined, 'oops'), /is completed/);
    assert.deepEqual(f.calls, { placed: 1, posted: 1, voided: 0 });
  });

  it('times out open tasks past their deadline (webhook tasks after the grace) and gives their holds back', async () => {
    const f = fakeLedger();
    const held = await f.ledger.placeHold({ payerDid: caller, receiverDid: target, amount: AVT('2'), reference: taskHoldReference('t-queue'), purpose: 'x' });
    await uow.read.tasks.insert(openTask('t-queue', { holdId: held.holdId, holdState: 'held' }));
    await uow.read.tasks.insert(openTask('t-hook', { deliveryMode: 'webhook', status: 'processing', holdState: 'placing' }));
    await uow.read.tasks.insert(openTask('t-never', { holdState: 'placing' }));
    const svc = service(f.ledger);

    clock = new Date(clock.getTime() + 1500); // past the deadline, within the webhook grace
    await svc.recover();
    assert.equal((await uow.read.tasks.get('t-queue'))?.status, 'timed_out');
    assert.equal((await uow.read.tasks.get('t-queue'))?.holdState, 'voided');
    assert.equal((await uow.read.tasks.get('t-hook'))?.status, 'processing', 'a live delivery still has time to record its end');
    // A hold that was never placed: placed under its reference and voided at once, nothing moves.
    assert.equal((await uow.read.tasks.get('t-never'))?.holdState, 'voided');

    clock = new Date(clock.getTime() + 5000);
    await svc.recover();
    const hook = await uow.read.tasks.get('t-hook');
    assert.equal(hook?.status, 'timed_out');
    assert.match(hook?.error ?? '', /interrupted/);
    assert.equal(hook?.holdState, 'voided');
    assert.equal(f.calls.posted, 0);
    assert.ok([...f.holds.values()].every((h) => h.status === 'voided'));

    // A webhook answer arriving after the recovery pass ended the task is not charged.
    const svcLate = service(f.ledger);
    await assert.rejects(
      (svcLate as unknown as { finishWebhookTask(t: Task, a: AgentAnswer): Promise<Task> }).finishWebhookTask(hook!, { kind: 'completed', output: '1', latencyMs: 1 }),
      /abandoned; nothing was charged/,
    );
    assert.equal(f.calls.posted, 0);
  });

  it('answers a repeated Idempotency-Key with the first task, even concurrently; another body is refused', async () => {
    const f = fakeLedger();
    const svc = service(f.ledger);
    const ask = (hash = 'h1') => svc.invoke({
      caller: { agentDid: caller }, targetDid: 'did:agentvault:queue-target', capability: 'work', inputJson: '{"n":2}', timeoutMs: 60_000,
      idempotency: { scope: 'agent:caller:POST /api/v1/invoke', key: 'k-1', requestHash: hash },
    });
    const answers = await Promise.all([ask(), ask(), ask()]);
    assert.equal(new Set(answers.map((t) => t.id)).size, 1, 'one task');
    assert.equal(answers.filter((t) => t.replayed).length, 2);
    assert.equal(f.calls.placed, 1, 'held once');
    await assert.rejects(ask('h2'), /different request body/);
  });

  it('lets one of a concurrent result and failure win, and charges accordingly', async () => {
    const f = fakeLedger();
    const svc = service(f.ledger);
    const created = await svc.invoke({ caller: { agentDid: caller }, targetDid: 'did:agentvault:queue-target', capability: 'work', inputJson: '{}', timeoutMs: 60_000 });
    const outcomes = await Promise.allSettled([
      svc.complete({ agentDid: 'did:agentvault:queue-target' }, created.id, undefined, '"done"'),
      svc.fail({ agentDid: 'did:agentvault:queue-target' }, created.id, undefined, 'gave up'),
    ]);
    assert.equal(outcomes.filter((o) => o.status === 'fulfilled').length, 1);
    await svc.drain();
    const final = await uow.read.tasks.get(created.id);
    if (final?.status === 'completed') assert.deepEqual([f.calls.posted, f.calls.voided], [1, 0]);
    else assert.deepEqual([f.calls.posted, f.calls.voided], [0, 1]);
  });
});
