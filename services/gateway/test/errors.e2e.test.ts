import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { createTestDatabase, httpClient, startStack, uniqueSuffix, type HttpRequest, type Stack, type TestDatabase, type TestResponse } from '@agentvault/testing';

/**
 * What a client sees when it gets something wrong: the RFC 7807 dual-emit body of
 * registry-api-flows.txt § Error Shapes, with application/problem+json, for every kind of bad
 * input, and never a 500 for a mistake of the caller's.
 */

const PASSWORD = 'Corr3ct-Horse!';
const TYPE_BASE = 'https://docs.example.com/errors/';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const TITLES: Record<number, string> = {
  400: 'Bad Request', 401: 'Unauthorized', 404: 'Not Found', 413: 'Payload Too Large', 415: 'Unsupported Media Type', 422: 'Unprocessable Entity',
};

/** Both halves of the dual-emit body, consistent with each other and with the response. */
function assertProblem(res: TestResponse, status: number, type: string, instance?: string) {
  assert.equal(res.status, status, `${res.status} ${res.text}`);
  assert.match(res.headers.get('content-type') ?? '', /^application\/problem\+json/);
  const body = res.body;
  assert.ok(body && typeof body === 'object', `not JSON: ${res.text}`);
  assert.equal(body.error.type, type);
  assert.equal(typeof body.error.detail, 'string');
  assert.ok(body.error.detail.length > 0);
  assert.equal(body.type, `${TYPE_BASE}${type}`);
  assert.equal(body.title, TITLES[status] ?? body.title);
  assert.equal(body.status, status);
  assert.equal(body.detail, body.error.detail);
  assert.equal(typeof body.instance, 'string');
  if (instance !== undefined) assert.equal(body.instance, instance);
}

/** Any client error, as long as it is a client error with our shape: never a 5xx for bad input. */
function assertClientError(res: TestResponse, what: string) {
  assert.ok(res.status >= 400 && res.status < 500, `${what}: ${res.status} ${res.text}`);
  assert.match(res.headers.get('content-type') ?? '', /^application\/problem\+json/, what);
  assert.equal(res.body?.status, res.status, what);
  assert.equal(res.body?.detail, res.body?.error?.detail, what);
  assert.equal(res.body?.type, `${TYPE_BASE}${res.body?.error?.type}`, what);
}

describe('error shapes end to end (BODY_LIMIT=16kb)', function () {
  this.timeout(60_000);
  let db: TestDatabase;
  let stack: Stack;
  let http: HttpRequest;
  let devToken: string;
  let agentToken: string;
  let apiKey: string;

  before(async () => {
    db = await createTestDatabase();
    stack = await startStack({ layout: 'all', databaseUrl: db.url, env: { BODY_LIMIT: '16kb' } });
    http = httpClient(stack.baseUrl);

    const email = `err-${uniqueSuffix()}@example.com`;
    assert.equal((await http('POST', '/api/v1/auth/register-developer', { json: { email, password: PASSWORD, name: 'Errors' } })).status, 201);
    devToken = (await http('POST', '/api/v1/auth/login', { form: { username: email, password: PASSWORD } })).body.access_token;
    apiKey = (await http('POST', '/api/v1/auth/api-keys', { token: devToken, json: { description: 'errors' } })).body.plain_api_key;
    const bst = await http('POST', '/api/v1/onboard/bootstrap/request-token', { token: devToken, json: {} });
    const agent = await http('POST', '/api/v1/onboard/create_agent', { headers: { 'Bootstrap-Token': bst.body.bootstrap_token }, json: { agent_card: { name: 'Err Bot' } } });
    assert.equal(agent.status, 201, agent.text);
    agentToken = (await http('POST', '/api/v1/auth/agent/token', { form: { client_id: agent.body.client_id, client_secret: agent.body.client_secret } })).body.access_token;
    assert.ok(devToken && agentToken && apiKey);
  });
  after(async () => {
    await stack?.stop();
    await db?.drop();
  });
  afterEach(function () {
    if (this.currentTest?.state === 'failed') console.error(stack.logs().slice(-6000));
  });

  describe('unknown routes', () => {
    it('answers an unknown path with the dual-emit 404', async () => {
      const res = await http('GET', '/api/v1/no/such/thing?verbose=1');
      assert.equal(res.status, 404);
      assert.match(res.headers.get('content-type')!, /^application\/problem\+json/);
      assert.deepEqual(res.body, {
        error: { detail: 'No endpoint GET /api/v1/no/such/thing', type: 'not_found', code: 'RESOURCE_NOT_FOUND' },
        type: `${TYPE_BASE}not_found`,
        title: 'Not Found',
        status: 404,
        detail: 'No endpoint GET /api/v1/no/such/thing',
        instance: '/api/v1/no/such/thing',
      });
    });

    it('answers a method a path does not take, and paths outside the API, the same way', async () => {
      assertProblem(await http('DELETE', '/api/v1/developers/me', { token: devToken }), 404, 'not_found', '/api/v1/developers/me');
      assertProblem(await http('PUT', '/api/v1/auth/login', { form: { username: 'a', password: 'b' } }), 404, 'not_found');
      assertProblem(await http('GET', '/'), 404, 'not_found', '/');
      assertProblem(await http('GET', '/api/v2/agents/by-did/x'), 404, 'not_found');
      assertProblem(await http('POST', '/api/v1/no-such-endpoint', { json: { a: 1 } }), 404, 'not_found');
    });
  });

  describe('request bodies', () => {
    it('answers malformed JSON with 400', async () => {
      for (const raw of ['{"email":', '{"email": "a@example.com",}', "{'email': 'a'}", 'null', '"just a string"', '12']) {
        const res = await http('POST', '/api/v1/auth/register-developer', { raw, contentType: 'application/json' });
        assertProblem(res, 400, 'bad_request', '/api/v1/auth/register-developer');
        assert.equal(res.body.detail, 'Malformed JSON in request body', raw);
      }
      // application/*+json is parsed as JSON too.
      assertProblem(await http('POST', '/api/v1/auth/register-developer', { raw: '{', contentType: 'application/merge-patch+json' }), 400, 'bad_request');
    });

    it('answers a body over BODY_LIMIT with 413, JSON or form', async () => {
      const big = 'x'.repeat(17 * 1024);
      const json = await http('POST', '/api/v1/auth/register-developer', { json: { email: 'big@example.com', password: PASSWORD, name: big } });
      assertProblem(json, 413, 'payload_too_large', '/api/v1/auth/register-developer');
      assert.match(json.body.detail, /larger than the limit of 16384 bytes/);
      assertProblem(await http('POST', '/api/v1/auth/login', { form: { username: 'big@example.com', password: big } }), 413, 'payload_too_large');
      assertProblem(await http('POST', '/api/v1/onboard/create_agent', { headers: { 'Bootstrap-Token': 'bst_x' }, json: { agent_card: { name: 'x', description: big } } }), 413, 'payload_too_large');
      // Just under the limit is fine.
      const under = await http('POST', '/api/v1/auth/login', { form: { username: 'under@example.com', password: 'x'.repeat(15 * 1024) } });
      assertProblem(under, 401, 'unauthorized');
    });

    it('answers form data sent to a JSON endpoint with 415, and JSON sent to a form endpoint with 422 naming the body', async () => {
      const form = await http('POST', '/api/v1/auth/register-developer', { form: { email: 'f@example.com', password: PASSWORD, name: 'F' } });
      assertProblem(form, 415, 'unsupported_media_type', '/api/v1/auth/register-developer');
      assert.match(form.body.detail, /application\/json/);
      const json = await http('POST', '/api/v1/auth/login', { json: { username: 'f@example.com', password: PASSWORD } });
      assertProblem(json, 422, 'validation_error');
      assert.equal(json.body.error.field, 'body');
      assert.match(json.body.detail, /form-encoded/);
      const agentJson = await http('POST', '/api/v1/auth/agent/token', { json: { client_id: 'a', client_secret: 'b' } });
      assertProblem(agentJson, 422, 'validation_error');
      assert.equal(agentJson.body.error.field, 'body');
    });

    it('answers other media types and encodings with our shape (415 or 422)', async () => {
      const plain = await http('POST', '/api/v1/auth/register-developer', { raw: 'hello', contentType: 'text/plain' });
      assert.ok([415, 422].includes(plain.status), plain.text);
      assertProblem(plain, plain.status, plain.status === 415 ? 'unsupported_media_type' : 'validation_error');
      assertProblem(await http('POST', '/api/v1/auth/register-developer', { raw: '{}', contentType: 'application/json; charset=iso-8859-1' }), 415, 'unsupported_media_type');
      assertProblem(
        await http('POST', '/api/v1/auth/register-developer', { raw: '{}', headers: { 'content-type': 'application/json', 'content-encoding': 'compress' } }),
        415,
        'unsupported_media_type',
      );
    });

    it('accepts a gzip-encoded JSON body, and refuses a corrupt one with 400', async () => {
      const email = `gz-${uniqueSuffix()}@example.com`;
      const gz = await fetch(`${stack.baseUrl}/api/v1/auth/register-developer`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
        body: gzipSync(JSON.stringify({ email, password: PASSWORD, name: 'Gzip' })),
      });
      assert.equal(gz.status, 201, await gz.text());
      const corrupt = await http('POST', '/api/v1/auth/register-developer', { raw: '{"not":"gzip"}', headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' } });
      assertProblem(corrupt, 400, 'bad_request');
    });
  });

  describe('validation', () => {
    it('names the offending field in error.field and lists every issue in error.context', async () => {
      const badEmail = await http('POST', '/api/v1/auth/register-developer', { json: { email: 'not-an-email', password: PASSWORD, name: 'V' } });
      assertProblem(badEmail, 422, 'validation_error');
      assert.equal(badEmail.body.error.field, 'email');
      assert.equal(badEmail.body.error.code, 'VALIDATION_FAILED');

      const wrongType = await http('POST', '/api/v1/auth/register-developer', { json: { email: 5, password: PASSWORD, name: 'V' } });
      assertProblem(wrongType, 422, 'validation_error');
      assert.equal(wrongType.body.error.field, 'email');

      const empty = await http('POST', '/api/v1/auth/register-developer', { json: {} });
      assertProblem(empty, 422, 'validation_error');
      assert.deepEqual(empty.body.error.context.errors.map((e: any) => e.field).sort(), ['email', 'name', 'password']);
      assert.ok(empty.body.error.context.errors.some((e: any) => e.field === empty.body.error.field));

      const array = await http('POST', '/api/v1/auth/register-developer', { json: [] });
      assertProblem(array, 422, 'validation_error');
      assert.equal(array.body.error.field, 'body');

      const noPassword = await http('POST', '/api/v1/auth/login', { form: { username: 'someone@example.com' } });
      assertProblem(noPassword, 422, 'validation_error');
      assert.equal(noPassword.body.error.field, 'password');

      const noSecret = await http('POST', '/api/v1/auth/agent/token', { form: { client_id: 'agent_x' } });
      assertProblem(noSecret, 422, 'validation_error');
      assert.equal(noSecret.body.error.field, 'client_secret');

      const longDid = await http('GET', `/api/v1/agents/by-did/${'d'.repeat(301)}`);
      assertProblem(longDid, 422, 'validation_error');
      assert.equal(longDid.body.error.field, 'did');

      const badCode = await http('POST', '/api/v1/auth/2fa/enable', { token: devToken, json: { code: '12ab' } });
      assertProblem(badCode, 422, 'validation_error');
      assert.equal(badCode.body.error.field, 'code');
    });

    it('names the query parameter of a bad page request', async () => {
      for (const [query, field] of [['limit=0', 'limit'], ['limit=101', 'limit'], ['limit=ten', 'limit'], ['offset=-1', 'offset'], ['offset=1.5', 'offset'], ['limit=1&limit=2', 'limit']]) {
        const res = await http('GET', `/api/v1/developers/me/agents?${query}`, { token: devToken });
        assertProblem(res, 422, 'validation_error', '/api/v1/developers/me/agents');
        assert.equal(res.body.error.field, field, query);
      }
    });
  });

  describe('no 500 for bad input', () => {
    it('refuses NUL characters and unpaired surrogates, which no field can store, with a 4xx naming the field', async () => {
      const bst = async () => (await http('POST', '/api/v1/onboard/bootstrap/request-token', { token: devToken, json: {} })).body.bootstrap_token as string;
      const cases: Array<[string, () => Promise<TestResponse>, string]> = [
        ['DID with NUL', () => http('GET', '/api/v1/agents/by-did/did%00x'), 'did'],
        ['name with NUL', () => http('POST', '/api/v1/auth/register-developer', { json: { email: `nul-${uniqueSuffix()}@example.com`, password: PASSWORD, name: 'a\u0000b' } }), 'name'],
        ['login with NUL', () => http('POST', '/api/v1/auth/login', { raw: 'username=a%00b%40example.com&password=x', contentType: 'application/x-www-form-urlencoded' }), 'username'],
        ['client_id with NUL', () => http('POST', '/api/v1/auth/agent/token', { raw: 'client_id=a%00b&client_secret=x', contentType: 'application/x-www-form-urlencoded' }), 'client_id'],
        ['API key description with NUL', () => http('POST', '/api/v1/auth/api-keys', { token: devToken, json: { description: 'a\u0000b' } }), 'description'],
        ['agent type hint with NUL', () => http('POST', '/api/v1/onboard/bootstrap/request-token', { token: devToken, json: { agent_type_hint: 'a\u0000b' } }), 'agent_type_hint'],
        ['card name with NUL', async () => http('POST', '/api/v1/onboard/create_agent', { headers: { 'Bootstrap-Token': await bst() }, json: { agent_card: { name: 'a\u0000b' } } }), 'agent_card.name'],
        ['card with a NUL key', async () => http('POST', '/api/v1/onboard/create_agent', { headers: { 'Bootstrap-Token': await bst() }, json: { agent_card: { name: 'ok', capabilities: { 'a\u0000': true } } } }), 'agent_card.capabilities'],
        ['card with an unpaired surrogate', async () => http('POST', '/api/v1/onboard/create_agent', { headers: { 'Bootstrap-Token': await bst() }, raw: '{"agent_card":{"name":"ok","description":"\\ud800"}}', contentType: 'application/json' }), 'agent_card.description'],
        ['JWK with NUL', async () => http('POST', '/api/v1/onboard/create_agent', { headers: { 'Bootstrap-Token': await bst() }, json: { agent_card: { name: 'ok' }, public_key_jwk: { kty: '\u0000' } } }), 'public_key_jwk.kty'],
      ];
      for (const [what, send, field] of cases) {
        const res = await send();
        assertClientError(res, what);
        assert.equal(res.status, 422, `${what}: ${res.text}`);
        assert.equal(res.body.error.field, field, what);
      }
    });

    it('refuses JSON nested too deeply to store with 422 naming where, and takes ordinary nesting', async () => {
      const bst = async () => (await http('POST', '/api/v1/onboard/bootstrap/request-token', { token: devToken, json: {} })).body.bootstrap_token as string;
      const depth = 5000; // ~10 KB, inside BODY_LIMIT
      const deep = await http('POST', '/api/v1/onboard/create_agent', {
        headers: { 'Bootstrap-Token': await bst() },
        raw: `{"agent_card":{"name":"deep","skills":${'['.repeat(depth)}${']'.repeat(depth)}}}`,
        contentType: 'application/json',
      });
      assertProblem(deep, 422, 'validation_error', '/api/v1/onboard/create_agent');
      assert.match(deep.body.error.field, /^agent_card\.skills(\.0)+$/);
      assert.match(deep.body.detail, /nested more than \d+ levels/);
      const nested = { name: 'nested', capabilities: { a: { b: { c: { d: { e: [1, [2, [3, [4]]]] } } } } } };
      const ok = await http('POST', '/api/v1/onboard/create_agent', { headers: { 'Bootstrap-Token': await bst() }, json: { agent_card: nested } });
      assert.equal(ok.status, 201, ok.text);
    });

    it('refuses page offsets beyond what the registry can page to with 422, not 500', async () => {
      for (const query of ['offset=2147483648', 'offset=99999999999999999999999', 'offset=1e300']) {
        const res = await http('GET', `/api/v1/developers/me/agents?${query}`, { token: devToken });
        assertProblem(res, 422, 'validation_error');
        assert.equal(res.body.error.field, 'offset', query);
      }
      const max = await http('GET', '/api/v1/developers/me/agents?offset=2147483647', { token: devToken });
      assert.equal(max.status, 200, max.text);
      assert.deepEqual([max.body.items.length, max.body.offset], [0, 2147483647]);
    });

    it('answers every kind of garbage with a 4xx in our shape', async () => {
      const cases: Array<[string, () => Promise<TestResponse>]> = [
        ['bad percent-encoding', () => http('GET', '/api/v1/agents/by-did/%E0%A4%A')],
        ['encoded lone surrogate', () => http('GET', '/api/v1/agents/by-did/%ED%A0%80')],
        ['deeply nested JSON', () => http('POST', '/api/v1/auth/register-developer', { raw: `${'['.repeat(400)}${']'.repeat(400)}`, contentType: 'application/json' })],
        ['JSON with duplicate and unknown keys', () => http('POST', '/api/v1/auth/register-developer', { raw: '{"email":"x","email":{"$ne":null},"__proto__":{"admin":true}}', contentType: 'application/json' })],
        ['numbers where strings go', () => http('POST', '/api/v1/auth/recover-account', { json: { email: 1, recovery_key: 2 } })],
        ['API key id that is not a number', () => http('DELETE', '/api/v1/auth/api-keys/abc', { token: devToken })],
        ['API key id too long', () => http('DELETE', `/api/v1/auth/api-keys/${'1'.repeat(41)}`, { token: devToken })],
        ['Basic credentials', () => http('GET', '/api/v1/developers/me', { headers: { authorization: 'Basic YTpi' } })],
        ['Bearer without a token', () => http('GET', '/api/v1/developers/me', { headers: { authorization: 'Bearer' } })],
        ['JWT-shaped garbage', () => http('GET', '/api/v1/developers/me', { token: 'a.b.c' })],
        ['unsigned JWT (alg none)', () => http('GET', '/api/v1/developers/me', { token: 'eyJhbGciOiJub25lIn0.eyJ0aWVyIjoiZGV2ZWxvcGVyIiwiZGV2ZWxvcGVyX2lkIjoiMSIsInJvbGUiOiJhZG1pbl9wbGF0Zm9ybSJ9.' })],
        ['malformed API key', () => http('GET', '/api/v1/developers/me', { headers: { 'X-Api-Key': 'avreg_%00' } })],
        ['bootstrap token on a developer route', () => http('GET', '/api/v1/developers/me', { headers: { 'Bootstrap-Token': 'bst_whatever' } })],
        ['very long bearer token', () => http('GET', '/api/v1/developers/me', { token: `${'a'.repeat(4000)}.${'b'.repeat(4000)}.c` })],
        ['TOTP code as an object', () => http('POST', '/api/v1/auth/2fa/enable', { token: devToken, json: { code: { $gt: '' } } })],
        ['agent card as a string', async () => http('POST', '/api/v1/onboard/create_agent', { headers: { 'Bootstrap-Token': 'bst_x' }, json: { agent_card: 'card' } })],
      ];
      for (const [what, send] of cases) assertClientError(await send(), what);
    });

    // Identity once checked only that an id was all digits, so PostgreSQL's "out of range for type
    // bigint" came back as a 500.
    it('answers an API key id beyond the bigint range with 404, not 500', async () => {
      const res = await http('DELETE', '/api/v1/auth/api-keys/9223372036854775808', { token: devToken });
      assertProblem(res, 404, 'not_found');
    });
  });

  describe('credentials of the wrong kind', () => {
    it('refuses a developer JWT or an API key on an agent-only route with 401 Could not validate agent credentials', async () => {
      const presented: Array<Record<string, string>> = [{ authorization: `Bearer ${devToken}` }, { authorization: `Bearer ${apiKey}` }, { 'X-Api-Key': apiKey }];
      for (const headers of presented) {
        const res = await http('GET', '/api/v1/agents/me', { headers });
        assertProblem(res, 401, 'unauthorized', '/api/v1/agents/me');
        assert.equal(res.body.detail, 'Could not validate agent credentials');
        assert.equal(res.body.error.code, 'AUTH_FAILED');
        assert.equal(res.headers.get('www-authenticate'), 'Bearer');
      }
      assert.equal((await http('GET', '/api/v1/agents/me', { token: agentToken })).status, 200);
    });

    it('refuses an agent JWT on developer routes with 401', async () => {
      for (const [method, path] of [['GET', '/api/v1/developers/me'], ['GET', '/api/v1/auth/api-keys'], ['POST', '/api/v1/onboard/bootstrap/request-token']]) {
        const res = await http(method!, path!, { token: agentToken, json: method === 'POST' ? {} : undefined });
        assertProblem(res, 401, 'unauthorized', path);
        assert.equal(res.headers.get('www-authenticate'), 'Bearer');
      }
    });
  });

  describe('X-Request-Id', () => {
    it('echoes the caller’s request id, on successes and on errors', async () => {
      const id = `req-${uniqueSuffix()}.retry_1`;
      const ok = await http('GET', '/api/v1/developers/me', { token: devToken, headers: { 'X-Request-Id': id } });
      assert.equal(ok.status, 200);
      assert.equal(ok.headers.get('x-request-id'), id);
      assert.equal((await http('GET', '/api/v1/nope', { headers: { 'X-Request-Id': id } })).headers.get('x-request-id'), id);
      assert.equal((await http('POST', '/api/v1/auth/register-developer', { raw: '{', contentType: 'application/json', headers: { 'X-Request-Id': id } })).headers.get('x-request-id'), id);
      assert.equal((await http('GET', '/api/v1/agents/me', { token: devToken, headers: { 'X-Request-Id': id } })).headers.get('x-request-id'), id);
    });

    it('makes up a fresh UUID when the caller sends none, or one that is not safe to log', async () => {
      const a = (await http('GET', '/api/v1/agents/by-did/x')).headers.get('x-request-id');
      const b = (await http('GET', '/api/v1/agents/by-did/x')).headers.get('x-request-id');
      assert.match(a ?? '', UUID);
      assert.match(b ?? '', UUID);
      assert.notEqual(a, b);
      assert.match((await http('POST', '/api/v1/auth/login', { raw: 'x'.repeat(17 * 1024), contentType: 'application/x-www-form-urlencoded' })).headers.get('x-request-id') ?? '', UUID);
      for (const unsafe of ['has spaces in it', 'x'.repeat(101), 'quote"and<angle>', 'line\tbreak']) {
        const res = await http('GET', '/api/v1/agents/by-did/x', { headers: { 'X-Request-Id': unsafe } });
        assert.match(res.headers.get('x-request-id') ?? '', UUID, JSON.stringify(unsafe));
      }
    });
  });
});
