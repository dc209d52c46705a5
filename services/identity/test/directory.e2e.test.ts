import assert from 'node:assert/strict';
import canonicalizeModule from 'canonicalize';
import { base64url, createLocalJWKSet, exportJWK, flattenedVerify, FlattenedSign, generateKeyPair, type JSONWebKeySet } from 'jose';
import { createTestDatabase, httpClient, startStack, uniqueSuffix, type HttpRequest, type Stack, type TestDatabase } from '@agentvault/testing';

const canonicalize = canonicalizeModule as unknown as (input: unknown) => string;
const PASSWORD = 'Corr3ct-Horse!';
const LIMIT = 4;

/** A card that meets the A2A v1.0 shape. */
function a2aCard(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'Tidewatch',
    description: 'Tide tables and coastal forecasts for harbour pilots',
    version: '1.2.0',
    supportedInterfaces: [{ url: 'https://tidewatch.example.com/a2a', protocolBinding: 'JSONRPC', protocolVersion: '1.0' }],
    provider: { organization: 'Harbour Labs', url: 'https://harbour.example.com' },
    capabilities: { streaming: true, pushNotifications: false },
    securitySchemes: { bearer: { httpAuthSecurityScheme: { scheme: 'Bearer' } } },
    securityRequirements: [{ bearer: [] }],
    defaultInputModes: ['text/plain'],
    defaultOutputModes: ['application/json'],
    skills: [{ id: 'tide-table', name: 'Tide table', description: 'High and low water for a port', tags: ['maritime', 'tides'] }],
    tags: ['coastal'],
    ...overrides,
  };
}

const signingInput = (card: Record<string, unknown>) => {
  const { signatures: _s, ...unsigned } = card;
  return new TextEncoder().encode(canonicalize(unsigned));
};

describe('the agent directory end to end', function () {
  this.timeout(120_000);
  let db: TestDatabase;
  let stack: Stack;
  let http: HttpRequest;

  before(async () => {
    db = await createTestDatabase();
    stack = await startStack({ layout: 'all', databaseUrl: db.url, env: { MAX_AGENTS_PER_DEVELOPER: String(LIMIT) } });
    http = httpClient(stack.baseUrl);
  });
  after(async () => {
    await stack?.stop();
    await db?.drop();
  });
  afterEach(function () {
    if (this.currentTest?.state === 'failed') console.error(stack.logs().slice(-4000));
  });

  async function newDeveloper() {
    const email = `dir-${uniqueSuffix()}@example.com`;
    const reg = await http('POST', '/api/v1/auth/register-developer', { json: { email, password: PASSWORD, name: 'Directory Dev' } });
    assert.equal(reg.status, 201, reg.text);
    const login = await http('POST', '/api/v1/auth/login', { form: { username: email, password: PASSWORD } });
    return { id: reg.body.developer.id as string, token: login.body.access_token as string };
  }

  async function newAgent(token: string, extra: Record<string, unknown> = {}) {
    const bst = await http('POST', '/api/v1/onboard/bootstrap/request-token', { token, json: {} });
    const created = await http('POST', '/api/v1/onboard/create_agent', {
      headers: { 'Bootstrap-Token': bst.body.bootstrap_token },
      json: { agent_card: { name: 'Onboarded', description: 'before the directory' }, ...extra },
    });
    return created;
  }

  function assertProblem(res: { status: number; headers: Headers; body: any; text: string }, status: number) {
    assert.equal(res.status, status, res.text);
    assert.match(res.headers.get('content-type') ?? '', /^application\/problem\+json/);
    assert.equal(res.body.status, status);
    assert.equal(res.body.error.detail, res.body.detail);
  }

  it('validates cards against the A2A v1.0 shape, naming each field', async () => {
    const ok = await http('POST', '/api/v1/utils/validate-card', { json: { card_data: a2aCard() } });
    assert.equal(ok.status, 200, ok.text);
    assert.equal(ok.body.is_valid, true);
    assert.equal(ok.body.validated_card_data.name, 'Tidewatch');

    const bad = await http('POST', '/api/v1/utils/validate-card', {
      json: { card_data: a2aCard({ supportedInterfaces: [], skills: [{ id: 'x', name: 'X', tags: [] }], securitySchemes: { k: { kind: 'magic' } } }) },
    });
    assert.equal(bad.status, 200, bad.text);
    assert.equal(bad.body.is_valid, false);
    const fields = bad.body.errors.map((e: { field: string }) => e.field);
    assert.ok(fields.includes('card_data.supportedInterfaces'), fields.join());
    assert.ok(fields.includes('card_data.skills.0.description'), fields.join());
    assert.ok(fields.includes('card_data.securitySchemes.k'), fields.join());
    // Cross-field rules, once the fields themselves are sound: requirements name declared schemes, skill ids are unique.
    const skill = { id: 'a', name: 'A', description: 'a', tags: [] };
    const crossed = await http('POST', '/api/v1/utils/validate-card', { json: { card_data: a2aCard({ securityRequirements: [{ oauth: [] }], skills: [skill, skill] }) } });
    assert.deepEqual(crossed.body.errors.map((e: { field: string }) => e.field).sort(), ['card_data.securityRequirements.0.oauth', 'card_data.skills.1.id']);

    assertProblem(await http('POST', '/api/v1/utils/validate-card', { json: { card: {} } }), 422);
  });

  it('submits, reads, searches, updates and deactivates a card, with ownership', async () => {
    const dev = await newDeveloper();
    const other = await newDeveloper();
    const agent = (await newAgent(dev.token)).body;
    const suffix = uniqueSuffix().toLowerCase().replace(/[^a-z0-9]/g, '');
    const hri = `harbour/tidewatch-${suffix}`;
    const card = a2aCard({ humanReadableId: hri, tags: ['coastal', `t${suffix}`] });

    const invalid = await http('POST', '/api/v1/agent-cards/', { token: dev.token, json: { agent_did: agent.agent_did, card_data: { name: 'Only a name' } } });
    assertProblem(invalid, 422);
    assert.equal(invalid.body.error.code, 'INVALID_AGENT_CARD');
    assert.ok(invalid.body.error.context.errors.some((e: { field: string }) => e.field === 'card_data.supportedInterfaces'));

    assertProblem(await http('POST', '/api/v1/agent-cards/', { token: other.token, json: { agent_did: agent.agent_did, card_data: card } }), 403);
    assertProblem(await http('POST', '/api/v1/agent-cards/', { json: { agent_did: agent.agent_did, card_data: card } }), 401);

    const submitted = await http('POST', '/api/v1/agent-cards/', { token: dev.token, json: { agent_did: agent.agent_did, card_data: card } });
    assert.equal(submitted.status, 201, submitted.text);
    assert.equal(submitted.body.id, agent.agent_card_id, 'the agent keeps its one card');
    assert.equal(submitted.body.human_readable_id, hri);
    assert.equal(submitted.body.developer_id, dev.id);
    assert.equal(submitted.body.developer_is_verified, false);
    assert.deepEqual(submitted.body.card_data, card);
    assertProblem(await http('POST', '/api/v1/agent-cards/', { token: dev.token, json: { agent_did: agent.agent_did, card_data: card } }), 409);

    const id = submitted.body.id as string;
    assert.equal((await http('GET', `/api/v1/agent-cards/${id}`)).body.name, 'Tidewatch');
    assert.equal((await http('GET', `/api/v1/agent-cards/by-hri?hri=${encodeURIComponent(hri)}`)).body.id, id);
    assert.equal((await http('GET', `/api/v1/agent-cards/id/${encodeURIComponent(hri)}`)).body.id, id);
    assertProblem(await http('GET', '/api/v1/agent-cards/by-hri?hri=nobody/here'), 404);
    assertProblem(await http('GET', '/api/v1/agent-cards/00000000-0000-4000-8000-000000000000'), 404);
    assertProblem(await http('GET', '/api/v1/agent-cards/not-a-uuid'), 422);

    // The same human-readable id cannot be claimed twice.
    const second = (await newAgent(dev.token)).body;
    assertProblem(await http('POST', '/api/v1/agent-cards/', { token: dev.token, json: { agent_did: second.agent_did, card_data: card } }), 409);

    // Search: full text over name, description, skills and tags, with filters.
    const tag = `t${suffix}`;
    const byText = await http('GET', `/api/v1/agent-cards/?search=${encodeURIComponent('harbour pilots')}&tags=${tag}`);
    assert.equal(byText.status, 200, byText.text);
    assert.deepEqual(byText.body.items.map((i: { id: string }) => i.id), [id]);
    assert.equal(byText.body.total, 1);
    assert.equal(byText.body.pagination.total_items, 1);
    for (const q of [`search=tide&tags=${tag}`, `tags=${tag}&skill=tide-table`, `tags=${tag}&capability=streaming`, `tags=${tag},maritime`]) {
      const res = await http('GET', `/api/v1/agent-cards/?${q}`);
      assert.equal(res.body.total, 1, `${q}: ${res.text}`);
    }
    for (const q of [`search=volcano&tags=${tag}`, `tags=${tag}&skill=other`, `tags=${tag}&capability=pushnotifications`, `tags=${tag}&status=inactive`]) {
      const res = await http('GET', `/api/v1/agent-cards/?${q}`);
      assert.equal(res.body.total, 0, `${q}: ${res.text}`);
    }
    const mine = await http('GET', `/api/v1/agent-cards/?developer_id=${dev.id}&sort=name&include_card_data=true`);
    assert.equal(mine.body.total, 2);
    assert.deepEqual(mine.body.items.map((i: { name: string }) => i.name), ['Onboarded', 'Tidewatch']);
    assert.equal(mine.body.items[1].card_data.version, '1.2.0');
    assertProblem(await http('GET', '/api/v1/agent-cards/?sort=sideways'), 422);

    // Update: owner only, checked like a submission.
    const changed = await http('PUT', `/api/v1/agent-cards/${id}`, { token: dev.token, json: { card_data: { ...card, description: 'Storm surge warnings' } } });
    assert.equal(changed.status, 200, changed.text);
    assert.equal(changed.body.description, 'Storm surge warnings');
    assert.ok(changed.body.updated_at > submitted.body.updated_at);
    assertProblem(await http('PUT', `/api/v1/agent-cards/${id}`, { token: other.token, json: { is_active: false } }), 403);
    assertProblem(await http('PUT', `/api/v1/agent-cards/${id}`, { token: dev.token, json: { card_data: { ...card, version: '' } } }), 422);
    assert.equal((await http('GET', `/api/v1/agent-cards/?search=surge&tags=${tag}`)).body.total, 1);

    // Deactivate: a soft delete, out of the default listing and the A2A surface.
    assertProblem(await http('DELETE', `/api/v1/agent-cards/${id}`, { token: other.token }), 403);
    const deleted = await http('DELETE', `/api/v1/agent-cards/${id}`, { token: dev.token });
    assert.equal(deleted.status, 204, deleted.text);
    assert.equal((await http('GET', `/api/v1/agent-cards/?tags=${tag}`)).body.total, 0);
    assert.equal((await http('GET', `/api/v1/agent-cards/?tags=${tag}&status=inactive`)).body.total, 1);
    assert.equal((await http('GET', `/api/v1/agent-cards/${id}`)).body.is_active, false);
    assertProblem(await http('GET', `/api/v1/agents/${agent.agent_did}/agent-card.json`), 404);
    // Submitting again brings it back.
    assert.equal((await http('POST', '/api/v1/agent-cards/', { token: dev.token, json: { agent_did: agent.agent_did, card_data: card } })).status, 201);
  });

  it('accepts an API key for submission', async () => {
    const dev = await newDeveloper();
    const key = await http('POST', '/api/v1/auth/api-keys', { token: dev.token, json: { description: 'ci' } });
    assert.equal(key.status, 201, key.text);
    const agent = (await newAgent(dev.token)).body;
    const res = await http('POST', '/api/v1/agent-cards/', { headers: { 'X-API-Key': key.body.plain_api_key }, json: { agent_did: agent.agent_did, card_data: a2aCard() } });
    assert.equal(res.status, 201, res.text);
  });

  it('serves the card in A2A form with a countersignature that verifies offline against the JWKS', async () => {
    const dev = await newDeveloper();
    const { publicKey, privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
    const agent = (await newAgent(dev.token, { public_key_jwk: await exportJWK(publicKey) })).body;
    assertProblem(await http('GET', `/api/v1/agents/${agent.agent_did}/agent-card.json`), 404); // onboarding's card is not in A2A form

    // The agent signs its own card: a detached JWS over the JCS-canonical card.
    const card = a2aCard({ name: 'Signed Tidewatch' });
    const own = await new FlattenedSign(signingInput(card)).setProtectedHeader({ alg: 'EdDSA', kid: 'agent-key' }).sign(privateKey);
    const signed = { ...card, signatures: [{ protected: own.protected!, signature: own.signature }] };

    const forged = { ...signed, description: 'Changed after signing' };
    const refused = await http('POST', '/api/v1/agent-cards/', { token: dev.token, json: { agent_did: agent.agent_did, card_data: forged } });
    assertProblem(refused, 422);
    assert.equal(refused.body.error.field, 'card_data.signatures.0');

    const stranger = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
    const wrongKey = await new FlattenedSign(signingInput(card)).setProtectedHeader({ alg: 'EdDSA' }).sign(stranger.privateKey);
    const wrong = { ...card, signatures: [{ protected: wrongKey.protected!, signature: wrongKey.signature }] };
    assertProblem(await http('POST', '/api/v1/agent-cards/', { token: dev.token, json: { agent_did: agent.agent_did, card_data: wrong } }), 422);

    const accepted = await http('POST', '/api/v1/agent-cards/', { token: dev.token, json: { agent_did: agent.agent_did, card_data: signed } });
    assert.equal(accepted.status, 201, accepted.text);

    const served = await http('GET', `/api/v1/agents/${agent.agent_did}/agent-card.json`);
    assert.equal(served.status, 200, served.text);
    assert.equal(served.body.name, 'Signed Tidewatch');
    assert.equal(served.body.signatures.length, 2);
    const jwks = (await http<JSONWebKeySet>('GET', '/.well-known/jwks.json')).body;
    const registrySig = served.body.signatures[1];
    const verified = await flattenedVerify(
      { protected: registrySig.protected, signature: registrySig.signature, header: registrySig.header, payload: base64url.encode(signingInput(served.body)) },
      createLocalJWKSet(jwks),
    );
    assert.equal(verified.protectedHeader?.alg, 'EdDSA');
    assert.ok(jwks.keys.some((k) => k.kid === verified.protectedHeader?.kid));
    // A changed card no longer verifies.
    await assert.rejects(
      flattenedVerify(
        { protected: registrySig.protected, signature: registrySig.signature, payload: base64url.encode(signingInput({ ...served.body, version: '9' })) },
        createLocalJWKSet(jwks),
      ),
    );
    // The agent's own signature still covers the same bytes.
    await flattenedVerify({ ...served.body.signatures[0], payload: base64url.encode(signingInput(served.body)) }, publicKey);
  });

  it('pages through changes with updated_since and a cursor', async () => {
    const dev = await newDeveloper();
    const since = new Date(Date.now() - 1000).toISOString();
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await newAgent(dev.token)).body.agent_card_id);
    const seen: string[] = [];
    let cursor = '';
    for (let page = 0; page < 5; page++) {
      const res = await http('GET', `/api/v1/agent-cards/?developer_id=${dev.id}&updated_since=${encodeURIComponent(since)}&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      assert.equal(res.status, 200, res.text);
      seen.push(...res.body.items.map((i: { id: string }) => i.id));
      if (!res.body.next_cursor) break;
      cursor = res.body.next_cursor;
    }
    assert.deepEqual([...seen].sort(), [...ids].sort());
    assert.equal(new Set(seen).size, 3);
    // A change moves the card to the end of the sync order.
    await http('DELETE', `/api/v1/agent-cards/${ids[0]}`, { token: dev.token });
    const after = await http('GET', `/api/v1/agent-cards/?developer_id=${dev.id}&status=all&cursor=${cursor}`);
    assert.ok(after.body.items.some((i: { id: string; is_active: boolean }) => i.id === ids[0] && !i.is_active), after.text);
    assertProblem(await http('GET', '/api/v1/agent-cards/?cursor=bogus'), 422);
    assertProblem(await http('GET', '/api/v1/agent-cards/?updated_since=yesterday'), 422);
  });

  it('lists the directory events in the webhook catalogue', async () => {
    const res = await http('GET', '/api/v1/webhooks/events?limit=100');
    assert.equal(res.status, 200, res.text);
    const names = res.body.items.map((e: { name: string }) => e.name);
    for (const name of ['agent_card.submitted', 'agent_card.updated', 'agent_card.deactivated']) assert.ok(names.includes(name), name);
  });

  it('limits the active agents of a developer and says how many it has', async () => {
    const dev = await newDeveloper();
    for (let i = 0; i < LIMIT; i++) assert.equal((await newAgent(dev.token)).status, 201);
    const refused = await newAgent(dev.token);
    assertProblem(refused, 403);
    assert.equal(refused.body.error.code, 'AGENT_LIMIT_REACHED');
    const count = await http('GET', `/api/v1/developers/${dev.id}/agents/count`);
    assert.equal(count.status, 200, count.text);
    assert.deepEqual(count.body, { developer_id: dev.id, active_agents: LIMIT, total_agents: LIMIT, max_active_agents: LIMIT });
    assertProblem(await http('GET', '/api/v1/developers/999999999/agents/count'), 404);
  });
});
