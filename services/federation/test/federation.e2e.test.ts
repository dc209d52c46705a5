import assert from 'node:assert/strict';
import { createTestDatabase, startStack, type Stack, type TestDatabase } from '@agentvault/testing';
import { checkCardSchema, generateSigningKey, signRegistryRequest, verifyCard } from '@agentvault/federation';
import { registryActors } from './helpers.js';

// A 1×1 PNG and the start of a JPEG: what matters is their bytes, not their names.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

describe('federation: two registries on loopback', function () {
  this.timeout(180_000);
  let dbA: TestDatabase;
  let dbB: TestDatabase;
  let a: Stack;
  let b: Stack;
  let A: ReturnType<typeof registryActors>;
  let B: ReturnType<typeof registryActors>;

  before(async () => {
    [dbA, dbB] = await Promise.all([createTestDatabase(), createTestDatabase()]);
    const env = { FEDERATION_SYNC_INTERVAL_MS: '0', FEDERATION_PEER_DEADLINE_MS: '1500', FEDERATION_ALLOW_PRIVATE_PEERS: 'true' };
    [a, b] = await Promise.all([
      startStack({ layout: 'all', databaseUrl: dbA.url, env: { ...env, REGISTRY_NAME: 'alpha' } }),
      startStack({ layout: 'all', databaseUrl: dbB.url, env: { ...env, REGISTRY_NAME: 'beta' } }),
    ]);
    A = registryActors(a.baseUrl);
    B = registryActors(b.baseUrl);
  });
  after(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await Promise.all([dbA?.drop(), dbB?.drop()]);
  });
  afterEach(function () {
    if (this.currentTest?.state === 'failed') console.error(a.logs().slice(-4000), b.logs().slice(-4000));
  });

  const card = async (R: ReturnType<typeof registryActors>, headers: Record<string, string> = {}) => R.http('GET', '/.well-known/registry-card.json', { headers });
  const jwks = async (R: ReturnType<typeof registryActors>) => (await R.http('GET', '/.well-known/registry-jwks.json')).body;

  it('serves a signed card that verifies offline with the JWKS and matches its own schema', async () => {
    const res = await card(A);
    assert.equal(res.status, 200, res.text);
    assert.equal(res.body.card_version, '0.4');
    assert.equal(res.body.identity.name, 'alpha');
    assert.equal(res.body.identity.base_url, a.baseUrl);
    assert.equal(res.body.economic.mints, true);
    assert.deepEqual(await verifyCard(res.body, await jwks(A)), { valid: true, kid: res.body.signature.kid });
    assert.deepEqual(checkCardSchema(res.body), { valid: true, errors: [] });
    const schema = await A.http('GET', '/.well-known/registry-card-schema.json');
    assert.equal(schema.body.$schema, 'https://json-schema.org/draft/2020-12/schema');
    // A changed field breaks the signature.
    assert.equal((await verifyCard({ ...res.body, fees: { currency: 'AVT', transfer_fee: '0' } }, await jwks(A))).valid, false);
  });

  it('answers If-None-Match with 304; the ETag ignores live stats and moves with operator edits', async () => {
    const first = await card(A);
    const etag = first.headers.get('etag')!;
    assert.match(etag, /^"[0-9a-f]{32}"$/);
    await A.agent('Stats mover');
    const again = await card(A, { 'if-none-match': etag });
    assert.equal(again.status, 304);
    const admin = await A.admin();
    const edit = await A.http('PUT', '/api/v1/admin/registry-card', { token: admin, json: { description: 'The alpha frame', tags: ['genesis'], commitments: ['Cards are signed'] } });
    assert.equal(edit.status, 200, edit.text);
    assert.equal(edit.body.card.operator.description, 'The alpha frame');
    const after = await card(A, { 'if-none-match': etag });
    assert.equal(after.status, 200);
    assert.notEqual(after.headers.get('etag'), etag);
    assert.deepEqual(after.body.commitments.statements, ['Cards are signed']);
  });

  it('signs the head of the ledger hash chain into the card; the admin verification holds', async () => {
    const admin = await A.admin();
    const verdict = await A.http('GET', '/api/v1/admin/teg/verify-chain', { token: admin });
    assert.equal(verdict.status, 200, verdict.text);
    assert.equal(verdict.body.ok, true, verdict.text);
    assert.equal(verdict.body.broken, null);
    assert.ok(Number(verdict.body.head.seq) >= 1, verdict.text);
    const res = await card(A);
    const head = res.body.commitments.ledger_head;
    assert.match(head.hash, /^[0-9a-f]{64}$/);
    assert.ok(BigInt(head.seq) >= BigInt(verdict.body.head.seq));
    assert.equal((await verifyCard(res.body, await jwks(A))).valid, true);
    assert.equal((await A.http('GET', '/api/v1/admin/teg/verify-chain', { token: await A.developer() })).status, 403);
  });

  it('refuses locked fields with a 422 naming them, and non-admins with a 403', async () => {
    const admin = await A.admin();
    const locked = await A.http('PUT', '/api/v1/admin/registry-card', { token: admin, json: { description: 'x', identity: { name: 'evil' }, fees: {} } });
    assert.equal(locked.status, 422, locked.text);
    assert.match(locked.body.detail, /identity, fees/);
    // The legacy envelope carries the domain error's context: the locked fields, by name.
    assert.deepEqual(locked.body.error.context.locked_fields, ['identity', 'fees']);
    assert.equal(locked.headers.get('content-type'), 'application/problem+json; charset=utf-8');
    const dev = await A.developer();
    assert.equal((await A.http('PUT', '/api/v1/admin/registry-card', { token: dev, json: { description: 'x' } })).status, 403);
  });

  it('takes a PNG icon by its content and refuses other bytes and big files', async () => {
    const admin = await A.admin();
    const upload = (bytes: Buffer, type: string) => fetch(`${a.baseUrl}/api/v1/admin/registry-card/icon`, { method: 'POST', headers: { authorization: `Bearer ${admin}`, 'content-type': type }, body: new Uint8Array(bytes) });
    const ok = await upload(PNG, 'application/octet-stream');
    assert.equal(ok.status, 200, await ok.clone().text());
    assert.equal((await ok.json()).content_type, 'image/png');
    assert.equal((await upload(Buffer.from('not really a png'), 'image/png')).status, 415);
    assert.equal((await upload(Buffer.concat([PNG, Buffer.alloc(501 * 1024)]), 'image/png')).status, 413);
    const icon = await fetch(`${a.baseUrl}/api/v1/public/registry-card/icon`);
    assert.equal(icon.headers.get('content-type'), 'image/png');
    assert.match((await card(A)).body.operator.icon_url, /\/api\/v1\/public\/registry-card\/icon\?v=/);
  });

  it('rotates the signing key; cards signed with the old key still verify through the grace', async () => {
    const before = (await card(B)).body;
    const rotated = await B.http('POST', '/api/v1/admin/registry-signing-key/rotate', { token: await B.admin() });
    assert.equal(rotated.status, 200, rotated.text);
    assert.equal(rotated.body.retired_kid, before.signature.kid);
    const keys = await jwks(B);
    assert.deepEqual(keys.keys.map((k: { kid: string }) => k.kid).sort(), [before.signature.kid, rotated.body.kid].sort());
    assert.equal((await verifyCard(before, keys)).valid, true);
    const now = (await card(B)).body;
    assert.equal(now.signature.kid, rotated.body.kid);
    assert.equal((await verifyCard(now, keys)).valid, true);
  });

  describe('peering, signed requests and federated search', () => {
    let peerOfA: number;
    before(async () => {
      await B.agent('Beta forecaster');
      await A.agent('Alpha forecaster');
    });

    it('registers a peer by URL, holds it pending, and an admin approves it', async () => {
      const dev = await A.developer();
      const reg = await A.http('POST', '/api/v1/federation/peers/', {
        token: dev,
        json: { name: 'beta', base_url: b.baseUrl, admin_contact_email: 'ops@beta.test', discovery_auth_info: { type: 'none' } },
      });
      assert.equal(reg.status, 201, reg.text);
      assert.equal(reg.body.status, 'PENDING_APPROVAL');
      assert.equal(reg.body.trust_verdict.signature_valid, true);
      peerOfA = reg.body.id;
      assert.equal((await A.http('GET', `/api/v1/federation/peers/${peerOfA}`)).status, 404);
      const mine = await A.http('GET', '/api/v1/federation/peers/my/registrations', { token: dev });
      assert.deepEqual(mine.body.items.map((p: { name: string }) => p.name), ['beta']);
      const admin = await A.admin();
      const pending = await A.http('GET', '/api/v1/admin/federation/peers/pending', { token: admin });
      assert.deepEqual(pending.body.items.map((p: { id: number }) => p.id), [peerOfA]);
      const approved = await A.http('POST', `/api/v1/admin/federation/peers/${peerOfA}/approve`, { token: admin });
      assert.equal(approved.status, 200, approved.text);
      assert.equal(approved.body.status, 'ACTIVE');
      assert.equal(approved.body.trust_verdict.trusted, true, JSON.stringify(approved.body.trust_verdict));
      assert.equal((await A.http('POST', `/api/v1/admin/federation/peers/${peerOfA}/approve`, { token: admin })).status, 409);
      const publicCard = await A.http('GET', '/api/v1/public/registry-card?registry=beta');
      assert.equal(publicCard.status, 200, publicCard.text);
      assert.equal(publicCard.body.verdict.trusted, true);

      // B peers with A too, so B answers A's queries.
      const regB = await B.http('POST', '/api/v1/federation/peers/', { token: await B.developer(), json: { name: 'alpha', base_url: a.baseUrl, admin_contact_email: 'ops@alpha.test', discovery_auth_info: {} } });
      assert.equal(regB.status, 201, regB.text);
      assert.equal((await B.http('POST', `/api/v1/admin/federation/peers/${regB.body.id}/approve`, { token: await B.admin() })).status, 200);
    });

    it('merges local and peer results in a federated search, each marked with its registry', async () => {
      const local = await A.http('GET', '/api/v1/federation/search?search=forecaster');
      assert.equal(local.status, 200, local.text);
      assert.deepEqual(local.body.items.map((i: { registry: string }) => i.registry), ['alpha']);
      const merged = await A.http('GET', '/api/v1/federation/search?search=forecaster&include_federated=true');
      assert.equal(merged.status, 200, merged.text);
      assert.deepEqual(merged.body.items.map((i: { name: string; registry: string }) => `${i.registry}:${i.name}`).sort(), ['alpha:Alpha forecaster', 'beta:Beta forecaster']);
      assert.equal(merged.body.federation[0].outcome, 'ok');
      assert.equal(merged.body.items.find((i: { registry: string }) => i.registry === 'beta').verdict.trusted, true);

      // The directory's own search takes the same option.
      const directory = await A.http('GET', '/api/v1/agent-cards/?search=forecaster&include_federated=true');
      assert.equal(directory.status, 200, directory.text);
      assert.deepEqual(directory.body.items.map((i: { name: string; registry: string }) => `${i.registry}:${i.name}`).sort(), ['alpha:Alpha forecaster', 'beta:Beta forecaster']);
      assert.equal(directory.body.federation[0].outcome, 'ok');

      // The registry filter: one peer, this registry by name or as "local", an unknown one refused.
      const onlyBeta = await A.http('GET', '/api/v1/agent-cards/?search=forecaster&registry=beta');
      assert.equal(onlyBeta.status, 200, onlyBeta.text);
      assert.deepEqual(onlyBeta.body.items.map((i: { name: string; registry: string }) => `${i.registry}:${i.name}`), ['beta:Beta forecaster']);
      const onlyAlpha = await A.http('GET', '/api/v1/agent-cards/?search=forecaster&registry=alpha&include_federated=true');
      assert.deepEqual(onlyAlpha.body.items.map((i: { name: string; registry: string }) => `${i.registry}:${i.name}`), ['alpha:Alpha forecaster']);
      assert.deepEqual(onlyAlpha.body.federation, []);
      const localOnly = await A.http('GET', '/api/v1/agent-cards/?search=forecaster&registry=local');
      assert.deepEqual(localOnly.body.items.map((i: { name: string; origin_registry_name: string | null }) => `${i.origin_registry_name}:${i.name}`), ['null:Alpha forecaster']);
      const unknown = await A.http('GET', '/api/v1/agent-cards/?search=forecaster&registry=gamma');
      assert.equal(unknown.status, 404, unknown.text);
    });

    it('syncs approved peers with If-None-Match and pulls their signed agent cards', async () => {
      const sync = await A.http('POST', '/api/v1/admin/federation/sync', { token: await A.admin() });
      assert.equal(sync.status, 200, sync.text);
      assert.deepEqual(sync.body, { synced: 1, failed: 0 });
      const status = await A.http('GET', '/api/v1/federation/sync-status');
      const beta = status.body.peers.find((p: { name: string }) => p.name === 'beta');
      assert.equal(beta.last_error, null);
      assert.ok(beta.agent_cards >= 1);
      assert.equal(beta.trusted, true);
    });

    it('refuses a forged or unsigned registry request', async () => {
      const url = `${b.baseUrl}/api/v1/internal/federation/query`;
      const body = JSON.stringify({ search: 'forecaster' });
      // Claims to be alpha but is signed with a key that is not in alpha's JWKS.
      const forged = await signRegistryRequest({ method: 'POST', url, headers: { 'content-type': 'application/json' }, body }, await generateSigningKey(), a.baseUrl);
      const forgedRes = await fetch(url, { method: 'POST', headers: forged.headers, body });
      assert.equal(forgedRes.status, 401, await forgedRes.text());
      const unsigned = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      assert.equal(unsigned.status, 401);
    });

    it('a peer whose card is served from another domain than it claims is refused at registration', async () => {
      const reg = await A.http('POST', '/api/v1/federation/peers/', {
        token: await A.developer(),
        json: { name: 'beta-again', base_url: b.baseUrl.replace('127.0.0.1', 'localhost'), admin_contact_email: 'ops@beta.test', discovery_auth_info: {} },
      });
      assert.equal(reg.status, 422, reg.text);
      assert.match(reg.body.detail, /claims/);
    });
  });
});
