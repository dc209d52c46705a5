import assert from 'node:assert/strict';
import {
  CLOSED_PORT, createTestDatabase, httpClient, startAgentVault, startStack, stopProcess, TEST_ADMIN, uniqueSuffix, waitFor, waitForProcess,
  type RunningProcess, type Stack, type TestDatabase, type TestResponse,
} from '@agentvault/testing';

/**
 * The three layers of rate limiting of registry-api-flows.txt § Rate Limits, over real HTTP:
 * per-endpoint caps on the auth surface, role buckets, and the global per-IP default; counted
 * in Redis so that every gateway replica shares the counters, and failing open without Redis.
 */

const PASSWORD = 'Corr3ct-Horse!';

function assertProblem(res: TestResponse, status: number, type: string) {
  assert.equal(res.status, status, `${res.status} ${res.text}`);
  assert.match(res.headers.get('content-type') ?? '', /^application\/problem\+json/);
  assert.equal(res.body.status, status);
  assert.equal(res.body.error.type, type);
  assert.ok(res.body.type.endsWith(`/${type}`), res.body.type);
  assert.equal(typeof res.body.title, 'string');
  assert.equal(typeof res.body.detail, 'string');
  assert.equal(res.body.error.detail, res.body.detail);
  assert.equal(typeof res.body.instance, 'string');
}

/** A 429 as the seeds describe it: rate_limit_exceeded, with Retry-After in seconds. */
function assertRateLimited(res: TestResponse, instance: string) {
  assertProblem(res, 429, 'rate_limit_exceeded');
  assert.equal(res.body.title, 'Too Many Requests');
  assert.equal(res.body.instance, instance);
  const retryAfter = res.headers.get('retry-after');
  assert.match(retryAfter ?? '', /^\d+$/, `Retry-After is ${retryAfter}`);
  assert.ok(Number(retryAfter) > 0 && Number(retryAfter) <= 60, `Retry-After is ${retryAfter}`);
}

/** A client at its own address: stacks that trust the loopback proxy key limits on X-Forwarded-For. */
function client(stack: Stack, ip?: string) {
  const http = httpClient(stack.baseUrl);
  return (method: string, path: string, options: Parameters<typeof http>[2] = {}) =>
    http(method, path, ip ? { ...options, headers: { ...options.headers, 'X-Forwarded-For': ip } } : options);
}

let ipCounter = 0;
/** A distinct TEST-NET-3 client address per call, so tests of one stack never share a bucket. */
const newIp = () => `203.0.113.${++ipCounter}`;

type Http = ReturnType<typeof client>;

const login = (http: Http, username = TEST_ADMIN.email, password = TEST_ADMIN.password) =>
  http('POST', '/api/v1/auth/login', { form: { username, password } });

async function registerAndLogin(http: Http): Promise<string> {
  const email = `rl-${uniqueSuffix()}@example.com`;
  const reg = await http('POST', '/api/v1/auth/register-developer', { json: { email, password: PASSWORD, name: 'Limited' } });
  assert.equal(reg.status, 201, reg.text);
  const res = await login(http, email, PASSWORD);
  assert.equal(res.status, 200, res.text);
  return res.body.access_token;
}

describe('rate limits end to end', function () {
  this.timeout(60_000);
  let db: TestDatabase;
  let stack: Stack | undefined;

  before(async () => {
    db = await createTestDatabase();
  });
  after(async () => {
    await db?.drop();
  });
  afterEach(function () {
    if (this.currentTest?.state === 'failed' && stack) console.error(stack.logs().slice(-6000));
  });

  async function useStack(env: Record<string, string>, layout: 'all' | 'split' = 'all') {
    stack = await startStack({ layout, databaseUrl: db.url, env });
    return stack;
  }
  async function stopStack() {
    await stack?.stop();
    stack = undefined;
  }

  describe('per-endpoint caps (SANDBOX_BYPASS_RATE_LIMIT=false)', () => {
    let s: Stack;
    before(async () => {
      s = await useStack({ SANDBOX_BYPASS_RATE_LIMIT: 'false', TRUST_PROXY: 'loopback' });
    });
    after(stopStack);

    it('lets a client log in 10 times a minute; the 11th is 429 with Retry-After, other clients are unaffected', async () => {
      const http = client(s, newIp());
      for (let i = 1; i <= 10; i++) {
        const res = await login(http);
        assert.equal(res.status, 200, `login ${i}: ${res.text}`);
      }
      const eleventh = await login(http);
      assertRateLimited(eleventh, '/api/v1/auth/login');
      assert.equal(eleventh.body.error.context.retry_after, Number(eleventh.headers.get('retry-after')));
      assert.match(eleventh.body.detail, /try again in \d+ seconds/);
      // Failed attempts count too: the cap is there to slow password guessing.
      assertRateLimited(await login(http, TEST_ADMIN.email, 'Wrong-Passw0rd'), '/api/v1/auth/login');

      const other = client(s, newIp());
      assert.equal((await login(other)).status, 200);
      // The cap is on login only: the same client can still use the rest of the API.
      assertProblem(await http('GET', '/api/v1/agents/by-did/did:agentvault:nobody'), 404, 'not_found');
    });

    it('counts failed logins against the cap as well', async () => {
      const http = client(s, newIp());
      for (let i = 1; i <= 10; i++) {
        assertProblem(await login(http, TEST_ADMIN.email, `Wrong-Passw0rd-${i}`), 401, 'unauthorized');
      }
      // Even the right password is refused now.
      assertRateLimited(await login(http), '/api/v1/auth/login');
    });

    it('lets a client register 5 developers a minute; the 6th is 429', async () => {
      const http = client(s, newIp());
      const register = () =>
        http('POST', '/api/v1/auth/register-developer', { json: { email: `cap-${uniqueSuffix()}@example.com`, password: PASSWORD, name: 'Cap' } });
      for (let i = 1; i <= 5; i++) {
        const res = await register();
        assert.equal(res.status, 201, `registration ${i}: ${res.text}`);
      }
      assertRateLimited(await register(), '/api/v1/auth/register-developer');
      assert.equal((await client(s, newIp())('POST', '/api/v1/auth/register-developer', {
        json: { email: `cap-${uniqueSuffix()}@example.com`, password: PASSWORD, name: 'Cap' },
      })).status, 201);
    });

    it('lets a client try account recovery 3 times a minute; the 4th is 429', async () => {
      const http = client(s, newIp());
      const recover = () => http('POST', '/api/v1/auth/recover-account', { json: { email: TEST_ADMIN.email, recovery_key: 'not-a-real-key' } });
      for (let i = 1; i <= 3; i++) assertProblem(await recover(), 401, 'unauthorized');
      assertRateLimited(await recover(), '/api/v1/auth/recover-account');
    });
  });

  describe('SANDBOX_BYPASS_RATE_LIMIT=true', () => {
    let s: Stack;
    before(async () => {
      s = await useStack({ SANDBOX_BYPASS_RATE_LIMIT: 'true' });
    });
    after(stopStack);

    it('turns the per-endpoint caps off: the 11th and 12th logins succeed', async () => {
      const http = client(s);
      for (let i = 1; i <= 12; i++) {
        const res = await login(http);
        assert.equal(res.status, 200, `login ${i}: ${res.text}`);
      }
      for (let i = 1; i <= 4; i++) {
        const res = await http('POST', '/api/v1/auth/recover-account', { json: { email: TEST_ADMIN.email, recovery_key: 'nope' } });
        assert.equal(res.status, 401, `recovery ${i}: ${res.text}`);
      }
    });
  });

  describe('role buckets (RATE_LIMIT_DEVELOPER=3, RATE_LIMIT_PUBLIC=3)', () => {
    let s: Stack;
    before(async () => {
      s = await useStack({ RATE_LIMIT_DEVELOPER: '3', RATE_LIMIT_PUBLIC: '3', TRUST_PROXY: 'loopback' });
    });
    after(stopStack);

    it('gives a developer 3 requests a minute; the 4th is 429', async () => {
      const token = await registerAndLogin(client(s, newIp()));
      const http = client(s, newIp());
      for (let i = 1; i <= 3; i++) {
        const res = await http('GET', '/api/v1/developers/me', { token });
        assert.equal(res.status, 200, `request ${i}: ${res.text}`);
      }
      assertRateLimited(await http('GET', '/api/v1/developers/me', { token }), '/api/v1/developers/me');
      assertRateLimited(await http('GET', '/api/v1/developers/me/agents', { token }), '/api/v1/developers/me/agents');
      // Buckets are per role and IP: the same client's public bucket is untouched...
      assertProblem(await http('GET', '/api/v1/agents/by-did/did:agentvault:nobody'), 404, 'not_found');
      // ...and so is the developer bucket of another address.
      assert.equal((await client(s, newIp())('GET', '/api/v1/developers/me', { token })).status, 200);
    });

    it('gives anonymous callers 3 requests a minute on public routes; the 4th is 429', async () => {
      const http = client(s, newIp());
      for (let i = 1; i <= 3; i++) assertProblem(await http('GET', `/api/v1/agents/by-did/x${i}`), 404, 'not_found');
      assertRateLimited(await http('GET', '/api/v1/agents/by-did/x'), '/api/v1/agents/by-did/x');
      // Logging in is public too.
      assertRateLimited(await login(http), '/api/v1/auth/login');
    });

    it('exempts an admin (admin_platform) from the role bucket', async () => {
      const http = client(s, newIp());
      const res = await login(http);
      assert.equal(res.status, 200, res.text);
      const token = res.body.access_token;
      for (let i = 1; i <= 8; i++) {
        const me = await http('GET', '/api/v1/developers/me', { token });
        assert.equal(me.status, 200, `request ${i}: ${me.text}`);
        assert.equal(me.body.role, 'admin_platform');
      }
    });
  });

  describe('global per-IP layer (RATE_LIMIT_GLOBAL=5, no trusted proxy)', () => {
    let s: Stack;
    before(async () => {
      s = await useStack({ RATE_LIMIT_GLOBAL: '5' });
    });
    after(stopStack);

    it('answers 429 on every endpoint once an IP has used its 5 requests, whatever X-Forwarded-For says', async () => {
      const http = client(s);
      assert.equal((await http('GET', '/.well-known/jwks.json')).status, 200);
      assertProblem(await http('GET', '/api/v1/agents/by-did/did:agentvault:nobody'), 404, 'not_found');
      assertProblem(await http('GET', '/api/v1/no-such-endpoint'), 404, 'not_found');
      assert.equal((await login(http)).status, 200);
      assertProblem(await http('GET', '/api/v1/developers/me'), 401, 'unauthorized');

      assertRateLimited(await http('GET', '/api/v1/agents/by-did/did:agentvault:nobody'), '/api/v1/agents/by-did/did:agentvault:nobody');
      assertRateLimited(await login(http), '/api/v1/auth/login');
      assertRateLimited(await http('GET', '/api/v1/developers/me'), '/api/v1/developers/me');
      assertRateLimited(await http('GET', '/api/v1/no-such-endpoint'), '/api/v1/no-such-endpoint');
      assertRateLimited(await http('GET', '/.well-known/jwks.json'), '/.well-known/jwks.json');
      // Without TRUST_PROXY a client cannot escape its bucket by inventing a forwarding address.
      assertRateLimited(await client(s, newIp())('GET', '/api/v1/agents/by-did/x'), '/api/v1/agents/by-did/x');
    });

    it('never limits the health, readiness and metrics probes', async () => {
      const http = client(s);
      for (let i = 0; i < 3; i++) {
        for (const path of ['/health', '/ready', '/metrics']) assert.equal((await http('GET', path)).status, 200, path);
      }
    });
  });

  describe('shared counting through Redis (one identity, two gateways)', () => {
    let s: Stack;
    let second: RunningProcess | undefined;
    let secondUrl: string;
    before(async function () {
      // Ten processes started one after another: about 45 s on a quiet 2-core machine, more beside other test files.
      this.timeout(240_000);
      s = await useStack({ SANDBOX_BYPASS_RATE_LIMIT: 'false' }, 'split');
      second = startAgentVault('gateway-2', ['--target=gateway'], { ...s.env, PORT: '0', MIGRATE_ON_START: 'false' });
      s.processes.push(second); // its output joins the failure report, and stack.stop() stops it too
      secondUrl = `http://127.0.0.1:${(await waitForProcess(second)).ports.http}`;
    });
    after(async () => {
      if (second) await stopProcess(second);
      await stopStack();
    });

    it('counts logins sent alternately to the two gateways together', async () => {
      assert.notEqual(secondUrl, s.baseUrl);
      const gateways = [httpClient(s.baseUrl), httpClient(secondUrl)];
      // Six go to the first and five to the second: neither alone reaches 10.
      for (let i = 0; i < 10; i++) {
        const res = await login(gateways[i % 2]!);
        assert.equal(res.status, 200, `login ${i + 1}: ${res.text}`);
      }
      assertRateLimited(await login(gateways[0]!), '/api/v1/auth/login');
      assertRateLimited(await login(gateways[1]!), '/api/v1/auth/login');
    });
  });

  describe('fail-open when Redis is unreachable', () => {
    let s: Stack;
    before(async () => {
      s = await useStack({ REDIS_URL: `redis://127.0.0.1:${CLOSED_PORT}`, SANDBOX_BYPASS_RATE_LIMIT: 'false', RATE_LIMIT_GLOBAL: '1000' });
    });
    after(stopStack);

    it('still serves every kind of request (no 500, no 503)', async () => {
      // Redis really is out of reach for this registry...
      await waitFor(() => s.logs().includes('redis unavailable'), { what: 'the gateway to report Redis unavailable' });
      const http = client(s);
      const token = await registerAndLogin(http);
      for (let i = 0; i < 3; i++) {
        assert.equal((await login(http)).status, 200);
        assert.equal((await http('GET', '/api/v1/developers/me', { token })).status, 200);
        assertProblem(await http('GET', '/api/v1/agents/by-did/did:agentvault:nobody'), 404, 'not_found');
        assert.equal((await http('GET', '/.well-known/jwks.json')).status, 200);
      }
      const bst = await http('POST', '/api/v1/onboard/bootstrap/request-token', { token, json: {} });
      assert.equal(bst.status, 200, bst.text);
      const agent = await http('POST', '/api/v1/onboard/create_agent', { headers: { 'Bootstrap-Token': bst.body.bootstrap_token }, json: { agent_card: { name: 'Survivor' } } });
      assert.equal(agent.status, 201, agent.text);
      assert.equal((await http('GET', '/ready')).status, 200);
    });
  });
});
