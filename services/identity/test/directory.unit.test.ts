import assert from 'node:assert/strict';
import { base64url, exportJWK, flattenedVerify, FlattenedSign, generateKeyPair } from 'jose';
import { generateSigningKey } from '@agentvault/auth';
import { DomainError } from '@agentvault/errors';
import { cardIndexFields, requireA2aCard, validateA2aCard } from '../src/domain/a2a-card.js';
import { countersignCard, signingInput, verifyCardSignature } from '../src/domain/card-signature.js';
import { decodeCursor, encodeCursor } from '../src/domain/directory-service.js';

const CARD = {
  name: 'Ledger Lens',
  description: 'Explains transfers',
  version: '0.1.0',
  supportedInterfaces: [{ url: 'https://lens.example.com/a2a', protocolBinding: 'HTTP+JSON', protocolVersion: '1.0' }],
  capabilities: { streaming: false, pushNotifications: true, extensions: [{ uri: 'https://ext.example.com/avt' }] },
  defaultInputModes: ['text/plain'],
  defaultOutputModes: ['text/plain'],
  skills: [{ id: 'explain', name: 'Explain', description: 'Explains a transfer', tags: ['Ledger', 'audit'] }],
  humanReadableId: 'acme/ledger-lens',
  tags: ['finance', 'ledger'],
  'x-vendor': { anything: true },
};

describe('agent card checks (A2A v1.0)', () => {
  it('accepts a conforming card and keeps fields it does not know', () => {
    const result = validateA2aCard(CARD);
    assert.equal(result.ok, true);
    assert.deepEqual(result.ok && result.card['x-vendor'], { anything: true });
  });

  it('names every offending field under card_data', () => {
    const result = validateA2aCard({ ...CARD, name: '  ', version: 3, supportedInterfaces: [{ url: 'ftp://x', protocolBinding: 'JSONRPC' }], capabilities: undefined });
    assert.equal(result.ok, false);
    const fields = !result.ok ? result.errors.map((e) => e.field).sort() : [];
    assert.deepEqual(fields, [
      'card_data.capabilities',
      'card_data.name',
      'card_data.supportedInterfaces.0.protocolVersion',
      'card_data.supportedInterfaces.0.url',
      'card_data.version',
    ]);
  });

  it('refuses what is not an object, a malformed human-readable id and an oversized card', () => {
    assert.equal(validateA2aCard([]).ok, false);
    const hri = validateA2aCard({ ...CARD, humanReadableId: 'No Slash' });
    assert.deepEqual(!hri.ok && hri.errors.map((e) => e.field), ['card_data.humanReadableId']);
    assert.equal(validateA2aCard({ ...CARD, description: 'x'.repeat(70_000) }).ok, false);
  });

  it('raises one 422 with every field in its context', () => {
    try {
      requireA2aCard({ name: 'x' });
      assert.fail('expected a refusal');
    } catch (err) {
      assert.ok(err instanceof DomainError);
      assert.equal(err.kind, 'validation_error');
      assert.equal(err.code, 'INVALID_AGENT_CARD');
      assert.ok(Array.isArray(err.context?.errors) && err.context.errors.length >= 5);
    }
  });

  it('indexes tags, skills and capabilities in lower case, leniently for onboarding cards', () => {
    const index = cardIndexFields(CARD, { name: CARD.name, description: CARD.description });
    assert.deepEqual(index.tags.sort(), ['audit', 'finance', 'ledger']);
    assert.deepEqual(index.skills, ['explain']);
    assert.deepEqual(index.capabilities.sort(), ['https://ext.example.com/avt', 'pushnotifications']);
    assert.equal(index.humanReadableId, 'acme/ledger-lens');
    const loose = cardIndexFields({ name: 'x', skills: 'not a list', tags: [1, 'Two'] }, { name: 'x', description: '' });
    assert.deepEqual(loose, { name: 'x', description: '', humanReadableId: null, tags: ['two'], skills: [], capabilities: [], skillText: '' });
  });
});

describe('card signatures (JWS over the JCS-canonical card)', () => {
  it('signs the card without its signatures, whatever the key order', () => {
    const reordered = Object.fromEntries(Object.entries(CARD).reverse());
    assert.deepEqual(signingInput(reordered), signingInput({ ...CARD, signatures: [{ protected: 'e30', signature: 'AA' }] }));
  });

  it("the registry's countersignature verifies with its public key, and not over a changed card", async () => {
    const key = await generateSigningKey();
    const sig = await countersignCard(CARD, key, 'agentvault');
    assert.equal(sig.header?.registry, 'agentvault');
    const ok = await flattenedVerify({ ...sig, payload: base64url.encode(signingInput(CARD)) }, key.publicJwk);
    assert.equal(ok.protectedHeader?.kid, key.kid);
    await assert.rejects(flattenedVerify({ ...sig, payload: base64url.encode(signingInput({ ...CARD, version: '2' })) }, key.publicJwk));
  });

  it("checks a submitted signature with the agent's key, or the jwk its header carries", async () => {
    const { publicKey, privateKey } = await generateKeyPair('ES256');
    const jwk = await exportJWK(publicKey);
    const jws = await new FlattenedSign(signingInput(CARD)).setProtectedHeader({ alg: 'ES256', jwk }).sign(privateKey);
    const sig = { protected: jws.protected!, signature: jws.signature };
    assert.deepEqual(await verifyCardSignature(CARD, sig, null), { ok: true, kid: null });
    assert.deepEqual(await verifyCardSignature(CARD, sig, jwk), { ok: true, kid: null });
    const other = await exportJWK((await generateKeyPair('ES256')).publicKey);
    assert.equal((await verifyCardSignature(CARD, sig, other)).ok, false, "the agent's registered key wins over the header's");
    assert.equal((await verifyCardSignature({ ...CARD, name: 'Forged' }, sig, null)).ok, false);
    assert.equal((await verifyCardSignature(CARD, { protected: 'bm90IGpzb24', signature: jws.signature }, null)).ok, false);
    const none = await new FlattenedSign(signingInput(CARD)).setProtectedHeader({ alg: 'ES256' }).sign(privateKey);
    const noKey = await verifyCardSignature(CARD, { protected: none.protected!, signature: none.signature }, null);
    assert.match(!noKey.ok ? noKey.reason : '', /no key/);
  });
});

describe('the sync cursor', () => {
  it('round-trips and refuses what it did not issue', () => {
    const card = { updatedAtExact: '2026-12-01T09:00:00.123456Z', id: '0b6c3c1e-8a51-4bb4-9a53-3c0f2a1d9e11' };
    assert.deepEqual(decodeCursor(encodeCursor(card)), { updatedAt: card.updatedAtExact, id: card.id });
    for (const bad of ['x', Buffer.from('2026|nope').toString('base64url'), '!!']) assert.throws(() => decodeCursor(bad), DomainError);
  });
});
