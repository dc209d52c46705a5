import assert from 'node:assert/strict';
import { groth16Fixture } from './groth16-fixture.js';
import { groth16Verifier } from '../src/verifiers/groth16.js';

describe('the groth16 attestation verifier', function () {
  this.timeout(60_000);
  let verificationKey: Record<string, unknown>;
  let proof: object;
  let publicSignals: string[];
  let tamperedSignals: string[];

  before(async () => {
    ({ verificationKey, proof, publicSignals, tamperedSignals } = await groth16Fixture());
  });

  it('a valid proof with its public signals verifies', async () => {
    const verdict = await groth16Verifier.verify({ proof: JSON.stringify({ proof, publicSignals }), key: verificationKey, expectedPayload: {} });
    assert.equal(verdict.verified, true, verdict.reason);
    assert.match(verdict.reason, /verified/);
  });

  it('a tampered public signal does not verify, and says why', async () => {
    const verdict = await groth16Verifier.verify({ proof: JSON.stringify({ proof, publicSignals: tamperedSignals }), key: verificationKey, expectedPayload: {} });
    assert.equal(verdict.verified, false);
    assert.match(verdict.reason, /does not verify/);
  });

  it('malformed submissions are refused with a reason, never thrown', async () => {
    for (const [text, reason] of [
      ['not json', /not JSON/],
      [JSON.stringify({ proof }), /publicSignals/],
      [JSON.stringify({ proof, publicSignals: publicSignals.slice(1) }), /public signals/],
      [JSON.stringify({ proof: { pi_a: ['1'] }, publicSignals }), /cannot be checked|does not verify/],
    ] as const) {
      const verdict = await groth16Verifier.verify({ proof: text, key: verificationKey, expectedPayload: {} });
      assert.equal(verdict.verified, false, text);
      assert.match(verdict.reason, reason);
    }
    const jwsKey = await groth16Verifier.verify({ proof: JSON.stringify({ proof, publicSignals }), key: { kty: 'OKP' }, expectedPayload: {} });
    assert.match(jwsKey.reason, /not a Groth16 key/);
  });
});
