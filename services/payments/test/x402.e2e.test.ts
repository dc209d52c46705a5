import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { createTestDatabase, startStack, waitFor, type Stack, type TestDatabase } from '@agentvault/testing';
import { actors, type TestAgent } from '../../ledger/test/helpers.js';

const FEE = 0.001;
const num = (v: string) => Number(v);
const nonce = () => '0x' + randomBytes(32).toString('hex');
const atomic = (avt: number) => (BigInt(avt) * 10n ** 18n).toString();

describe('x402 facilitator over HTTP (layout all)', function () {
  this.timeout(180_000);
  let db: TestDatabase;
  let stack: Stack;
  let a: ReturnType<typeof actors>;
  let payer: TestAgent;
  let payee: TestAgent;

  before(async () => {
    db = await createTestDatabase('av_x402');
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

  const tokenFor = async (amount: string) => {
    const auth = await a.http('POST', '/api/v1/a2a-payment/authorize', { token: payer.token, json: { receiver_agent_id: payee.did, amount } });
    assert.equal(auth.status, 201, auth.text);
    return auth.body.payment_token as string;
  };
  const request = (paymentToken: string, n: string, requirements: Record<string, unknown> = {}) => ({
    x402Version: 1,
    paymentPayload: { x402Version: 1, scheme: 'exact', network: 'agentvault', payload: { paymentToken, nonce: n } },
    paymentRequirements: {
      scheme: 'exact', network: 'agentvault', maxAmountRequired: atomic(5), resource: 'https://service.example/inference', description: 'one inference',
      mimeType: 'application/json', payTo: payee.did, maxTimeoutSeconds: 60, asset: 'AVT', ...requirements,
    },
  });

  it('lists the exact scheme on the agentvault network', async () => {
    const r = await a.http('GET', '/api/v1/x402/supported');
    assert.equal(r.status, 200, r.text);
    assert.deepEqual(r.body, { kinds: [{ x402Version: 1, scheme: 'exact', network: 'agentvault' }] });
  });

  it('verifies, then settles once per nonce: retries and concurrent settles charge once', async () => {
    const token = await tokenFor('5');
    const n = nonce();
    const before = num(await a.balance(payee.token));
    const verified = await a.http('POST', '/api/v1/x402/verify', { json: request(token, n) });
    assert.equal(verified.status, 200, verified.text);
    assert.deepEqual(verified.body, { isValid: true, payer: payer.did });

    const settles = await Promise.all(Array.from({ length: 20 }, () => a.http('POST', '/api/v1/x402/settle', { token: payee.token, json: request(token, n) })));
    for (const s of settles) assert.equal(s.status, 200, s.text);
    for (const s of settles) assert.equal(s.body.success, true, s.text);
    assert.equal(new Set(settles.map((s) => s.body.transaction)).size, 1);
    assert.equal(settles[0]!.body.network, 'agentvault');
    assert.equal(settles[0]!.body.payer, payer.did);
    // A facilitator timeout and a retry: the same answer, nothing moves.
    const retry = await a.http('POST', '/api/v1/x402/settle', { token: payee.token, json: request(token, n) });
    assert.equal(retry.body.transaction, settles[0]!.body.transaction);
    assert.equal(num(await a.balance(payee.token)), before + 5);

    // The same token under another nonce is a used payment, not a second charge.
    const other = await a.http('POST', '/api/v1/x402/settle', { token: payee.token, json: request(token, nonce()) });
    assert.equal(other.body.success, false);
    assert.equal(other.body.errorReason, 'invalid_exact_agentvault_payload_nonce_used');
    assert.equal(num(await a.balance(payee.token)), before + 5);
  });

  it('refuses what does not match the requirements, and settles only for payTo', async () => {
    const token = await tokenFor('5');
    const verdict = async (req: unknown) => (await a.http('POST', '/api/v1/x402/verify', { json: req })).body;
    assert.equal((await verdict(request(token, nonce(), { maxAmountRequired: atomic(6) }))).invalidReason, 'invalid_exact_agentvault_payload_value');
    assert.equal((await verdict(request(token, nonce(), { payTo: payer.did }))).invalidReason, 'invalid_exact_agentvault_payload_recipient_mismatch');
    assert.equal((await verdict(request(token, nonce(), { network: 'base' }))).invalidReason, 'invalid_network');
    assert.equal((await verdict(request(token, nonce(), { scheme: 'upto' }))).invalidReason, 'invalid_scheme');
    assert.equal((await verdict({ ...request(token, nonce()), x402Version: 2 })).invalidReason, 'invalid_x402_version');
    assert.equal((await verdict(request('apt_' + '0'.repeat(64), nonce()))).invalidReason, 'invalid_payload');
    assert.equal((await verdict(request(token, 'not-a-nonce'))).invalidReason, 'invalid_payload');

    const byPayer = await a.http('POST', '/api/v1/x402/settle', { token: payer.token, json: request(token, nonce()) });
    assert.equal(byPayer.body.success, false);
    assert.equal(byPayer.body.errorReason, 'invalid_exact_agentvault_payload_recipient_mismatch');
    const unauthenticated = await a.http('POST', '/api/v1/x402/settle', { json: request(token, nonce()) });
    assert.equal(unauthenticated.status, 401);

    // A token settled through the A2A route is used: x402 will not serve it again.
    const settled = await a.http('POST', '/api/v1/a2a-payment/settle', { token: payer.token, json: { payment_token: token } });
    assert.equal(settled.status, 200, settled.text);
    assert.equal((await verdict(request(token, nonce()))).invalidReason, 'invalid_exact_agentvault_payload_token_used');
  });

  it('an expired token cannot be settled and its hold is back', async () => {
    const before = num(await a.balance(payer.token));
    const auth = await a.http('POST', '/api/v1/a2a-payment/authorize', { token: payer.token, json: { receiver_agent_id: payee.did, amount: '5', ttl_seconds: 1 } });
    assert.equal(auth.status, 201, auth.text);
    assert.ok(Math.abs(num(await a.balance(payer.token)) - (before - 5 - FEE)) < 1e-9);
    await waitFor(async () => Math.abs(num(await a.balance(payer.token)) - before) < 1e-9, { timeoutMs: 15_000, intervalMs: 100, what: 'the expired hold back' });
    const s = await a.http('POST', '/api/v1/x402/settle', { token: payee.token, json: request(auth.body.payment_token, nonce()) });
    assert.equal(s.body.success, false);
    assert.equal(s.body.errorReason, 'invalid_exact_agentvault_payload_expired');
  });
});
