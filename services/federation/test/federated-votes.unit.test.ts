import assert from 'node:assert/strict';
import { signTally, verifyTally, TallyRejected, type TallyDocument } from '../src/domain/federated-votes.js';
import { generateSigningKey, publishedJwks } from '../src/domain/signing-keys.js';

const doc: TallyDocument = {
  typ: 'agentvault-federated-tally', registry: 'https://beta.example', origin_registry: 'https://alpha.example', origin_proposal_id: 'prp_1', proposal_id: 'prp_2',
  votes_for: '30.000000000000000000', votes_against: '0.000000000000000000', votes_abstain: '20.000000000000000000', total_voters: 2,
  snapshot_total_power: '50.000000000000000000', voting_ends_at: '2030-01-01T00:00:00.000Z', tallied_at: '2030-01-01T00:00:01.000Z',
};

describe('federated votes: signed tallies', () => {
  it('verifies a tally signed with a key of the registry’s JWKS, and nothing else', async () => {
    const key = await generateSigningKey();
    const other = await generateSigningKey();
    const jwks = publishedJwks([key], new Date(), 1000);
    const signed = await signTally(doc, key);
    const { doc: verified, kid } = await verifyTally(signed, jwks);
    assert.deepEqual(verified, doc);
    assert.equal(kid, key.kid);

    const rejected = async (tally: unknown, detail: RegExp) => {
      await assert.rejects(verifyTally(tally, jwks), (err: unknown) => err instanceof TallyRejected && detail.test(err.message));
    };
    await rejected(doc, /not signed/);
    await rejected('not.a.jws', /not signed/);
    const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
    await rejected(`${b64({ alg: 'none' })}.${b64(doc)}.`, /EdDSA/);
    await rejected(await signTally(doc, other), /not in the registry's JWKS/);
    await rejected(await signTally(doc, { ...other, kid: key.kid }), /does not verify/);
    const [header, , signature] = signed.split('.');
    await rejected(`${header}.${b64({ ...doc, votes_for: '31.000000000000000000' })}.${signature}`, /does not verify/);
    await rejected(await signTally({ ...doc, votes_for: '-1' }, key), /malformed/);
  });
});
