import type { Groth16Proof, PublicSignals } from 'snarkjs';
import type { ProofVerifier } from '../domain/attestations.js';

/** What a `groth16` policy's submission carries as its proof: snarkjs's output, as JSON. */
interface Groth16Submission {
  proof: Groth16Proof;
  publicSignals: PublicSignals;
}

const DECIMAL = /^[0-9]{1,80}$/;

function parseSubmission(text: string): Groth16Submission | string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return 'the proof is not JSON: it must be {proof, publicSignals}';
  }
  const p = parsed as Partial<Groth16Submission> | null;
  if (!p || typeof p !== 'object' || !p.proof || typeof p.proof !== 'object') return 'the proof must be {proof, publicSignals} with a Groth16 proof object';
  if (!Array.isArray(p.publicSignals) || !p.publicSignals.every((s) => typeof s === 'string' && DECIMAL.test(s))) return 'publicSignals must be a list of decimal strings';
  return { proof: p.proof, publicSignals: p.publicSignals };
}

/**
 * The `groth16` verifier: a zero-knowledge proof checked by snarkjs against the policy's
 * verification key. What the public signals must say is the circuit's business; the verdict
 * names them so that a reader can see what was proven.
 */
export const groth16Verifier: ProofVerifier = {
  async verify({ proof, key: verificationKey }) {
    if (verificationKey.protocol !== 'groth16') return { verified: false, reason: "the policy's verification key is not a Groth16 key" };
    const submission = parseSubmission(proof);
    if (typeof submission === 'string') return { verified: false, reason: submission };
    const expected = Number(verificationKey.nPublic);
    if (Number.isInteger(expected) && submission.publicSignals.length !== expected) {
      return { verified: false, reason: `the circuit has ${expected} public signals, the submission ${submission.publicSignals.length}` };
    }
    let ok: boolean;
    try {
      // snarkjs and its curve code are tens of MB in memory; loaded by the first proof, not at start.
      const { groth16 } = await import('snarkjs');
      ok = await groth16.verify(verificationKey, submission.publicSignals, submission.proof);
    } catch (err) {
      return { verified: false, reason: `the proof cannot be checked: ${(err as Error).message}` };
    }
    return ok
      ? { verified: true, reason: `Groth16 proof verified with the policy's verification key (public signals ${submission.publicSignals.join(', ')})` }
      : { verified: false, reason: "the Groth16 proof does not verify with the policy's verification key for these public signals" };
  },
};
