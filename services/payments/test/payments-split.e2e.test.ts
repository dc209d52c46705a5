import assert from 'node:assert/strict';
import { createTestDatabase, waitFor, startStack, type Stack, type TestDatabase } from '@agentvault/testing';
import { actors } from '../../ledger/test/helpers.js';

describe('payments in the split layout: a settle killed mid-way and retried moves money once', function () {
  this.timeout(240_000);
  let db: TestDatabase;
  let stack: Stack;

  before(async () => {
    db = await createTestDatabase('av_payments_split');
    stack = await startStack({ layout: 'split', databaseUrl: db.url, env: { PAYMENTS_SWEEP_INTERVAL_MS: '200' } });
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
});
