import { compactVerify, importJWK, errors } from 'jose';
import type { ProofVerifier } from '../domain/attestations.js';
import { samePayload } from '../domain/attestations.js';

/** The `jws` verifier: a compact JWS by the policy's public key over the expected payload. */
export const jwsVerifier: ProofVerifier = {
  async verify({ proof, key: publicKeyJwk, expectedPayload }) {
    let key;
    try {
      key = await importJWK(publicKeyJwk, typeof publicKeyJwk.alg === 'string' ? publicKeyJwk.alg : undefined);
    } catch (err) {
      return { verified: false, reason: `the policy's key cannot be used: ${(err as Error).message}` };
    }
    let payload: Uint8Array;
    try {
      ({ payload } = await compactVerify(proof, key));
    } catch (err) {
      if (err instanceof errors.JWSSignatureVerificationFailed) return { verified: false, reason: "the signature does not verify with the policy's key" };
      return { verified: false, reason: `the proof is not a valid compact JWS: ${(err as Error).message}` };
    }
    let claims: unknown;
    try {
      claims = JSON.parse(new TextDecoder().decode(payload));
    } catch {
      return { verified: false, reason: 'the signed payload is not JSON' };
    }
    if (!samePayload(claims, expectedPayload)) return { verified: false, reason: 'the signed payload does not match the policy code, the agent and the attestation data' };
    return { verified: true, reason: "signature verified with the policy's key" };
  },
};
