import assert from 'node:assert/strict';
import { DomainError } from '@agentvault/errors';
import { applyOperatorEdit, buildCard, cardEtag, EMPTY_OPERATOR_FIELDS, etagMatches, type RegistryProfile } from '../src/domain/card.js';
import { signCard, verifyCard } from '../src/domain/card-signature.js';
import { checkCardSchema } from '../src/domain/card-validator.js';
import { assertPeerReachable, nonPublicReason, parsePeerUrl } from '../src/domain/peer-url.js';
import { judgeHead, nextPeerStatus } from '../src/domain/peers.js';
import { signRegistryRequest, verifyRegistryRequest } from '../src/domain/request-signature.js';
import { generateSigningKey, publishedJwks } from '../src/domain/signing-keys.js';

const profile: RegistryProfile = { name: 'alpha', publicBaseUrl: 'https://alpha.example.com', role: 'mainframe', mintingEnabled: true, fiatOnrampEnabled: false, allowPrivatePeers: false, pinnedVisual: { orb: 'gold' } };
const live = (over: Partial<Parameters<typeof buildCard>[2]> = {}) => ({ transferFee: '0.001', agents: 3, activePeers: 1, ledgerHead: { seq: '7', hash: 'a'.repeat(64) }, iconSha256: null, now: new Date('2030-01-01T00:00:00Z'), ...over });

describe('federation domain', () => {
  describe('the registry card', () => {
    it('signs the canonical fields; any change breaks it; it matches the schema', async () => {
      const key = await generateSigningKey();
      const card = await signCard(buildCard(profile, EMPTY_OPERATOR_FIELDS, live()), key);
      const jwks = publishedJwks([key], new Date(), 1000);
      assert.equal((await verifyCard(card, jwks)).valid, true);
      assert.deepEqual(checkCardSchema(card), { valid: true, errors: [] });
      // Key order does not matter (RFC 8785), content does.
      const reordered = Object.fromEntries(Object.entries(card).reverse());
      assert.equal((await verifyCard(reordered, jwks)).valid, true);
      assert.deepEqual(await verifyCard({ ...card, stats: { agents: 4 } }, jwks), { valid: false, kid: key.kid, reason: 'bad_signature' });
      assert.deepEqual(await verifyCard(card, publishedJwks([await generateSigningKey()], new Date(), 1000)), { valid: false, kid: key.kid, reason: 'unknown_key' });
    });

    it('says a satellite mints nothing and uses its parent’s currency', () => {
      const card = buildCard({ ...profile, role: 'satellite', parentRegistryUrl: 'https://parent.example.com/' }, EMPTY_OPERATOR_FIELDS, live());
      assert.deepEqual(card.economic, { currency: 'AVT', mints: false, event_store: 'parent', currency_issuer: 'https://parent.example.com', fiat_onramp: false, model: 'FEDERATED' });
    });

    it('keeps the ETag through live changes and moves it with operator edits and keys', () => {
      const etag = cardEtag(buildCard(profile, EMPTY_OPERATOR_FIELDS, live()), 'k1');
      assert.equal(cardEtag(buildCard(profile, EMPTY_OPERATOR_FIELDS, live({ agents: 99, ledgerHead: null, now: new Date() })), 'k1'), etag);
      assert.notEqual(cardEtag(buildCard(profile, { ...EMPTY_OPERATOR_FIELDS, description: 'x' }, live()), 'k1'), etag);
      assert.notEqual(cardEtag(buildCard(profile, EMPTY_OPERATOR_FIELDS, live()), 'k2'), etag);
      assert.equal(etagMatches(`W/${etag}, "other"`, etag), true);
      assert.equal(etagMatches('"other"', etag), false);
    });

    it('refuses locked fields, naming them all, and a pinned visual identity', () => {
      assert.throws(() => applyOperatorEdit(EMPTY_OPERATOR_FIELDS, { identity: {}, signature: {}, tags: [] }, {}), (e: DomainError) => e.code === 'LOCKED_FIELDS' && /identity, signature/.test(e.message));
      assert.throws(() => applyOperatorEdit(EMPTY_OPERATOR_FIELDS, { visual: { orb: 'silver' } }, { orb: 'gold' }), (e: DomainError) => e.code === 'VISUAL_IDENTITY_PINNED');
      assert.throws(() => applyOperatorEdit(EMPTY_OPERATOR_FIELDS, { colour: 'red' }, {}), (e: DomainError) => e.kind === 'validation_error' && e.field === 'colour');
      const edited = applyOperatorEdit({ ...EMPTY_OPERATOR_FIELDS, tags: ['keep'] }, { description: 'new', visual: { orb: 'gold', flare: 'ring' } }, { orb: 'gold' });
      assert.deepEqual({ description: edited.description, tags: edited.tags, visual: edited.visual }, { description: 'new', tags: ['keep'], visual: { orb: 'gold', flare: 'ring' } });
    });

    it('publishes a retired key only through its grace', async () => {
      const old = { ...(await generateSigningKey(new Date('2030-01-01T00:00:00Z'))), retiredAt: new Date('2030-01-02T00:00:00Z') };
      const fresh = await generateSigningKey(new Date('2030-01-02T00:00:00Z'));
      const day = 24 * 3600_000;
      assert.equal(publishedJwks([old, fresh], new Date('2030-01-08T23:00:00Z'), 7 * day).keys.length, 2);
      assert.deepEqual(publishedJwks([old, fresh], new Date('2030-01-09T01:00:00Z'), 7 * day).keys.map((k) => k.kid), [fresh.kid]);
    });
  });

  describe('peers', () => {
    it('moves through pending → active → inactive → active, and refuses the rest', () => {
      assert.equal(nextPeerStatus('PENDING_APPROVAL', 'approve'), 'ACTIVE');
      assert.equal(nextPeerStatus('PENDING_APPROVAL', 'reject'), 'REJECTED');
      assert.equal(nextPeerStatus('ACTIVE', 'deactivate'), 'INACTIVE');
      assert.equal(nextPeerStatus('INACTIVE', 'reactivate'), 'ACTIVE');
      assert.throws(() => nextPeerStatus('REJECTED', 'approve'), (e: DomainError) => e.kind === 'conflict');
      assert.throws(() => nextPeerStatus('ACTIVE', 'reactivate'), /cannot be reactivated/);
    });

    it('sees a ledger head go backwards or fork', () => {
      const seen = [{ seq: 5n, hash: 'a' }, { seq: 9n, hash: 'b' }];
      assert.equal(judgeHead(seen, { seq: 10n, hash: 'c' }), 'consistent');
      assert.equal(judgeHead(seen, { seq: 9n, hash: 'b' }), 'consistent');
      assert.equal(judgeHead(seen, { seq: 7n, hash: 'x' }), 'backwards');
      assert.equal(judgeHead(seen, { seq: 5n, hash: 'z' }), 'forked');
      assert.equal(judgeHead(seen, null), 'unknown');
    });

    it('refuses loopback, private and link-local peers unless allowed', async () => {
      for (const address of ['127.0.0.1', '10.1.2.3', '192.168.0.1', '169.254.169.254', '::1', '::ffff:127.0.0.1', 'fe80::1']) assert.notEqual(nonPublicReason(address), null, address);
      assert.equal(nonPublicReason('93.184.216.34'), null);
      const resolveToPrivate = async () => ['10.0.0.5'];
      await assert.rejects(assertPeerReachable(parsePeerUrl('https://peer.example.com'), resolveToPrivate, false), /10\.0\.0\.5.*private/);
      await assert.rejects(assertPeerReachable(parsePeerUrl('http://127.0.0.1:8080'), resolveToPrivate, false), /loopback/);
      await assertPeerReachable(parsePeerUrl('http://127.0.0.1:8080'), resolveToPrivate, true);
      assert.throws(() => parsePeerUrl('ftp://peer.example.com'), /http or https/);
      assert.throws(() => parsePeerUrl('https://user:pw@peer.example.com'), /credentials/);
    });
  });

  describe('registry request signatures (RFC 9421)', () => {
    it('verifies a signed request once; a replay, a changed body or URL, or a foreign key is refused', async () => {
      const key = await generateSigningKey();
      const jwks = publishedJwks([key], new Date(), 1000);
      const nonces = new Set<string>();
      const ports = { jwksFor: async () => jwks, claimNonce: async (_k: string, n: string) => (nonces.has(n) ? false : (nonces.add(n), true)) };
      const url = 'https://beta.example.com/api/v1/internal/federation/query';
      const signed = await signRegistryRequest({ method: 'POST', url, headers: { 'content-type': 'application/json' }, body: '{"search":"x"}' }, key, 'https://alpha.example.com');
      assert.deepEqual(await verifyRegistryRequest(signed, ports), { baseUrl: 'https://alpha.example.com', kid: key.kid });
      await assert.rejects(verifyRegistryRequest(signed, ports), /replay/);
      const again = await signRegistryRequest({ method: 'POST', url, headers: {}, body: '{"search":"x"}' }, key, 'https://alpha.example.com');
      await assert.rejects(verifyRegistryRequest({ ...again, body: '{"search":"y"}' }, ports), /Content-Digest/);
      await assert.rejects(verifyRegistryRequest({ ...again, url: `${url}?limit=1` }, ports), /does not verify/);
      const forged = await signRegistryRequest({ method: 'POST', url, headers: {}, body: '{}' }, await generateSigningKey(), 'https://alpha.example.com');
      await assert.rejects(verifyRegistryRequest(forged, ports), /does not verify/);
      const stale = await signRegistryRequest({ method: 'POST', url, headers: {}, body: '{}' }, key, 'https://alpha.example.com', new Date(Date.now() - 3600_000));
      await assert.rejects(verifyRegistryRequest(stale, ports), /does not verify/);
    });
  });
});
