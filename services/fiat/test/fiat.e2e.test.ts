import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import Stripe from 'stripe';
import { chromium } from 'playwright-core';
import { createTestDatabase, httpClient, startSmtpSink, startStack, TEST_ADMIN, unquote, uniqueSuffix, waitFor, type HttpRequest, type Stack, type TestDatabase } from '@agentvault/testing';
import { startStripeMock, type StripeMock } from './stripe-mock.js';

const WEBHOOK_SECRET = 'whsec_fiat_e2e_secret';
const PASSWORD = 'Fiat-Passw0rd!';
// Only its webhook helpers are used: they build and sign test events as Stripe does.
const stripe = new Stripe('sk_test_fiatE2e123');

export function assertProblem(res: { status: number; headers: Headers; body: any; text: string }, status: number, detail?: RegExp) {
  assert.equal(res.status, status, res.text);
  assert.match(res.headers.get('content-type') ?? '', /^application\/problem\+json/);
  assert.equal(res.body.status, status);
  assert.equal(res.body.error.detail, res.body.detail);
  if (detail) assert.match(res.body.detail, detail);
}

/** A registry's users: an admin, developers (with their email) and their agents. */
function actors(http: HttpRequest) {
  let adminToken: string | undefined;
  return {
    async admin() {
      if (!adminToken) {
        const res = await http('POST', '/api/v1/auth/login', { form: { username: TEST_ADMIN.email, password: TEST_ADMIN.password } });
        assert.equal(res.status, 200, res.text);
        adminToken = res.body.access_token;
      }
      return adminToken!;
    },
    async developer() {
      const email = `fiat-${uniqueSuffix()}@example.com`;
      const reg = await http('POST', '/api/v1/auth/register-developer', { json: { email, password: PASSWORD, name: 'Fiat Dev' } });
      assert.equal(reg.status, 201, reg.text);
      const login = await http('POST', '/api/v1/auth/login', { form: { username: email, password: PASSWORD } });
      assert.equal(login.status, 200, login.text);
      return { email, token: login.body.access_token as string };
    },
    async agent(developerToken: string) {
      const bst = await http('POST', '/api/v1/onboard/bootstrap/request-token', { token: developerToken, json: {} });
      const created = await http('POST', '/api/v1/onboard/create_agent', { headers: { 'Bootstrap-Token': bst.body.bootstrap_token }, json: { agent_card: { name: 'Backed agent' } } });
      assert.equal(created.status, 201, created.text);
      const token = await http('POST', '/api/v1/auth/agent/token', { form: { client_id: created.body.client_id, client_secret: created.body.client_secret } });
      assert.equal(token.status, 200, token.text);
      return { did: created.body.agent_did as string, token: token.body.access_token as string };
    },
    async balance(agentToken: string) {
      const res = await http('GET', '/api/v1/teg/balance', { token: agentToken });
      assert.equal(res.status, 200, res.text);
      return res.body.balance as string;
    },
    async auditAgrees() {
      const res = await http('GET', '/api/v1/admin/teg/audit', { token: await this.admin() });
      assert.equal(res.status, 200, res.text);
      assert.equal(res.body.consistent, true, res.text);
    },
  };
}

function signedEvent(type: string, object: Record<string, unknown>, options: { secret?: string; timestamp?: number } = {}) {
  const payload = JSON.stringify({
    id: `evt_${randomBytes(12).toString('hex')}`, object: 'event', type, api_version: '2024-06-20', created: Math.floor(Date.now() / 1000),
    livemode: false, pending_webhooks: 1, request: { id: null, idempotency_key: null }, data: { object },
  });
  const signature = stripe.webhooks.generateTestHeaderString({ payload, secret: options.secret ?? WEBHOOK_SECRET, timestamp: options.timestamp });
  return { payload, signature };
}

const completedSession = (sessionId: string, cents: number, paymentIntent: string) => ({
  id: sessionId, object: 'checkout.session', mode: 'payment', status: 'complete', payment_status: 'paid', amount_total: cents, currency: 'eur', payment_intent: paymentIntent,
});

describe('fiat backer pledges through the gateway, against stripe-mock', function () {
  this.timeout(180_000);
  let mock: StripeMock;
  let db: TestDatabase;
  let mainframe: Stack;
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
  let http: HttpRequest;
  let a: ReturnType<typeof actors>;

  const deliver = (event: { payload: string; signature: string }) =>
    http('POST', '/api/v1/fiat/stripe-webhook', { raw: event.payload, contentType: 'application/json', headers: { 'stripe-signature': event.signature } });

  before(async () => {
    mock = await startStripeMock();
    db = await createTestDatabase();
    smtp = await startSmtpSink();
    mainframe = await startStack({
      layout: 'all', databaseUrl: db.url,
      env: {
        FIAT_GENESIS_REGISTRY: 'true', FIAT_ONRAMP_ENABLED: 'true', STRIPE_API_KEY: 'sk_test_fiatE2e123', STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET, STRIPE_API_BASE: mock.url,
        // A claim needs a proved email: registrations are mailed their verification link here.
        SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, MAIL_FROM: 'Registry <registry@example.com>',
      },
    });
    http = httpClient(mainframe.baseUrl);
    a = actors(http);
  });
  after(async () => {
    await mainframe?.stop();
    await db?.drop();
    await mock?.stop();
    await smtp?.close();
  });
  afterEach(function () {
    if (this.currentTest?.state === 'failed') console.error(mainframe.logs().slice(-5000));
  });

  it('shows the tiers and quotes exactly, refusing amounts out of range by naming the limit', async () => {
    const tiers = await http('GET', '/api/v1/fiat/tiers');
    assert.equal(tiers.status, 200, tiers.text);
    assert.equal(tiers.body.min_eur, '1.00');
    assert.equal(tiers.body.max_eur, '500.00');
    assert.deepEqual(tiers.body.tiers.map((t: any) => [t.min_eur, t.max_eur, t.avt_per_eur]), [
      ['1.00', '49.99', '2000.000000000000000000'], ['50.00', '199.99', '2500.000000000000000000'], ['200.00', '500.00', '3000.000000000000000000'],
    ]);

    const quote = async (eur: unknown) => http('POST', '/api/v1/fiat/quote', { json: { eur_amount: eur } });
    assert.equal((await quote('25')).body.avt_amount, '50000.000000000000000000');
    assert.equal((await quote('49.99')).body.avt_amount, '99980.000000000000000000');
    assert.equal((await quote(50)).body.avt_amount, '125000.000000000000000000');
    const top = await quote('500.00');
    assert.equal(top.body.avt_amount, '1500000.000000000000000000');
    assert.equal(top.body.tier, 3);
    assertProblem(await quote('0.99'), 422, /at least 1\.00 EUR/);
    assertProblem(await quote('500.01'), 422, /at most 500\.00 EUR/);
    assertProblem(await quote('1.234'), 422, /eur_amount/);
  });

  it("credits a developer's pledge to its agent exactly once, however often and concurrently Stripe delivers", async () => {
    const dev = await a.developer();
    const agent = await a.agent(dev.token);
    const checkout = await http('POST', '/api/v1/fiat/checkout-session', { token: dev.token, headers: { 'Idempotency-Key': `k-${uniqueSuffix()}` }, json: { eur_amount: '25.00', agent_did: agent.did } });
    assert.equal(checkout.status, 201, checkout.text);
    assert.match(checkout.body.session_id, /^cs_test_/);
    assert.match(checkout.body.checkout_url, /^https:\/\//);
    assert.equal(checkout.body.avt_amount, '50000.000000000000000000');
    assert.equal(checkout.body.status, 'pending');

    const before = await http('GET', `/api/v1/fiat/purchase/${checkout.body.session_id}`);
    assert.equal(before.status, 200, before.text);
    assert.equal(before.body.status, 'pending');
    assert.equal(before.body.credited, false);
    assert.equal(before.text.includes(dev.email), false, 'no personal data on the public lookup');

    const event = signedEvent('checkout.session.completed', completedSession(checkout.body.session_id, 2500, `pi_${uniqueSuffix()}`));
    const first = await deliver(event);
    assert.equal(first.status, 200, first.text);
    assert.equal(first.body.outcome, 'credited');
    assert.equal(await a.balance(agent.token), '50000.000000000000000000');

    const storm = await Promise.all(Array.from({ length: 50 }, () => deliver(event)));
    for (const res of storm) assert.equal(res.status, 200, res.text);
    assert.ok(storm.every((res) => res.body.outcome === 'already_credited'));
    assert.equal(await a.balance(agent.token), '50000.000000000000000000');

    const after = await http('GET', `/api/v1/fiat/purchase/${checkout.body.session_id}`);
    assert.equal(after.body.status, 'completed');
    assert.equal(after.body.credited, true);
    assert.equal(after.body.agent_did, agent.did);

    const mine = await http('GET', '/api/v1/fiat/my-purchases?limit=10', { token: dev.token });
    assert.equal(mine.status, 200, mine.text);
    assert.equal(mine.body.total, 1);
    assert.equal(mine.body.items[0].session_id, checkout.body.session_id);
    assertProblem(await http('GET', '/api/v1/fiat/my-purchases'), 401);
    await a.auditAgrees();
  });

  it('credits a fresh session exactly once when its first 50 deliveries arrive at the same time', async () => {
    const dev = await a.developer();
    const agent = await a.agent(dev.token);
    const checkout = await http('POST', '/api/v1/fiat/checkout-session', { token: dev.token, json: { eur_amount: '60', agent_did: agent.did } });
    assert.equal(checkout.status, 201, checkout.text);
    const event = signedEvent('checkout.session.completed', completedSession(checkout.body.session_id, 6000, `pi_${uniqueSuffix()}`));
    const storm = await Promise.all(Array.from({ length: 50 }, () => deliver(event)));
    for (const res of storm) assert.equal(res.status, 200, res.text);
    assert.equal(storm.filter((res) => res.body.outcome === 'credited').length, 1);
    assert.equal(await a.balance(agent.token), '150000.000000000000000000');
    await a.auditAgrees();
  });

  it('replays a checkout with the same Idempotency-Key and refuses it with another body', async () => {
    const dev = await a.developer();
    const agent = await a.agent(dev.token);
    const key = `same-${uniqueSuffix()}`;
    const first = await http('POST', '/api/v1/fiat/checkout-session', { token: dev.token, headers: { 'Idempotency-Key': key }, json: { eur_amount: '10', agent_did: agent.did } });
    const again = await http('POST', '/api/v1/fiat/checkout-session', { token: dev.token, headers: { 'Idempotency-Key': key }, json: { eur_amount: '10', agent_did: agent.did } });
    assert.equal(again.status, 201, again.text);
    assert.equal(again.body.session_id, first.body.session_id);
    assertProblem(await http('POST', '/api/v1/fiat/checkout-session', { token: dev.token, headers: { 'Idempotency-Key': key }, json: { eur_amount: '11', agent_did: agent.did } }), 422);
  });

  it("refuses a checkout for someone else's agent, an anonymous one without email, and agent_did without a token", async () => {
    const owner = await a.developer();
    const agent = await a.agent(owner.token);
    const other = await a.developer();
    assertProblem(await http('POST', '/api/v1/fiat/checkout-session', { token: other.token, json: { eur_amount: '10', agent_did: agent.did } }), 403, /not one of your agents/);
    assertProblem(await http('POST', '/api/v1/fiat/checkout-session', { json: { eur_amount: '10' } }), 422, /customer_email/);
    assertProblem(await http('POST', '/api/v1/fiat/checkout-session', { json: { eur_amount: '10', agent_did: agent.did } }), 401);
    assertProblem(await http('POST', '/api/v1/fiat/checkout-session', { json: { eur_amount: '1000', customer_email: 'x@example.com' } }), 422, /at most 500\.00/);
  });

  it('answers 400 and credits nothing for a bad signature, a stale timestamp or an unknown session', async () => {
    const dev = await a.developer();
    const agent = await a.agent(dev.token);
    const checkout = await http('POST', '/api/v1/fiat/checkout-session', { token: dev.token, json: { eur_amount: '5', agent_did: agent.did } });
    const object = completedSession(checkout.body.session_id, 500, `pi_${uniqueSuffix()}`);
    assertProblem(await deliver(signedEvent('checkout.session.completed', object, { secret: 'whsec_someone_else' })), 400, /signature/i);
    assertProblem(await deliver(signedEvent('checkout.session.completed', object, { timestamp: Math.floor(Date.now() / 1000) - 3600 })), 400, /tolerance|timestamp/i);
    const good = signedEvent('checkout.session.completed', object);
    assertProblem(await deliver({ payload: good.payload.replace('"amount_total":500', '"amount_total":50000'), signature: good.signature }), 400);
    assertProblem(await http('POST', '/api/v1/fiat/stripe-webhook', { raw: good.payload, contentType: 'application/json' }), 400);
    assertProblem(await deliver(signedEvent('checkout.session.completed', completedSession(`cs_test_unknown${uniqueSuffix()}`, 500, 'pi_x'))), 400, /Unknown checkout session/);
    assert.equal(await a.balance(agent.token), '0.000000000000000000');
    assert.equal((await http('GET', `/api/v1/fiat/purchase/${checkout.body.session_id}`)).body.status, 'pending');
    await a.auditAgrees();
  });

  it('keeps the raw body for the webhook and answers bad input on it 400 (or 413), never 5xx', async () => {
    const raw = (body: string | Buffer, contentType: string, signature = 't=1,v1=00') =>
      http('POST', '/api/v1/fiat/stripe-webhook', { raw: body as string, contentType, headers: { 'stripe-signature': signature } });
    const cases: Array<[string, string | Buffer, string]> = [
      ['malformed JSON', '{"id":', 'application/json'],
      ['a NUL byte', '{"id":"evt_\u0000"}', 'application/json'],
      ['an unpaired surrogate', '{"id":"\\ud800"}', 'application/json'],
      ['deep nesting', '{"a":'.repeat(5000) + '1' + '}'.repeat(5000), 'application/json'],
      ['a form body', 'id=evt_1&type=checkout.session.completed', 'application/x-www-form-urlencoded'],
      ['plain text', 'hello', 'text/plain'],
      ['invalid UTF-8', Buffer.from([0xff, 0xfe, 0x00, 0x7b]), 'application/octet-stream'],
      ['an empty body', '', 'application/json'],
    ];
    for (const [what, body, type] of cases) {
      const res = await raw(body, type);
      assert.equal(res.status, 400, `${what}: ${res.text}`);
      assertProblem(res, 400);
    }
    assertProblem(await raw('x'.repeat(200_000), 'application/json'), 413);
    // Signed, so past the signature: ids no provider makes are unknown sessions, not database errors.
    for (const id of ['cs_\u0000nul', 'cs_\ud800', 'x'.repeat(300)]) {
      assertProblem(await deliver(signedEvent('checkout.session.completed', completedSession(id, 500, 'pi_x'))), 400, /Unknown checkout session/);
    }
    const refund = { id: 'ch_x', object: 'charge', amount: 500, amount_refunded: 500, refunded: true, currency: 'eur', payment_intent: 'pi_\u0000' };
    assertProblem(await deliver(signedEvent('charge.refunded', refund)), 400, /No pledge/);
    await a.auditAgrees();
  });

  it('marks an expired session and never credits it afterwards', async () => {
    const checkout = await http('POST', '/api/v1/fiat/checkout-session', { json: { eur_amount: '3', customer_email: `late-${uniqueSuffix()}@example.com` } });
    assert.equal(checkout.status, 201, checkout.text);
    const expired = await deliver(signedEvent('checkout.session.expired', { id: checkout.body.session_id, object: 'checkout.session', status: 'expired' }));
    assert.equal(expired.status, 200, expired.text);
    assert.equal(expired.body.outcome, 'expired');
    const purchase = await http('GET', `/api/v1/fiat/purchase/${checkout.body.session_id}`);
    assert.equal(purchase.body.status, 'expired');
    assert.equal(purchase.body.credited, false);
    await a.auditAgrees();
  });

  it('holds an anonymous pledge until the developer with that email claims it for an agent', async () => {
    const backer = await a.developer();
    const agent = await a.agent(backer.token);
    const checkout = await http('POST', '/api/v1/fiat/checkout-session', { json: { eur_amount: '2.50', customer_email: backer.email.toUpperCase() } });
    assert.equal(checkout.status, 201, checkout.text);
    assert.equal(checkout.body.avt_amount, '5000.000000000000000000');
    const paid = await deliver(signedEvent('checkout.session.completed', completedSession(checkout.body.session_id, 250, `pi_${uniqueSuffix()}`)));
    assert.equal(paid.body.outcome, 'credited', paid.text);
    const held = await http('GET', `/api/v1/fiat/purchase/${checkout.body.session_id}`);
    assert.equal(held.body.credited, true);
    assert.equal(held.body.anonymous, true);
    assert.equal(held.body.claimed, false);
    assert.equal(await a.balance(agent.token), '0.000000000000000000');
    await a.auditAgrees();

    const stranger = await a.developer();
    const strangerAgent = await a.agent(stranger.token);
    assertProblem(await http('POST', `/api/v1/fiat/purchase/${checkout.body.session_id}/claim`, { token: stranger.token, json: { agent_did: strangerAgent.did } }), 403, /another email/);
    // The backer proves the email first: until then the claim is refused and nothing moves.
    const unproved = await http('POST', `/api/v1/fiat/purchase/${checkout.body.session_id}/claim`, { token: backer.token, json: { agent_did: agent.did } });
    assertProblem(unproved, 403, /Prove your account email first/);
    assert.equal(unproved.body.error.code, 'EMAIL_NOT_VERIFIED');
    assert.equal(await a.balance(agent.token), '0.000000000000000000');
    const mail = await waitFor(() => smtp.mails.find((m) => m.to === backer.email.toLowerCase()), { what: `the verification mail to ${backer.email}`, timeoutMs: 20_000 });
    const link = unquote(mail.raw).match(/(\/api\/v1\/auth\/verify-email\?token=[A-Za-z0-9_-]+)/);
    assert.ok(link, mail.raw);
    assert.equal((await http('GET', link[1]!)).status, 200);
    const claimed = await http('POST', `/api/v1/fiat/purchase/${checkout.body.session_id}/claim`, { token: backer.token, json: { agent_did: agent.did } });
    assert.equal(claimed.status, 200, claimed.text);
    assert.equal(claimed.body.claimed, true);
    assert.equal(claimed.body.agent_did, agent.did);
    assert.equal(await a.balance(agent.token), '5000.000000000000000000');
    const twice = await http('POST', `/api/v1/fiat/purchase/${checkout.body.session_id}/claim`, { token: backer.token, json: { agent_did: agent.did } });
    assert.equal(twice.status, 200, twice.text);
    assert.equal(await a.balance(agent.token), '5000.000000000000000000');
    await a.auditAgrees();
  });

  it('takes a refund back up to the liquid balance and records the shortfall, never going negative', async () => {
    const dev = await a.developer();
    const agent = await a.agent(dev.token);
    const friend = await a.agent(dev.token);
    const checkout = await http('POST', '/api/v1/fiat/checkout-session', { token: dev.token, json: { eur_amount: '10', agent_did: agent.did } });
    const paymentIntent = `pi_${uniqueSuffix()}`;
    await deliver(signedEvent('checkout.session.completed', completedSession(checkout.body.session_id, 1000, paymentIntent)));
    assert.equal(await a.balance(agent.token), '20000.000000000000000000');

    // Half refunded: 10 000 AVT back, all of it there.
    const charge = (refunded: number) => ({ id: `ch_${paymentIntent}`, object: 'charge', amount: 1000, amount_refunded: refunded, refunded: refunded === 1000, currency: 'eur', payment_intent: paymentIntent });
    const half = signedEvent('charge.refunded', charge(500));
    const halves = await Promise.all(Array.from({ length: 10 }, () => deliver(half)));
    for (const res of halves) assert.equal(res.status, 200, res.text);
    assert.equal(await a.balance(agent.token), '10000.000000000000000000');

    // The agent spends most of the rest; the full refund can take back only what is left.
    const spent = await http('POST', '/api/v1/teg/transfer', { token: agent.token, json: { receiver_agent_id: friend.did, amount: '9000' } });
    assert.equal(spent.status, 200, spent.text);
    const full = await deliver(signedEvent('charge.refunded', charge(1000)));
    assert.equal(full.status, 200, full.text);
    assert.equal(await a.balance(agent.token), '0.000000000000000000');
    const purchase = await http('GET', `/api/v1/fiat/purchase/${checkout.body.session_id}`);
    assert.equal(purchase.body.status, 'refunded');
    assert.equal(purchase.body.refunded_eur, '10.00');
    assert.equal(purchase.body.reversed_avt, '10999.999000000000000000');
    assert.equal(purchase.body.shortfall_avt, '9000.001000000000000000');
    // The shortfall raises one auditor flag on the agent that had spent the AVT.
    const flags = await waitFor(async () => {
      const res = await http('GET', `/api/v1/admin/auditor/flags?flag_type=FIAT_REFUND_SHORTFALL&agent_did=${encodeURIComponent(agent.did)}`, { token: await a.admin() });
      return res.status === 200 && res.body.flags.length > 0 ? res.body.flags : undefined;
    }, { what: 'the refund-shortfall flag' });
    assert.equal(flags.length, 1);
    assert.match(flags[0].flag_reason, /could not take back [0-9.]+ AVT \(9000\.001000000000000000 AVT short in all\)/);
    await a.auditAgrees();
  });

  describe('a satellite of this mainframe (split layout)', () => {
    let satelliteDb: TestDatabase;
    let satellite: Stack;
    let sat: HttpRequest;
    before(async () => {
      satelliteDb = await createTestDatabase();
      satellite = await startStack({ layout: 'split', databaseUrl: satelliteDb.url, env: { REGISTRY_ROLE: 'satellite', PARENT_REGISTRY_URL: mainframe.baseUrl } });
      sat = httpClient(satellite.baseUrl);
    });
    after(async () => {
      await satellite?.stop();
      await satelliteDb?.drop();
    });

    it('answers 403 with the reason on every fiat path', async () => {
      const paths: Array<[string, string, unknown?]> = [
        ['GET', '/api/v1/fiat/tiers'],
        ['POST', '/api/v1/fiat/quote', { eur_amount: '10' }],
        ['POST', '/api/v1/fiat/checkout-session', { eur_amount: '10', customer_email: 'x@example.com' }],
        ['POST', '/api/v1/fiat/stripe-webhook', { id: 'evt_x' }],
        ['GET', '/api/v1/fiat/purchase/cs_test_anything'],
      ];
      for (const [method, path, json] of paths) {
        const res = await sat(method, path, json === undefined ? {} : { json });
        assertProblem(res, 403, /satellite/);
        assert.equal(res.body.error.type, 'forbidden');
      }
      const dev = await actors(sat).developer();
      assertProblem(await sat('GET', '/api/v1/fiat/my-purchases', { token: dev.token }), 403, /satellite/);
    });

    it("forwards its storefront's checkout to the mainframe and returns the mainframe's session", async () => {
      const email = `storefront-${uniqueSuffix()}@example.com`;
      const res = await sat('POST', '/api/v1/fiat/proxy/checkout-session', { headers: { 'Idempotency-Key': `p-${uniqueSuffix()}` }, json: { eur_amount: '20', customer_email: email } });
      assert.equal(res.status, 201, res.text + satellite.logs().slice(-3000));
      assert.match(res.body.session_id, /^cs_test_/);
      assert.equal(res.body.avt_amount, '40000.000000000000000000');
      const onParent = await http('GET', `/api/v1/fiat/purchase/${res.body.session_id}`);
      assert.equal(onParent.status, 200, onParent.text);
      assert.equal(onParent.body.status, 'pending');
      assertProblem(await sat('POST', '/api/v1/fiat/proxy/checkout-session', { json: { eur_amount: '9999', customer_email: email } }), 422, /at most 500\.00/);
    });
  });

  it('serves the proxy only on satellites', async () => {
    assertProblem(await http('POST', '/api/v1/fiat/proxy/checkout-session', { json: { eur_amount: '5', customer_email: 'x@example.com' } }), 403, /checkout-session/);
  });

  it('the backer page shows the tiers and a live quote, starts a checkout and follows the pledge until credited', async function () {
    let executablePath: string;
    try {
      executablePath = execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], { encoding: 'utf8' }).trim();
    } catch {
      console.warn('    skipped: no chromium on PATH (apt-get install -y chromium; .ci/run installs it)');
      this.skip();
    }
    const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
    try {
      const page = await browser.newPage();
      // stripe-mock's hosted URL is not a real page: the browser stops there as a payer would.
      await page.route('https://checkout.stripe.com/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<p id="hosted">Stripe Checkout</p>' }));
      await page.goto(`${mainframe.baseUrl}/become-a-backer`);
      await page.locator('#tiers tbody tr').nth(2).waitFor();
      assert.equal(await page.locator('#tiers tbody tr').count(), 3);
      const body = await page.locator('main').innerText();
      assert.match(body, /[Pp]ledge to support/);
      assert.doesNotMatch(body, /buy AVT/i);

      await page.fill('#eur', '60');
      await page.waitForFunction(() => document.getElementById('quote')?.textContent?.includes('150000 AVT'));
      await page.fill('#email', `browser-${uniqueSuffix()}@example.com`);
      // The page leaves for the hosted checkout at once: read the session on its way through.
      let session: { session_id: string } | undefined;
      await page.route('**/api/v1/fiat/checkout-session', async (route) => {
        const response = await route.fetch();
        assert.equal(response.status(), 201);
        session = await response.json();
        await route.fulfill({ response });
      });
      await page.click('#pledge-button');
      await page.waitForURL('https://checkout.stripe.com/**');
      assert.ok(session);

      // Back from the hosted page: the page polls until the webhook has credited the pledge.
      await page.goto(`${mainframe.baseUrl}/become-a-backer?session_id=${session.session_id}`);
      await page.locator('#status').waitFor();
      assert.match(await page.locator('#status-text').innerText(), /Waiting/);
      const paid = await deliver(signedEvent('checkout.session.completed', completedSession(session.session_id, 6000, `pi_${uniqueSuffix()}`)));
      assert.equal(paid.body.outcome, 'credited', paid.text);
      await page.waitForFunction(() => document.getElementById('status')?.dataset.state === 'credited', undefined, { timeout: 30_000 });
      assert.match(await page.locator('#status-text').innerText(), /150000 AVT credited/);
    } finally {
      await browser.close();
    }
  });

  it('lists the pledge events in the webhook catalogue', async () => {
    const res = await http('GET', '/api/v1/webhooks/events?limit=100');
    assert.equal(res.status, 200, res.text);
    const names = JSON.stringify(res.body);
    for (const name of ['fiat.pledge_completed', 'fiat.pledge_refunded', 'fiat.refund_shortfall', 'pledge.reversed']) assert.ok(names.includes(name), name);
  });
});
