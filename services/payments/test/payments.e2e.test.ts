import assert from 'node:assert/strict';
import { createTestDatabase, startStack, waitFor, type Stack, type TestDatabase } from '@agentvault/testing';
import { actors, assertProblem, type TestAgent } from '../../ledger/test/helpers.js';

const FEE = 0.001;
const num = (v: string) => Number(v);

describe('payments over HTTP (layout all)', function () {
  this.timeout(180_000);
  let db: TestDatabase;
  let stack: Stack;
  let a: ReturnType<typeof actors>;
  let payer: TestAgent;
  let payee: TestAgent;

  before(async () => {
    db = await createTestDatabase('av_payments');
    stack = await startStack({ layout: 'all', databaseUrl: db.url, env: { PAYMENTS_SWEEP_INTERVAL_MS: '100', HOLD_EXPIRY_SWEEP_MS: '100' } });
    a = actors(stack.baseUrl);
    [payer, payee] = await Promise.all([a.agent(), a.agent()]);
    await a.fund(payer.did, '100');
  });

  after(async () => {
    if (stack) await stack.stop();
    await db?.drop();
  });

  afterEach(async function () {
    if (!stack) return;
    const audit = await a.audit();
    assert.equal(audit.consistent, true, JSON.stringify(audit));
    if (this.currentTest?.state === 'failed') console.log(stack.logs().slice(-4000));
  });

  const authorize = (from: TestAgent, to: TestAgent, amount: string, extra: Record<string, unknown> = {}) =>
    a.http('POST', '/api/v1/a2a-payment/authorize', { token: from.token, json: { receiver_agent_id: to.did, amount, purpose: 'inference', ...extra } });

  it('authorize holds the funds; 50 concurrent settles move them once; verify stays valid (P25-001)', async () => {
    const before = num(await a.balance(payer.token));
    const auth = await authorize(payer, payee, '10');
    assert.equal(auth.status, 201, auth.text);
    assert.match(auth.body.payment_token, /^apt_[0-9a-f]{64}$/);
    assert.equal(auth.body.status, 'AUTHORIZED');
    assert.ok(Math.abs(num(await a.balance(payer.token)) - (before - 10 - FEE)) < 1e-9, 'amount and fee held');

    const verified = await a.http('POST', '/api/v1/a2a-payment/verify', { json: { payment_token: auth.body.payment_token } });
    assert.equal(verified.status, 200, verified.text);
    assert.equal(verified.body.valid, true);
    assert.equal(verified.body.receiver_agent_id, payee.did);

    const token = auth.body.payment_token as string;
    // Half carry the token-derived Idempotency-Key (a concurrent twin is told 409 "still being
    // processed"), half rely on the token's own CONSUMED → SETTLED guard alone.
    const settles = await Promise.all(Array.from({ length: 50 }, (_, i) =>
      a.http('POST', '/api/v1/a2a-payment/settle', { token: payer.token, headers: i % 2 ? { 'Idempotency-Key': token.slice(4, 36) } : {}, json: { payment_token: token } })));
    for (const s of settles) assert.ok(s.status === 200 || (s.status === 409 && /still being processed/.test(s.body.detail)), s.text);
    const settled = await a.http('POST', '/api/v1/a2a-payment/settle', { token: payer.token, json: { payment_token: token } });
    assert.equal(settled.status, 200, settled.text);
    assert.equal(settled.body.status, 'SETTLED');
    const ids = new Set(settles.filter((s) => s.status === 200).map((s) => s.body.transaction_id));
    assert.deepEqual([...ids], [settled.body.transaction_id]);
    assert.equal(num(await a.balance(payee.token)), 10);
    assert.ok(Math.abs(num(await a.balance(payer.token)) - (before - 10 - FEE)) < 1e-9, 'charged once');

    const again = await a.http('POST', '/api/v1/a2a-payment/verify', { json: { payment_token: token } });
    assert.equal(again.body.valid, true);
    assert.equal(again.body.already_consumed, true);
    assert.match(again.body.detail, /P25-001/);

    const mine = await a.http('GET', '/api/v1/a2a-payment/my-tokens?status=SETTLED', { token: payer.token });
    assert.equal(mine.status, 200, mine.text);
    assert.equal(mine.body.total, 1);
    assert.equal(mine.body.items[0].status, 'SETTLED');
  });

  it('refuses to authorize beyond the balance (422) and to promise the same AVT twice', async () => {
    const balance = num(await a.balance(payer.token));
    assertProblem(await authorize(payer, payee, String(balance + 1)), 422, /Insufficient funds/);
    const all = await authorize(payer, payee, (balance - FEE).toFixed(6));
    assert.equal(all.status, 201, all.text);
    assertProblem(await authorize(payer, payee, '1'), 422, /Insufficient funds/);
    const released = await a.http('POST', `/api/v1/a2a-payment/release-by-id/${all.body.token_id}`, { token: payer.token });
    assert.equal(released.status, 200, released.text);
    assert.equal(released.body.status, 'RELEASED');
    assert.ok(Math.abs(num(await a.balance(payer.token)) - balance) < 1e-9);
    assertProblem(await a.http('POST', '/api/v1/a2a-payment/settle', { token: payer.token, json: { payment_token: all.body.payment_token } }), 409);
  });

  it('an expired token cannot settle and its hold comes back by itself', async () => {
    const balance = num(await a.balance(payer.token));
    const auth = await authorize(payer, payee, '3', { ttl_seconds: 1 });
    assert.equal(auth.status, 201, auth.text);
    await waitFor(async () => {
      const mine = await a.http('GET', '/api/v1/a2a-payment/my-tokens?status=EXPIRED', { token: payer.token });
      return mine.body.items.some((t: any) => t.token_id === auth.body.token_id);
    }, { what: 'the token to expire' });
    await waitFor(async () => Math.abs(num(await a.balance(payer.token)) - balance) < 1e-9, { what: 'the hold to come back' });
    const settle = await a.http('POST', '/api/v1/a2a-payment/settle', { token: payer.token, json: { payment_token: auth.body.payment_token } });
    assert.ok(settle.status === 409 || settle.status === 422, settle.text);
    assert.equal((await a.http('POST', '/api/v1/a2a-payment/verify', { json: { payment_token: auth.body.payment_token } })).body.valid, false);
  });

  it('a contract: the price is held, approval pays the provider once, cancellation refunds', async () => {
    const client = payer;
    const provider = await a.agent();
    const before = num(await a.balance(client.token));
    const deadline = new Date(Date.now() + 3600_000).toISOString();
    const created = await a.http('POST', '/api/v1/contracts', { token: client.token, json: { description: 'Summarize a corpus', price: '5', deadline } });
    assert.equal(created.status, 201, created.text);
    assert.equal(created.body.status, 'OPEN');
    const id = created.body.contract_id;
    const open = await a.http('GET', '/api/v1/contracts', { token: provider.token });
    assert.ok(open.body.items.some((c: any) => c.contract_id === id));

    assertProblem(await a.http('POST', `/api/v1/contracts/${id}/accept`, { token: client.token }), 403);
    assert.equal((await a.http('POST', `/api/v1/contracts/${id}/accept`, { token: provider.token })).body.status, 'ACCEPTED');
    assertProblem(await a.http('POST', `/api/v1/contracts/${id}/approve-completion`, { token: client.token }), 409);
    const submitted = await a.http('POST', `/api/v1/contracts/${id}/submit`, { token: provider.token, json: { result_pointer: 'ipfs://QmResult' } });
    assert.equal(submitted.body.status, 'SUBMITTED', submitted.text);
    const approvals = await Promise.all([1, 2, 3].map(() => a.http('POST', `/api/v1/contracts/${id}/approve-completion`, { token: client.token })));
    for (const r of approvals) assert.equal(r.status, 200, r.text);
    assert.equal(approvals[0]!.body.status, 'COMPLETED');
    assert.equal(num(await a.balance(provider.token)), 5);
    assert.ok(Math.abs(num(await a.balance(client.token)) - (before - 5 - FEE)) < 1e-9);

    const other = await a.http('POST', '/api/v1/contracts', { token: client.token, json: { description: 'Never mind', price: '2', deadline } });
    const cancelled = await a.http('POST', `/api/v1/contracts/${other.body.contract_id}/cancel`, { token: client.token });
    assert.equal(cancelled.body.status, 'CANCELLED', cancelled.text);
    assert.ok(Math.abs(num(await a.balance(client.token)) - (before - 5 - FEE)) < 1e-9);
    const listed = await a.http('GET', `/api/v1/contracts/agent/${encodeURIComponent(provider.did)}`, { token: provider.token });
    assert.equal(listed.body.total, 1);
  });

  it('a dispute on a contract: parties only, evidence, a ruling applied once (penalty, reputation, the hold)', async () => {
    const client = await a.agent();
    const provider = await a.agent();
    await a.fund(client.did, '20');
    await a.fund(provider.did, '10');
    const deadline = new Date(Date.now() + 3600_000).toISOString();
    const c = await a.http('POST', '/api/v1/contracts', { token: client.token, json: { provider_agent_did: provider.did, description: 'Translate', price: '8', deadline } });
    await a.http('POST', `/api/v1/contracts/${c.body.contract_id}/accept`, { token: provider.token });
    const filed = await a.http('POST', '/api/v1/disputes', {
      token: client.token,
      json: { defendant_agent_id: provider.did, contract_id: c.body.contract_id, reason_code: 'MALPRACTICE', brief_description: 'No work', evidence_pointer: 'ipfs://QmEvidence' },
    });
    assert.equal(filed.status, 201, filed.text);
    const id = filed.body.dispute_id;
    assert.equal((await a.http('GET', `/api/v1/contracts/${c.body.contract_id}`, { token: client.token })).body.status, 'DISPUTED');
    const stranger = await a.agent();
    assertProblem(await a.http('GET', `/api/v1/disputes/${id}`, { token: stranger.token }), 404);
    const withEvidence = await a.http('POST', `/api/v1/disputes/${id}/evidence`, { token: provider.token, json: { evidence_pointer: 'ipfs://QmDefence' } });
    assert.equal(withEvidence.body.evidence.length, 2, withEvidence.text);
    assert.equal((await a.http('GET', '/api/v1/disputes/my-disputes', { token: provider.token })).body.total, 1);

    const admin = await a.admin();
    const ruling = { resolution_status: 'RESOLVED_FAVOR_CLAIMANT', resolution_notes: 'No work was delivered', penalties: { reputation_adjustment: -5, token_penalty: '4' } };
    const rulings = await Promise.all([1, 2].map(() => a.http('PUT', `/api/v1/admin/disputes/${id}/ruling`, { token: admin, json: ruling })));
    for (const r of rulings) assert.equal(r.status, 200, r.text);
    const repeat = await a.http('PUT', `/api/v1/admin/disputes/${id}/ruling`, { token: admin, json: ruling });
    assert.equal(repeat.status, 200, repeat.text);
    assert.equal(repeat.body.penalty_recipient, client.did);
    assertProblem(await a.http('PUT', `/api/v1/admin/disputes/${id}/ruling`, { token: admin, json: { resolution_status: 'DISMISSED' } }), 409);

    // The client got the price back (the hold voided) and the penalty, once.
    assert.ok(Math.abs(num(await a.balance(client.token)) - 24) < 1e-9, await a.balance(client.token));
    assert.ok(Math.abs(num(await a.balance(provider.token)) - 6) < 1e-9);
    const rep = await a.http('GET', `/api/v1/teg/agents/${encodeURIComponent(provider.did)}/reputation`, { token: provider.token });
    assert.equal(rep.status, 200, rep.text);
    assert.equal(rep.body.reputation_score, -5);
    assert.equal((await a.http('GET', `/api/v1/contracts/${c.body.contract_id}`, { token: client.token })).body.status, 'RESOLVED');
    const log = await a.http('GET', '/api/v1/teg/disputes/log', { token: admin });
    assert.ok(log.body.items.some((d: any) => d.dispute_id === id));
  });
});
