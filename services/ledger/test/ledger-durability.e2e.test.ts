import assert from 'node:assert/strict';
import pg from 'pg';
import { connectNatsBus, type Bus, type DomainEvent, type Subscription } from '@agentvault/events';
import {
  createTestDatabase, startStack, stopProcess, TEST_NATS_URL, uniqueSuffix, waitFor,
  type Stack, type TestDatabase,
} from '@agentvault/testing';
import { actors, type TestAgent } from './helpers.js';

/** Counts every `transaction.completed` event the ledger publishes, by transaction id. */
async function watchTransfers(stack: Stack) {
  const bus: Bus = await connectNatsBus({ url: TEST_NATS_URL, stream: stack.env.NATS_STREAM, subjectPrefix: stack.env.NATS_SUBJECT_PREFIX });
  const seen = new Map<string, number>();
  const subscription: Subscription = await bus.subscribe({
    durable: `test-watch-${uniqueSuffix()}`,
    filter: 'agentvault.ledger.>',
    handler: async (event: DomainEvent) => {
      if (event.type !== 'transaction.completed') return;
      const id = String(event.data.transaction_id);
      seen.set(id, (seen.get(id) ?? 0) + 1);
    },
  });
  return {
    seen,
    close: async () => {
      await subscription.stop();
      await bus.close();
    },
  };
}

describe('ledger under concurrency and crashes', function () {
  this.timeout(180_000);
  let db: TestDatabase;
  let stack: Stack;
  let a: ReturnType<typeof actors>;
  let sql: pg.Client;

  before(async () => {
    db = await createTestDatabase();
    // 200 requests queue on one sender's row; a generous deadline keeps a slow machine from failing them.
    stack = await startStack({ layout: 'split', databaseUrl: db.url, env: { GRPC_DEADLINE_MS: '30000' } });
    a = actors(stack.baseUrl);
    sql = new pg.Client({ connectionString: db.url });
    await sql.connect();
  });
  after(async () => {
    await sql?.end();
    await stack?.stop();
    await db?.drop();
  });
  afterEach(function () {
    if (this.currentTest?.state === 'failed') console.error(stack.logs().slice(-6000));
  });

  it('lets exactly 100 of 200 concurrent transfers through when the balance covers 100', async () => {
    const sender = await a.agent();
    const receivers: TestAgent[] = await Promise.all(Array.from({ length: 4 }, () => a.agent()));
    // 100 transfers of 1 AVT, each with the 0.001 fee.
    await a.fund(sender.did, '100.1');
    const results = await Promise.all(Array.from({ length: 200 }, (_, i) => a.transfer(sender, receivers[i % 4]!, '1')));
    const statuses = results.map((r) => r.status);
    assert.equal(statuses.filter((s) => s === 200).length, 100, `statuses: ${[...new Set(statuses)]}`);
    assert.equal(statuses.filter((s) => s === 422).length, 100);
    assert.ok(results.filter((r) => r.status === 422).every((r) => r.body.error.code === 'INSUFFICIENT_FUNDS'));
    assert.equal(await a.balance(sender.token), '0.000000000000000000');
    const audit = await a.audit();
    assert.equal(audit.consistent, true, JSON.stringify(audit));
    assert.equal(audit.negative_balances, 0);
  });

  it('loses and doubles nothing when the ledger is killed mid-load and restarted', async () => {
    const watch = await watchTransfers(stack);
    try {
      const agents = await Promise.all(Array.from({ length: 6 }, () => a.agent()));
      await Promise.all(agents.map((agent) => a.fund(agent.did, '1000')));

      // Each logical transfer has its own Idempotency-Key, so a client may retry it safely.
      const logical = Array.from({ length: 240 }, (_, i) => ({ key: `crash-${uniqueSuffix()}-${i}`, from: agents[i % 6]!, to: agents[(i + 1) % 6]! }));
      const outcome = new Map<string, { status: number; id?: string }>();
      const send = async (t: (typeof logical)[number]) => {
        const res = await a.transfer(t.from, t.to, '1', { 'Idempotency-Key': t.key }).catch(() => ({ status: 0, body: undefined as any }));
        outcome.set(t.key, { status: res.status, id: res.body?.transaction_id });
      };

      let next = 0;
      const workers = Array.from({ length: 8 }, async () => {
        while (next < logical.length) await send(logical[next++]!);
      });
      await waitFor(() => outcome.size >= 60, { what: 'load to be under way' });
      // SIGKILL the ledger under load, let the clients finish against it down, then start it
      // again as its own process on the same address.
      await stack.restart('ledger', { signal: 'SIGKILL', stopped: async () => void (await Promise.all(workers)) });
      await waitFor(async () => (await a.http('GET', '/ready')).status === 200, { what: 'the gateway to see the ledger again' });

      // Retry what did not get a 200, with the same keys: each moves money at most once.
      const failed = logical.filter((t) => outcome.get(t.key)?.status !== 200);
      assert.ok(failed.length > 0, 'the kill should have interrupted some requests');
      for (const t of failed) {
        await waitFor(async () => {
          await send(t);
          return outcome.get(t.key)!.status === 200;
        }, { what: `retry of ${t.key}` });
      }

      const ids = new Set(logical.map((t) => outcome.get(t.key)!.id!));
      assert.equal(ids.size, logical.length, 'every logical transfer has one transaction id');
      const stored = await sql.query(`select count(*)::int as n from ledger.transactions where id = any($1)`, [[...ids]]);
      assert.equal(stored.rows[0].n, logical.length, 'each committed once');
      const keys = await sql.query(`select count(*)::int as n from ledger.idempotency_keys where key = any($1)`, [logical.map((t) => t.key)]);
      assert.equal(keys.rows[0].n, logical.length);
      const audit = await a.audit();
      assert.equal(audit.consistent, true, JSON.stringify(audit));

      // Every committed transfer's event is published exactly once.
      await waitFor(() => [...ids].every((id) => watch.seen.has(id)), { timeoutMs: 30_000, what: 'every transfer event on NATS' });
      assert.ok([...ids].every((id) => watch.seen.get(id) === 1), 'no event delivered twice');
      const unpublished = await sql.query(`select count(*)::int as n from ledger.outbox where published_at is null`);
      assert.equal(unpublished.rows[0].n, 0);
    } finally {
      await watch.close();
    }
  });
});
