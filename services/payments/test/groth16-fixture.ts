import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { groth16 } from 'snarkjs';

/**
 * A real Groth16 setup from an npm package: circom_runtime ships a small compiled circuit
 * (a·a + 2b + c + 3, iterated; a, b, c public) with its proving and verification keys. Its
 * entry is build/main.cjs; the test folder sits beside build/. Proving takes under a second.
 */
const circuitDir = join(dirname(createRequire(import.meta.url).resolve('circom_runtime')), '..', 'test', 'circuit');

export async function groth16Fixture() {
  const verificationKey = JSON.parse(await readFile(join(circuitDir, 'verification_key.json'), 'utf8')) as Record<string, unknown>;
  const input = JSON.parse(await readFile(join(circuitDir, 'input.json'), 'utf8'));
  const { proof, publicSignals } = await groth16.fullProve(input, join(circuitDir, 'circuit_js', 'circuit.wasm'), join(circuitDir, 'circuit.zkey'));
  /** The same proof with one public signal changed. */
  const tamperedSignals = publicSignals.map((s, i) => (i === 1 ? String(BigInt(s) + 1n) : s));
  return { verificationKey, proof, publicSignals, tamperedSignals };
}
