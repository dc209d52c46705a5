import assert from 'node:assert/strict';
import { createLocalJWKSet, jwtVerify } from 'jose';
import { currentTotpCode } from '@agentvault/identity';
import { createTestDatabase, httpClient, startStack, TEST_ADMIN, uniqueSuffix, waitFor, type HttpRequest, type Stack, type TestDatabase } from '@agentvault/testing';

const PASSWORD = 'Corr3ct-Horse!';

function assertProblem(res: { status: number; headers: Headers; body: any }, status: number, detail?: string | RegExp) {
  assert.equal(res.status, status, JSON.stringify(res.body));
  assert.match(res.headers.get('content-type') ?? '', /^application\/problem\+json/);
  assert.equal(res.body.status, status);
  assert.equal(typeof res.body.type, 'string');
  assert.equal(typeof res.body.title, 'string');
  assert.equal(typeof res.body.instance, 'string');
  assert.equal(res.body.error.detail, res.body.detail);
  if (typeof detail === 'string') assert.equal(res.body.detail, detail);
  else if (detail) assert.match(res.body.detail, detail);
}

/** The onboarding flows (1, 2, 3 and 9) over real HTTP, for one process layout. */
function onboardingSuite(layout: 'all' | 'split') {
  describe(`onboarding end to end (--target=${layout === 'all' ? 'all' : 'one process per service'})`, function () {
    this.timeout(120_000);
    let db: TestDatabase;
    let stack: Stack;
    let http: HttpRequest;

    before(async () => {
      db = await createTestDatabase();
      stack = await startStack({ layout, databaseUrl: db.url });
      http = httpClient(stack.baseUrl);
    });
    after(async () => {
      await stack?.stop();
      await db?.drop();
    });
    afterEach(function () {
      if (this.currentTest?.state === 'failed') console.error(stack.logs().slice(-6000));
    });

    async function newDeveloper() {
      const email = `dev-${uniqueSuffix()}@example.com`;
      const reg = await http('POST', '/api/v1/auth/register-developer', { json: { email, password: PASSWORD, name: 'Dev' } });
      assert.equal(reg.status, 201, reg.text);
      const login = await http('POST', '/api/v1/auth/login', { form: { username: email, password: PASSWORD } });
      assert.equal(login.status, 200, login.text);
      return { email, token: login.body.access_token as string, recoveryKeys: reg.body.recovery_keys as string[] };
    }

    async function newAgent(devToken: string, name = 'Weather Bot') {
      const bst = await http('POST', '/api/v1/onboard/bootstrap/request-token', { token: devToken, json: {} });
      assert.equal(bst.status, 200, bst.text);
      const created = await http('POST', '/api/v1/onboard/create_agent', {
        headers: { 'Bootstrap-Token': bst.body.bootstrap_token },
        json: { agent_card: { name, description: 'Forecasts', capabilities: { streaming: false }, skills: [{ id: 'forecast' }] } },
      });
      assert.equal(created.status, 201, created.text);
      return created.body;
    }

    it('registers a developer, shows the recovery keys once, and refuses a taken email', async () => {
      const email = `reg-${uniqueSuffix()}@example.com`;
      const res = await http('POST', '/api/v1/auth/register-developer', { json: { email, password: PASSWORD, name: 'Reg' } });
      assert.equal(res.status, 201);
      assert.equal(res.body.developer.email, email);
      assert.equal(res.body.recovery_keys.length, 8);
      assert.equal(JSON.stringify(res.body).includes('password'), false);
      assertProblem(await http('POST', '/api/v1/auth/register-developer', { json: { email, password: PASSWORD, name: 'Again' } }), 409, 'Email already registered');
    });

    it('names the field of a weak password or a bad email (422)', async () => {
      const weak = await http('POST', '/api/v1/auth/register-developer', { json: { email: `w-${uniqueSuffix()}@example.com`, password: 'short', name: 'W' } });
      assertProblem(weak, 422, /password is too weak/);
      assert.equal(weak.body.error.field, 'password');
      const badEmail = await http('POST', '/api/v1/auth/register-developer', { json: { email: 'not-an-email', password: PASSWORD, name: 'W' } });
      assertProblem(badEmail, 422);
      assert.equal(badEmail.body.error.field, 'email');
      const missing = await http('POST', '/api/v1/auth/register-developer', { json: { email: `m-${uniqueSuffix()}@example.com` } });
      assertProblem(missing, 422);
    });

    it('logs in with a form and refuses JSON, wrong passwords and unknown accounts', async () => {
      const { email } = await newDeveloper();
      const ok = await http('POST', '/api/v1/auth/login', { form: { username: email, password: PASSWORD } });
      assert.equal(ok.status, 200);
      assert.equal(ok.body.token_type, 'bearer');
      assert.equal(ok.body.expires_in, 3600);
      assertProblem(await http('POST', '/api/v1/auth/login', { json: { username: email, password: PASSWORD } }), 422, /form-encoded/);
      assertProblem(await http('POST', '/api/v1/auth/login', { form: { username: email, password: 'Wrong-Passw0rd' } }), 401, 'Incorrect email or password');
      assertProblem(await http('POST', '/api/v1/auth/login', { form: { username: 'nobody@example.com', password: PASSWORD } }), 401, 'Incorrect email or password');
    });

    it('serves the developer and a JWKS that verifies its EdDSA tokens', async () => {
      const { email, token } = await newDeveloper();
      const me = await http('GET', '/api/v1/developers/me', { token });
      assert.equal(me.status, 200);
      assert.equal(me.body.email, email);
      assert.equal(me.body.is_admin, false);
      const jwks = await http('GET', '/.well-known/jwks.json');
      assert.equal(jwks.status, 200);
      assert.ok(jwks.body.keys.every((k: any) => k.alg === 'EdDSA' && k.crv === 'Ed25519' && !k.d));
      const { payload, protectedHeader } = await jwtVerify(token, createLocalJWKSet(jwks.body), { audience: 'agentvault-api', issuer: 'agentvault' });
      assert.equal(protectedHeader.alg, 'EdDSA');
      assert.equal(payload.tier, 'developer');
      assertProblem(await http('GET', '/api/v1/developers/me'), 401, 'Not authenticated');
      assertProblem(await http('GET', '/api/v1/developers/me', { token: 'not.a.jwt' }), 401);
    });

    it('makes the bootstrap admin at start-up', async () => {
      const login = await http('POST', '/api/v1/auth/login', { form: { username: TEST_ADMIN.email, password: TEST_ADMIN.password } });
      assert.equal(login.status, 200, login.text);
      const me = await http('GET', '/api/v1/developers/me', { token: login.body.access_token });
      assert.equal(me.body.role, 'admin_platform');
      assert.equal(me.body.is_admin, true);
    });

    it('onboards an agent with a single-use bootstrap token (flow 2)', async () => {
      const { token } = await newDeveloper();
      const bst = await http('POST', '/api/v1/onboard/bootstrap/request-token', { token, json: { agent_type_hint: 'assistant' } });
      assert.equal(bst.status, 200);
      assert.match(bst.body.bootstrap_token, /^bst_/);
      assert.ok(bst.body.expires_in > 0);
      assert.ok(Date.parse(bst.body.expires_at) > Date.now());

      const card = { name: 'Translator', description: 'Translates text', capabilities: { streaming: true }, url: 'https://agent.example.com' };
      const viaBearer = await http('POST', '/api/v1/onboard/create_agent', { token: bst.body.bootstrap_token, json: { agent_card: card } });
      assert.equal(viaBearer.status, 201, viaBearer.text);
      assert.match(viaBearer.body.agent_did, /^did:agentvault:[0-9a-f]{32}$/);
      assert.ok(viaBearer.body.client_id);
      assert.ok(viaBearer.body.client_secret);
      assert.equal(viaBearer.body.account_status, 'active');
      assert.equal(viaBearer.body.agent_card_name, 'Translator');
      assert.ok(viaBearer.body.agent_card_id);

      const reused = await http('POST', '/api/v1/onboard/create_agent', { headers: { 'Bootstrap-Token': bst.body.bootstrap_token }, json: { agent_card: card } });
      assertProblem(reused, 409, 'Bootstrap token has already been used');
      assertProblem(await http('POST', '/api/v1/onboard/create_agent', { headers: { 'Bootstrap-Token': 'bst_unknown' }, json: { agent_card: card } }), 401, 'Invalid bootstrap token');
      assertProblem(await http('POST', '/api/v1/onboard/create_agent', { token, json: { agent_card: card } }), 401);
      assertProblem(await http('POST', '/api/v1/onboard/create_agent', { json: { agent_card: card } }), 401);
      const noName = await http('POST', '/api/v1/onboard/create_agent', {
        headers: { 'Bootstrap-Token': (await http('POST', '/api/v1/onboard/bootstrap/request-token', { token, json: {} })).body.bootstrap_token },
        json: { agent_card: { description: 'nameless' } },
      });
      assertProblem(noName, 422);
      assert.equal(noName.body.error.field, 'agent_card.name');
    });

    it('authenticates an agent with its client credentials (flow 3)', async () => {
      const { token: devToken } = await newDeveloper();
      const agent = await newAgent(devToken);
      const tokenRes = await http('POST', '/api/v1/auth/agent/token', { form: { client_id: agent.client_id, client_secret: agent.client_secret } });
      assert.equal(tokenRes.status, 200, tokenRes.text);
      const alias = await http('POST', '/api/v1/auth/agent/token', { form: { username: agent.client_id, password: agent.client_secret } });
      assert.equal(alias.status, 200);
      const agentToken = tokenRes.body.access_token;

      const me = await http('GET', '/api/v1/agents/me', { token: agentToken });
      assert.equal(me.status, 200);
      assert.equal(me.body.did, agent.agent_did);
      assert.equal(me.body.agent_card.name, 'Weather Bot');
      assert.equal(JSON.stringify(me.body).includes(agent.client_secret), false);

      assertProblem(await http('GET', '/api/v1/agents/me', { token: devToken }), 401, 'Could not validate agent credentials');
      assertProblem(await http('GET', '/api/v1/developers/me', { token: agentToken }), 401);
      assertProblem(await http('POST', '/api/v1/auth/agent/token', { form: { client_id: agent.client_id, client_secret: 'avs_wrong' } }), 401, 'Invalid client credentials');

      const pub = await http('GET', `/api/v1/agents/by-did/${agent.agent_did}`);
      assert.equal(pub.status, 200);
      assert.equal(pub.body.did, agent.agent_did);
      assert.equal(pub.body.agent_card.card.skills[0].id, 'forecast');
      assert.equal('client_id' in pub.body, false);
    });

    it('answers an unknown DID with the documented 404, to the letter', async () => {
      const res = await http('GET', '/api/v1/agents/by-did/did:theprotocol:does-not-exist');
      assert.equal(res.status, 404);
      assert.match(res.headers.get('content-type')!, /^application\/problem\+json/);
      assert.deepEqual(res.body, {
        error: { detail: 'Agent with DID did:theprotocol:does-not-exist not found', type: 'not_found' },
        type: 'https://docs.example.com/errors/not_found',
        title: 'Not Found',
        status: 404,
        detail: 'Agent with DID did:theprotocol:does-not-exist not found',
        instance: '/api/v1/agents/by-did/did:theprotocol:does-not-exist',
      });
    });

    it('lists the developer’s agents a page at a time', async () => {
      const { token } = await newDeveloper();
      for (let i = 0; i < 3; i++) await newAgent(token, `Agent ${i}`);
      const all = await http('GET', '/api/v1/developers/me/agents', { token });
      assert.equal(all.status, 200);
      assert.deepEqual([all.body.total, all.body.limit, all.body.offset, all.body.items.length], [3, 50, 0, 3]);
      const page = await http('GET', '/api/v1/developers/me/agents?limit=2&offset=2', { token });
      assert.deepEqual([page.body.total, page.body.limit, page.body.offset, page.body.items.length], [3, 2, 2, 1]);
      assert.equal(page.body.items[0].agent_card.name, 'Agent 2');
      for (const bad of ['limit=0', 'limit=101', 'offset=-1', 'limit=abc']) {
        const res = await http('GET', `/api/v1/developers/me/agents?${bad}`, { token });
        assertProblem(res, 422);
      }
    });

    it('creates, lists, uses and revokes API keys (flow 9)', async () => {
      const { token } = await newDeveloper();
      const created = await http('POST', '/api/v1/auth/api-keys', { token, json: { description: 'CI' } });
      assert.equal(created.status, 201, created.text);
      const key = created.body.plain_api_key as string;
      assert.match(key, /^avreg_[0-9a-f]{64}$/);
      assert.ok(created.body.api_key_info.id);
      assert.ok(key.startsWith(created.body.api_key_info.prefix.replace(/\.\.\.$/, '')));

      const list = await http('GET', '/api/v1/auth/api-keys', { token });
      assert.equal(list.status, 200);
      assert.equal(list.body.length, 1);
      assert.equal(list.text.includes(key), false);

      assert.equal((await http('GET', '/api/v1/developers/me', { token: key })).status, 200);
      assert.equal((await http('GET', '/api/v1/developers/me', { headers: { 'X-Api-Key': key } })).status, 200);
      const bst = await http('POST', '/api/v1/onboard/bootstrap/request-token', { token: key, json: {} });
      assert.equal(bst.status, 200);
      assertProblem(await http('GET', '/api/v1/agents/me', { token: key }), 401, 'Could not validate agent credentials');

      assert.equal((await http('DELETE', `/api/v1/auth/api-keys/${created.body.api_key_info.id}`, { token })).status, 204);
      assertProblem(await http('GET', '/api/v1/developers/me', { token: key }), 401, 'Invalid API key');
      assertProblem(await http('DELETE', `/api/v1/auth/api-keys/${created.body.api_key_info.id}`, { token }), 404);
      const other = await newDeveloper();
      const theirs = await http('POST', '/api/v1/auth/api-keys', { token: other.token, json: {} });
      assertProblem(await http('DELETE', `/api/v1/auth/api-keys/${theirs.body.api_key_info.id}`, { token }), 404);
    });

    it('logs out: the presented token stops working', async () => {
      const { token } = await newDeveloper();
      assert.equal((await http('POST', '/api/v1/auth/logout', { token })).status, 204);
      assertProblem(await http('GET', '/api/v1/developers/me', { token }), 401, /revoked/);
    });

    it('requires the TOTP code once 2FA is on; each code counts once; enabling it ends earlier sessions', async () => {
      // Steps roll over every 30 s: start well inside one, so that the codes below stay in their window.
      await waitFor(() => (Date.now() / 1000) % 30 < 25, { intervalMs: 200, what: 'a TOTP step with time left' });
      const { email, token } = await newDeveloper();
      const setup = await http('POST', '/api/v1/auth/2fa/setup', { token });
      assert.equal(setup.status, 200);
      assert.match(setup.body.otpauth_uri, /^otpauth:\/\/totp\//);
      assertProblem(await http('POST', '/api/v1/auth/2fa/enable', { token, json: { code: '000000' } }), 422, 'Invalid 2FA code');
      const enable = await http('POST', '/api/v1/auth/2fa/enable', { token, json: { code: currentTotpCode(setup.body.secret, -1) } });
      assert.equal(enable.status, 200);
      assert.equal(enable.body.enabled, true);
      assertProblem(await http('GET', '/api/v1/developers/me', { token }), 401, /revoked/);

      assertProblem(await http('POST', '/api/v1/auth/login', { form: { username: email, password: PASSWORD } }), 403, '2FA required');
      assertProblem(await http('POST', '/api/v1/auth/login', { form: { username: email, password: PASSWORD, totp_code: '123456' } }), 401);
      const code = currentTotpCode(setup.body.secret);
      const ok = await http('POST', '/api/v1/auth/login', { form: { username: email, password: PASSWORD, totp_code: code } });
      assert.equal(ok.status, 200);
      assertProblem(await http('POST', '/api/v1/auth/login', { form: { username: email, password: PASSWORD, totp_code: code } }), 401, 'Invalid 2FA code');

      const disable = await http('POST', '/api/v1/auth/2fa/disable', { token: ok.body.access_token, json: { code: currentTotpCode(setup.body.secret, 1) } });
      assert.equal(disable.status, 200);
      assert.equal((await http('POST', '/api/v1/auth/login', { form: { username: email, password: PASSWORD } })).status, 200);
    });

    it('recovers an account with a one-time recovery key; the reset ends earlier sessions, API keys survive', async () => {
      const { email, token: before, recoveryKeys } = await newDeveloper();
      const apiKey = (await http('POST', '/api/v1/auth/api-keys', { token: before, json: { description: 'survives' } })).body.plain_api_key;
      assert.equal((await http('GET', '/api/v1/developers/me', { token: before })).status, 200);
      const recovered = await http('POST', '/api/v1/auth/recover-account', { json: { email, recovery_key: recoveryKeys[0] } });
      assert.equal(recovered.status, 200, recovered.text);
      const recoveryToken = recovered.body.access_token;

      assertProblem(await http('GET', '/api/v1/developers/me', { token: recoveryToken }), 401);
      assertProblem(await http('POST', '/api/v1/auth/set-new-password', { token: recoveryToken, json: { new_password: 'weak' } }), 422);
      const set = await http('POST', '/api/v1/auth/set-new-password', { token: recoveryToken, json: { new_password: 'N3w-Passw0rd!' } });
      assert.equal(set.status, 200, set.text);
      assertProblem(await http('POST', '/api/v1/auth/set-new-password', { token: recoveryToken, json: { new_password: 'An0ther-Pass!' } }), 401);
      assertProblem(await http('GET', '/api/v1/developers/me', { token: before }), 401, /revoked/);
      assert.equal((await http('GET', '/api/v1/developers/me', { headers: { 'X-API-Key': apiKey } })).status, 200);

      assert.equal((await http('POST', '/api/v1/auth/login', { form: { username: email, password: PASSWORD } })).status, 401);
      assert.equal((await http('POST', '/api/v1/auth/login', { form: { username: email, password: 'N3w-Passw0rd!' } })).status, 200);
      assertProblem(await http('POST', '/api/v1/auth/recover-account', { json: { email, recovery_key: recoveryKeys[0] } }), 401, 'Invalid email or recovery key');
      assert.equal((await http('POST', '/api/v1/auth/recover-account', { json: { email, recovery_key: recoveryKeys[1]!.toLowerCase() } })).status, 200);
      assertProblem(await http('POST', '/api/v1/auth/set-new-password', { json: { new_password: 'N3w-Passw0rd!' } }), 401);
    });
  });
}

onboardingSuite('all');
onboardingSuite('split');
