import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import { createTestDatabase, rawExchange, startAgentVault, startStack, stopProcess, uniqueSuffix, type RawResponse, type Stack, type TestDatabase, type TestResponse } from '@agentvault/testing';
import { actors, type TestAgent } from '../../ledger/test/helpers.js';

/** Findings of the hardening review (issue 16), each tried the way it was found. */

const TYPE_BASE = 'https://docs.example.com/errors/';

function assertProblem(res: TestResponse | RawResponse, status: number, detail?: RegExp) {
  const contentType = res.headers instanceof Headers ? res.headers.get('content-type') : (res.headers as Record<string, string>)['content-type'];
  assert.equal(res.status, status, res.text);
  assert.match(contentType ?? '', /^application\/problem\+json/);
  assert.equal(res.body?.status, status, res.text);
  assert.equal(res.body.detail, res.body.error.detail);
  assert.equal(res.body.type, `${TYPE_BASE}${res.body.error.type}`);
  assert.equal(typeof res.body.title, 'string');
  assert.equal(typeof res.body.instance, 'string');
  if (detail) assert.match(res.body.detail, detail);
}

/** JSON nested `depth` levels deep, built as text (JSON.stringify would itself overflow long before 5,000). */
const deepJson = (depth: number, wrap = (inner: string) => `{"a":${inner}}`) => {
  let inner = '1';
  for (let i = 0; i < depth; i++) inner = wrap(inner);
  return inner;
};

describe('hardening (issue 16)', function () {
  this.timeout(60_000);
  let db: TestDatabase;
  let stack: Stack;
  let a: ReturnType<typeof actors>;
  let port: number;
  let alice: TestAgent;
  let bob: TestAgent;

  // The SVID tier: a trust domain of the tests' own, its bundle in a file.
  const TRUST_DOMAIN = 'platform.test';
  const AUDITOR = `spiffe://${TRUST_DOMAIN}/ns/ops/sa/auditor`;
  const READER = `spiffe://${TRUST_DOMAIN}/ns/ops/sa/funding-reader`;
  let bundleDir: string;
  let svidKey: CryptoKey;
  let strangerKey: CryptoKey;

  before(async () => {
    db = await createTestDatabase();
    bundleDir = mkdtempSync(path.join(tmpdir(), 'av-spiffe-'));
    const pair = await generateKeyPair('ES256');
    svidKey = pair.privateKey;
    strangerKey = (await generateKeyPair('ES256')).privateKey;
    // As SPIRE publishes it: JWT-SVID keys marked "use": "jwt-svid".
    const bundlePath = path.join(bundleDir, 'bundle.jwks');
    writeFileSync(bundlePath, JSON.stringify({ keys: [{ ...(await exportJWK(pair.publicKey)), kid: 'svid-1', use: 'jwt-svid' }], spiffe_refresh_hint: 300 }));
    stack = await startStack({
      layout: 'all',
      databaseUrl: db.url,
      env: {
        SPIFFE_TRUST_DOMAIN: TRUST_DOMAIN,
        SPIFFE_TRUST_BUNDLE: bundlePath,
        SPIFFE_AUDIENCE: 'agentvault-api',
        SPIFFE_ALLOWED_IDS: JSON.stringify({ [AUDITOR]: ['teg:audit', 'funding:read'], [READER]: ['funding:read'] }),
      },
    });
    port = Number(new URL(stack.baseUrl).port);
    a = actors(stack.baseUrl);
    alice = await a.agent();
    bob = await a.agent();
    await a.fund(alice.did, '10');
  });
  after(async () => {
    await stack?.stop();
    await db?.drop();
    if (bundleDir) rmSync(bundleDir, { recursive: true, force: true });
  });
  afterEach(function () {
    if (this.currentTest?.state === 'failed') console.error(stack.logs().slice(-6000));
  });

  describe('the svid tier (JWT-SVIDs of the platform trust domain)', () => {
    const svid = (claims: { sub?: string; aud?: string; expiresIn?: number }, key: CryptoKey = svidKey, kid = 'svid-1') => {
      const now = Math.floor(Date.now() / 1000);
      return new SignJWT({})
        .setProtectedHeader({ alg: 'ES256', kid, typ: 'JWT' })
        .setSubject(claims.sub ?? AUDITOR)
        .setAudience(claims.aud ?? 'agentvault-api')
        .setIssuedAt(now - 60)
        .setExpirationTime(now + (claims.expiresIn ?? 300))
        .sign(key);
    };

    it('accepts a valid SVID on the routes that take the tier, within its scopes', async () => {
      const audit = await a.http('GET', '/api/v1/admin/teg/audit', { token: await svid({}) });
      assert.equal(audit.status, 200, audit.text);
      assert.equal(audit.body.consistent, true);
      const page = await a.http('GET', '/api/v1/admin/funding-requests?limit=5', { token: await svid({ sub: READER }) });
      assert.equal(page.status, 200, page.text);
      assert.ok(Array.isArray(page.body.items));
    });

    it('refuses an SVID without the route\'s scope, and an unlisted SPIFFE ID (403)', async () => {
      assertProblem(await a.http('GET', '/api/v1/admin/teg/audit', { token: await svid({ sub: READER }) }), 403, /lacks the teg:audit scope/);
      assertProblem(await a.http('GET', '/api/v1/admin/teg/audit', { token: await svid({ sub: `spiffe://${TRUST_DOMAIN}/ns/ops/sa/stranger` }) }), 403, /not allowed/);
    });

    it('refuses a wrong trust domain, a wrong audience, an expired SVID and a key outside the bundle (401)', async () => {
      assertProblem(await a.http('GET', '/api/v1/admin/teg/audit', { token: await svid({ sub: 'spiffe://elsewhere.test/ns/ops/sa/auditor' }) }), 401, /trust domain/);
      assertProblem(await a.http('GET', '/api/v1/admin/teg/audit', { token: await svid({ aud: 'someone-else' }) }), 401, /audience/);
      assertProblem(await a.http('GET', '/api/v1/admin/teg/audit', { token: await svid({ expiresIn: -120 }) }), 401, /expired/);
      assertProblem(await a.http('GET', '/api/v1/admin/teg/audit', { token: await svid({}, strangerKey) }), 401, /invalid/);
      assertProblem(await a.http('GET', '/api/v1/admin/teg/audit', { token: await svid({}, strangerKey, 'not-in-bundle') }), 401, /invalid/);
    });

    it('is refused by routes that do not take the tier, even with every scope', async () => {
      assertProblem(await a.http('GET', '/api/v1/developers/me', { token: await svid({}) }), 401);
      assertProblem(await a.http('GET', '/api/v1/teg/balance', { token: await svid({}) }), 401);
      assertProblem(await a.http('POST', '/api/v1/teg/treasury/fund-agent', { token: await svid({}), json: { agent_did: alice.did, amount: '1' } }), 401);
    });

    it('documents the tier in /openapi.json', async () => {
      const doc = (await a.http('GET', '/openapi.json')).body;
      assert.ok(doc.components.securitySchemes.spiffeJwtSvid);
      assert.ok(doc.paths['/api/v1/admin/teg/audit'].get.security.some((s: Record<string, unknown>) => 'spiffeJwtSvid' in s));
    });
  });

  describe('1. deep JSON is refused before anything walks it', () => {
    const deep = deepJson(5000);
    for (const [name, path, who] of [
      ['transfer', '/api/v1/teg/transfer', 'agent'],
      ['system-transfer', '/api/v1/teg/system-transfer', 'agent'],
      ['treasury funding', '/api/v1/teg/treasury/fund-agent', 'admin'],
    ] as const) {
      it(`${name} with an Idempotency-Key and a body 5,000 deep → 422`, async () => {
        const token = who === 'agent' ? alice.token : await a.admin();
        const res = await a.http('POST', path, { token, raw: deep, contentType: 'application/json', headers: { 'Idempotency-Key': `deep-${uniqueSuffix()}` } });
        assertProblem(res, 422, /nested more than 64 levels/);
      });
    }

    it('also on routes that take no body, and deep arrays as well as objects', async () => {
      assertProblem(await a.http('POST', '/api/v1/auth/logout', { token: alice.token, raw: deepJson(5000, (i) => `[${i}]`), contentType: 'application/json' }), 422, /nested/);
      assertProblem(await a.http('POST', '/api/v1/auth/2fa/setup', { token: alice.developerToken, raw: deep, contentType: 'application/json' }), 422, /nested/);
    });
  });

  describe('4. a suspended account receives nothing', () => {
    it('refuses treasury funding, transfers and funding-request approval into a suspended account (409), and allows them again once reinstated', async () => {
      const carol = await a.agent();
      await a.fund(carol.did, '5');
      const request = await a.http('POST', '/api/v1/funding/request', { token: carol.token, json: { amount: '1', reason: 'before suspension' } });
      assert.equal(request.status, 201, request.text);
      const admin = await a.admin();
      assert.equal((await a.http('POST', `/api/v1/admin/agents/${carol.did}/suspend`, { token: admin, json: { reason: 'review' } })).status, 200);

      assertProblem(await a.http('POST', '/api/v1/teg/treasury/fund-agent', { token: admin, json: { agent_did: carol.did, amount: '1' } }), 409, /suspended/);
      assertProblem(await a.transfer(alice, carol, '1'), 409, /suspended/);
      assertProblem(await a.http('POST', `/api/v1/admin/funding-requests/${request.body.request_id}/approve`, { token: admin }), 409, /suspended/);
      assert.equal((await a.http('GET', `/api/v1/developers/me/agents/${carol.did}/balance`, { token: carol.developerToken })).body.balance, '5.000000000000000000');

      assert.equal((await a.http('POST', `/api/v1/admin/agents/${carol.did}/reinstate`, { token: admin, json: { reason: 'cleared' } })).status, 200);
      assert.equal((await a.http('POST', '/api/v1/teg/treasury/fund-agent', { token: admin, json: { agent_did: carol.did, amount: '1' } })).status, 200);
      assert.equal((await a.transfer(alice, carol, '1')).status, 200);
      assert.equal((await a.audit()).consistent, true);
    });
  });

  describe('5. list parameters are plain decimal integers', () => {
    const lists = (): [string, string][] => [
      ['/api/v1/developers/me/agents', alice.developerToken],
      ['/api/v1/teg/transactions', alice.token],
      ['/api/v1/funding/my-requests', alice.token],
      ['/api/v1/teg/reputation/rankings', alice.token],
    ];
    for (const value of ['0x10', '1e1', '1.0', ' 5', '+5', '0b1', 'Infinity']) {
      it(`refuses limit=${JSON.stringify(value)} and offset=${JSON.stringify(value)} on every list (422)`, async () => {
        for (const [path, token] of lists()) {
          for (const param of ['limit', 'offset']) {
            assertProblem(await a.http('GET', `${path}?${param}=${encodeURIComponent(value)}`, { token }), 422);
          }
        }
      });
    }
    it('still takes plain integers', async () => {
      for (const [path, token] of lists()) {
        const res = await a.http('GET', `${path}?limit=10&offset=0`, { token });
        assert.equal(res.status, 200, `${path}: ${res.text}`);
      }
    });
  });

  describe('7. secrets at rest need a key in production', () => {
    for (const [target, variable] of [['identity', 'TOTP_SECRETS_KEY'], ['webhooks', 'WEBHOOK_SECRETS_KEY'], ['marketplace', 'MARKETPLACE_SECRETS_KEY']] as const) {
      it(`--target=${target} with NODE_ENV=production and no ${variable} refuses to start, naming it`, async () => {
        const proc = startAgentVault(target, [`--target=${target}`], { ...stack.env, NODE_ENV: 'production', OPS_PORT: '0', MIGRATE_ON_START: 'false' });
        try {
          const code = await proc.exited;
          assert.notEqual(code, 0);
          assert.match(proc.output.join(''), new RegExp(`${variable}: required when NODE_ENV=production`));
        } finally {
          await stopProcess(proc);
        }
      });
    }
  });

  describe('6. what the HTTP parser refuses gets the problem body too', () => {
    const request = (lines: string[], body = '') => `${lines.join('\r\n')}\r\n\r\n${body}`;

    it('Content-Length shorter than the body: the request gets its answer, the leftover bytes a 400 problem, then the connection closes', async () => {
      const body = '{"receiver_agent_id":"x","amount":"1"}';
      const res = await rawExchange(port, request(['POST /api/v1/auth/login HTTP/1.1', 'Host: x', 'Content-Type: application/json', 'Content-Length: 5'], body));
      assert.ok(res.responses.length >= 1, JSON.stringify(res));
      for (const r of res.responses) assertProblem(r, r.status);
      const last = res.responses.at(-1)!;
      assertProblem(last, 400, /Malformed HTTP request/);
      assert.equal(last.headers.connection, 'close');
    });

    it('chunked without chunks → 400 problem', async () => {
      const res = await rawExchange(port, request(['POST /api/v1/auth/login HTTP/1.1', 'Host: x', 'Content-Type: application/json', 'Transfer-Encoding: chunked'], 'not-a-chunk-size\r\n\r\n'));
      assert.ok(res.responses.length >= 1, JSON.stringify(res));
      assertProblem(res.responses.at(-1)!, 400);
    });

    it('a 20,000-character URL or header → 431 problem', async () => {
      const url = await rawExchange(port, request([`GET /api/v1/agents/by-did/${'a'.repeat(20_000)} HTTP/1.1`, 'Host: x']));
      assertProblem(url.responses[0]!, 431);
      const header = await rawExchange(port, request(['GET /health HTTP/1.1', 'Host: x', `X-Long: ${'b'.repeat(20_000)}`]));
      assertProblem(header.responses[0]!, 431);
    });

    it('a 100,000-character path parameter → 431 problem, not a reset', async () => {
      const res = await rawExchange(port, request([`GET /api/v1/agents/by-did/${'c'.repeat(100_000)} HTTP/1.1`, 'Host: x']));
      assert.equal(res.responses.length, 1, JSON.stringify({ reset: res.reset }));
      assertProblem(res.responses[0]!, 431);
    });

    it('keeps a well-formed connection open (keep-alive) after an ordinary 4xx', async () => {
      const res = await rawExchange(port, request(['GET /api/v1/no/such HTTP/1.1', 'Host: x']) + request(['GET /health HTTP/1.1', 'Host: x']), { idleMs: 500 });
      assert.deepEqual(res.responses.map((r) => r.status), [404, 200]);
    });
  });
});
