import assert from 'node:assert/strict';
import { createTestDatabase, waitFor, startStack, type Stack, type TestDatabase } from '@agentvault/testing';
import { actors } from '../../ledger/test/helpers.js';

describe('payments in the split layout: a settle killed mid-way and retried moves money once', function () {
  this.timeout(240_000);
  let db: TestDatabase;
  let stack: Stack;

  before(async () => {
    db = await createTestDatabase('av_payments_split');
    stack = await startStack({
      layout: 'split', databaseUrl: db.url,
      env: { PAYMENTS_SWEEP_INTERVAL_MS: '200', CONTRACT_PENDING_GRACE_MS: '1500', AUDITOR_VELOCITY_MAX_TRANSFERS: '2', AUDITOR_VELOCITY_WINDOW_SECONDS: '3600' },
    });
  });

  after(async () => {
    if (stack) await stack.stop();
    await db?.drop();
  });

  it('SIGKILL of the payments process during settles, restart, retry: one movement and the audit agrees', async () => {
    const a = actors(stack.baseUrl);
    const [payer, payee] = await Promise.all([a.agent(), a.agent()]);
    await a.fund(payer.did, '50');
    const auth = await a.http('POST', '/api/v1/a2a-payment/authorize', { token: payer.token, json: { receiver_agent_id: payee.did, amount: '7' } });
    assert.equal(auth.status, 201, auth.text);
    const token = auth.body.payment_token as string;

    const inFlight = Array.from({ length: 10 }, () => a.http('POST', '/api/v1/a2a-payment/settle', { token: payer.token, json: { payment_token: token } }).catch(() => null));
    // Killed while the settles are in flight; restarted on the same address once they have all answered.
    await stack.restart('payments', { signal: 'SIGKILL', stopped: async () => void (await Promise.all(inFlight)) });

    // The gateway's breaker may still be open right after the restart: retry as a client would.
    await waitFor(async () => (await a.http('POST', '/api/v1/a2a-payment/settle', { token: payer.token, json: { payment_token: token } })).status === 200, {
      timeoutMs: 30_000, intervalMs: 250, what: 'a settle through the restarted payments service',
    });
    const retried = await Promise.all([1, 2, 3].map(() => a.http('POST', '/api/v1/a2a-payment/settle', { token: payer.token, json: { payment_token: token } })));
    for (const r of retried) assert.equal(r.status, 200, r.text);
    assert.equal(new Set(retried.map((r) => r.body.transaction_id)).size, 1);
    assert.equal(Number(await a.balance(payee.token)), 7);
    assert.ok(Math.abs(Number(await a.balance(payer.token)) - (50 - 7 - 0.001)) < 1e-9);
    const audit = await a.audit();
    assert.equal(audit.consistent, true, JSON.stringify(audit));
  });

  it('SIGKILL of the ledger process during settles of several tokens, restart, retry: one movement per token and the audit agrees', async () => {
    const a = actors(stack.baseUrl);
    const [payer, payee] = await Promise.all([a.agent(), a.agent()]);
    await a.fund(payer.did, '50');
    const tokens: string[] = [];
    for (let i = 0; i < 4; i++) {
      const auth = await a.http('POST', '/api/v1/a2a-payment/authorize', { token: payer.token, json: { receiver_agent_id: payee.did, amount: '3' } });
      assert.equal(auth.status, 201, auth.text);
      tokens.push(auth.body.payment_token as string);
    }
    const settle = (token: string) => a.http('POST', '/api/v1/a2a-payment/settle', { token: payer.token, json: { payment_token: token } });

    const inFlight = tokens.flatMap((token) => Array.from({ length: 5 }, () => settle(token).catch(() => null)));
    // The ledger dies while payments is posting the holds; it comes back on the same address once every settle has answered.
    await stack.restart('ledger', { signal: 'SIGKILL', stopped: async () => void (await Promise.all(inFlight)) });

    for (const token of tokens) {
      await waitFor(async () => (await settle(token)).status === 200, { timeoutMs: 30_000, intervalMs: 250, what: 'a settle through the restarted ledger' });
      const retried = await Promise.all([1, 2, 3].map(() => settle(token)));
      for (const r of retried) assert.equal(r.status, 200, r.text);
      assert.equal(new Set(retried.map((r) => r.body.transaction_id)).size, 1);
    }
    assert.equal(Number(await a.balance(payee.token)), 12);
    assert.ok(Math.abs(Number(await a.balance(payer.token)) - (50 - 4 * (3 + 0.001))) < 1e-9);
    const audit = await a.audit();
    assert.equal(audit.consistent, true, JSON.stringify(audit));
  });

  it('SIGKILL of the payments process during contract creations: each contract ends OPEN with its hold or ABANDONED with none', async () => {
    const a = actors(stack.baseUrl);
    const client = await a.agent();
    await a.fund(client.did, '100');
    const deadline = new Date(Date.now() + 3600_000).toISOString();
    const create = () => a.http('POST', '/api/v1/contracts', { token: client.token, json: { description: 'crash me', price: '5', deadline } }).catch(() => null);
    const inFlight = Array.from({ length: 8 }, create);
    await stack.restart('payments', { signal: 'SIGKILL', stopped: async () => void (await Promise.all(inFlight)) });

    const settled = await waitFor(async () => {
      const res = await a.http('GET', `/api/v1/contracts/agent/${encodeURIComponent(client.did)}?limit=100`, { token: client.token });
      if (res.status !== 200) return null;
      const items = res.body.items as { status: string; hold_id: string | null; price: string }[];
      return items.some((c) => c.status === 'PENDING') ? null : items;
    }, { timeoutMs: 30_000, intervalMs: 250, what: 'no contract left PENDING' });
    const open = settled.filter((c) => c.status === 'OPEN');
    for (const c of settled) assert.ok(c.status === 'OPEN' || c.status === 'ABANDONED', c.status);
    for (const c of open) assert.match(c.hold_id ?? '', /^hold_/);
    // Exactly the OPEN contracts' prices (and fees) are held: nothing reserved without a contract.
    assert.ok(Math.abs(Number(await a.balance(client.token)) - (100 - open.length * (5 + 0.001))) < 1e-9, `${open.length} open of ${settled.length}`);
    const audit = await a.audit();
    assert.equal(audit.consistent, true, JSON.stringify(audit));
  });

  it('HIGH_VELOCITY_TRANSFERS across processes: the ledger\'s events reach the payments consumer, one flag', async () => {
    const a = actors(stack.baseUrl);
    const [fast, sink] = await Promise.all([a.agent(), a.agent()]);
    await a.fund(fast.did, '10');
    for (let i = 0; i < 5; i++) assert.equal((await a.transfer(fast, sink, '1')).status, 200);
    const admin = await a.admin();
    const flags = await waitFor(async () => {
      const res = await a.http('GET', `/api/v1/admin/auditor/flags?flag_type=HIGH_VELOCITY_TRANSFERS&agent_did=${encodeURIComponent(fast.did)}`, { token: admin });
      return res.body.total >= 1 ? res.body : null;
    }, { timeoutMs: 30_000, intervalMs: 250, what: 'the velocity flag' });
    assert.equal(flags.total, 1);
    assert.equal(flags.flags[0].flagged_by, 'rule:HIGH_VELOCITY_TRANSFERS');
  });
});
