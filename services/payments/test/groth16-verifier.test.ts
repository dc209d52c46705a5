import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { groth16 } from 'snarkjs';
import { groth16Verifier } from '../src/verifiers/groth16.js';

// circom_runtime ships a small compiled circuit (a·a + 2b + c + 3, iterated) with its proving
// and verification keys: a real Groth16 setup, proven here in under a second.
// The package's entry is build/main.cjs; its test folder sits beside build/.
const circuitDir = join(dirname(createRequire(import.meta.url).resolve('circom_runtime')), '..', 'test', 'circuit');

describe('the groth16 attestation verifier', function () {
  this.timeout(60_000);
  let verificationKey: Record<string, unknown>;
  let proof: object;
  let publicSignals: string[];

  before(async () => {
    verificationKey = JSON.parse(await readFile(join(circuitDir, 'verification_key.json'), 'utf8'));
    const input = JSON.parse(await readFile(join(circuitDir, 'input.json'), 'utf8'));
    ({ proof, publicSignals } = await groth16.fullProve(input, join(circuitDir, 'circuit_js', 'circuit.wasm'), join(circuitDir, 'circuit.zkey')));
  });

  it('a valid proof with its public signals verifies', async () => {
    const verdict = await groth16Verifier.verify({ proof: JSON.stringify({ proof, publicSignals }), verificationKey });
    assert.equal(verdict.verified, true, verdict.reason);
    assert.match(verdict.reason, /verified/);
  });

  it('a tampered public signal does not verify, and says why', async () => {
    const tampered = [...publicSignals];
    tampered[1] = String(BigInt(tampered[1]!) + 1n);
    const verdict = await groth16Verifier.verify({ proof: JSON.stringify({ proof, publicSignals: tampered }), verificationKey });
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
      const verdict = await groth16Verifier.verify({ proof: text, verificationKey });
      assert.equal(verdict.verified, false, text);
      assert.match(verdict.reason, reason);
    }
    const jwsKey = await groth16Verifier.verify({ proof: JSON.stringify({ proof, publicSignals }), verificationKey: { kty: 'OKP' } });
    assert.match(jwsKey.reason, /not a Groth16 key/);
  });
});
