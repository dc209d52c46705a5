import assert from 'node:assert/strict';
import { generateSigningKey, signToken, createTokenVerifier, InvalidTokenError, type JSONWebKeySet } from '../src/index.js';

const settings = { issuer: 'https://registry.test', audience: 'agentvault-api' };

describe('auth tokens', () => {
  it('signs with EdDSA and verifies from the JWKS', async () => {
    const key = await generateSigningKey();
    const issued = await signToken(key, { sub: 'developer:1', tier: 'developer', role: 'developer', developer_id: '1' }, settings, 3600);
    const verifier = createTokenVerifier({ ...settings, fetchJwks: async () => ({ keys: [key.publicJwk] }) });
    const claims = await verifier.verify(issued.token);
    assert.equal(claims.tier, 'developer');
    assert.equal(claims.jti, issued.jti);
    assert.equal(claims.exp - claims.iat, 3600);
    assert.equal(JSON.parse(Buffer.from(issued.token.split('.')[0], 'base64url').toString()).alg, 'EdDSA');
  });

  it('rejects another issuer, an expired token and a foreign key', async () => {
    const key = await generateSigningKey();
    const other = await generateSigningKey();
    const verifier = createTokenVerifier({ ...settings, fetchJwks: async () => ({ keys: [key.publicJwk] }) });
    const wrongIssuer = await signToken(key, { sub: 's', tier: 'agent' }, { ...settings, issuer: 'elsewhere' }, 60);
    await assert.rejects(verifier.verify(wrongIssuer.token), InvalidTokenError);
    const expired = await signToken(key, { sub: 's', tier: 'agent' }, settings, -10);
    await assert.rejects(verifier.verify(expired.token), /expired/);
    const forged = await signToken(other, { sub: 's', tier: 'agent' }, settings, 60);
    await assert.rejects(verifier.verify(forged.token), InvalidTokenError);
  });

  it('refetches the key set when a rotated key appears', async () => {
    const first = await generateSigningKey();
    const second = await generateSigningKey();
    let jwks: JSONWebKeySet = { keys: [first.publicJwk] };
    let fetches = 0;
    const verifier = createTokenVerifier({ ...settings, refreshIntervalMs: 0, fetchJwks: async () => (fetches++, jwks) });
    await verifier.verify((await signToken(first, { sub: 's', tier: 'agent' }, settings, 60)).token);
    jwks = { keys: [first.publicJwk, second.publicJwk] };
    await verifier.verify((await signToken(second, { sub: 's', tier: 'agent' }, settings, 60)).token);
    assert.equal(fetches, 2);
  });
});
