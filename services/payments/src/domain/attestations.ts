import { createHash, randomBytes } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { DomainError, notFound, validationError } from '@agentvault/errors';
import { formatAmount, parseAmount } from '@agentvault/ledger/amount';
import type { AttestationEventData } from '@agentvault/contracts/payments-events';
import type { AttestationPolicy, AttestationSubmission } from './model.js';
import type { LedgerPort, PaymentsUnitOfWork } from './ports.js';

/**
 * Attestations against policies. Policies belong to governance; until it serves them, the
 * lookup is this port, implemented over the payments schema (store/policy-directory.ts).
 */
export interface PolicyDirectory {
  byCode(code: string): Promise<AttestationPolicy | null>;
  list(): Promise<AttestationPolicy[]>;
  create(policy: AttestationPolicy): Promise<AttestationPolicy>;
}

/** Checks a proof with the policy's key: verified or not, and why. */
export interface ProofVerifier {
  /** key: the policy's key for its kind (a JWK for jws, a verification key for groth16). */
  verify(input: { proof: string; key: Record<string, unknown>; expectedPayload: Record<string, unknown> }): Promise<{ verified: boolean; reason: string }>;
}

const VERIFIER_KINDS = ['jws', 'groth16'] as const;
type VerifierKind = (typeof VERIFIER_KINDS)[number];

export function attestationEventData(a: AttestationSubmission): AttestationEventData {
  return {
    submission_id: a.id, agent_did: a.agentDid, policy_code: a.policyCode, verified: a.verified, reason: a.reason,
    reward_amount: a.reward === null ? null : formatAmount(a.reward), reward_transaction_id: a.rewardTransactionId,
  };
}

/**
 * A jws policy's proof is a JWS by the policy's key whose payload is exactly
 * `{policy_code, agent_did, attestation_data}`: it binds the data to the submitting agent, so a
 * proof cannot be replayed by another agent; a groth16 policy's proof is `{proof, publicSignals}`
 * checked against its verification key (what the signals bind is the circuit's business). A verified submission earns the policy's reward
 * once: the same verified proof again is the same submission, and the ledger pays under the
 * submission's id (its idempotency claim), which the sweep retries after an interruption.
 */
export class AttestationService {
  constructor(
    private readonly uow: PaymentsUnitOfWork,
    private readonly policies: PolicyDirectory,
    private readonly verifiers: Record<VerifierKind, ProofVerifier>,
    private readonly ledger: LedgerPort,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async createPolicy(input: { code: string; name: string; description?: string; verifierKind: string; publicKeyJwk?: string; verificationKey?: string; reward: string; circuitIdentifier?: string }) {
    const code = (input.code ?? '').trim();
    if (!/^[A-Za-z0-9_.\-/]{2,100}$/.test(code)) throw validationError('policy_code must be 2 to 100 letters, digits or _.-/', 'policy_code');
    const name = (input.name ?? '').trim();
    if (!name || name.length > 200) throw validationError('policy_name must be 1 to 200 characters', 'policy_name');
    if (!VERIFIER_KINDS.includes(input.verifierKind as VerifierKind)) throw validationError(`verifier_kind must be one of ${VERIFIER_KINDS.join(', ')}`, 'verifier_kind');
    const verifierKind = input.verifierKind as VerifierKind;
    const publicKeyJwk = verifierKind === 'jws' ? parseJwk(input.publicKeyJwk ?? '') : null;
    const verificationKey = verifierKind === 'groth16' ? parseGroth16Key(input.verificationKey ?? '') : null;
    if (await this.policies.byCode(code)) throw new DomainError('conflict', `Policy ${code} exists already`, { code: 'POLICY_EXISTS', field: 'policy_code' });
    return this.policies.create({
      id: 'pol_' + randomBytes(12).toString('hex'), code, name, description: (input.description ?? '').slice(0, 4000), verifierKind, publicKeyJwk, verificationKey,
      reward: parseAmount(input.reward || '0', 'reward_amount', { allowZero: true }),
      circuitIdentifier: input.circuitIdentifier?.trim().slice(0, 200) || null, active: true, createdAt: this.now(),
    });
  }

  listPolicies() {
    return this.policies.list();
  }

  async submit(input: { agentDid: string; policyCode: string; dataJson: string; storagePointer: string; proof: string }) {
    const policy = await this.policies.byCode((input.policyCode ?? '').trim());
    if (!policy || !policy.active) throw notFound(`Attestation policy ${input.policyCode} not found`);
    let data: unknown;
    try {
      data = JSON.parse(input.dataJson || '{}');
    } catch {
      throw validationError('attestation_data must be a JSON object', 'attestation_data');
    }
    if (!data || typeof data !== 'object' || Array.isArray(data)) throw validationError('attestation_data must be a JSON object', 'attestation_data');
    const pointer = (input.storagePointer ?? '').trim();
    if (!pointer || pointer.length > 2048) throw validationError('storage_pointer must be 1 to 2048 characters', 'storage_pointer');
    const proof = (input.proof ?? '').trim();
    if (!proof || proof.length > 16_384) throw validationError('proof must be 1 to 16384 characters', 'proof');
    const expectedPayload = { policy_code: policy.code, agent_did: input.agentDid, attestation_data: data as Record<string, unknown> };
    const key = policy.verifierKind === 'groth16' ? policy.verificationKey : policy.publicKeyJwk;
    const verdict = key
      ? await this.verifiers[policy.verifierKind].verify({ proof, key, expectedPayload })
      : { verified: false, reason: `the policy has no key for its ${policy.verifierKind} verifier` };
    const id = 'att_' + randomBytes(12).toString('hex');
    // A verified proof is one submission however often it comes (its reward is paid once); a
    // failed one is recorded each time, as it earns nothing.
    const proofHash = createHash('sha256').update(verdict.verified ? proof : `${proof}\n${id}`).digest('hex');
    if (verdict.verified) {
      const earlier = await this.uow.read.attestations.byProof(input.agentDid, policy.id, proofHash);
      if (earlier) return { submission: await this.rewardOrLater(earlier), policy, replayed: true };
    }
    const submission: AttestationSubmission = {
      id, agentDid: input.agentDid, policyId: policy.id, policyCode: policy.code,
      data: data as Record<string, unknown>, storagePointer: pointer, proofHash, verified: verdict.verified, reason: verdict.reason,
      reward: verdict.verified && policy.reward > 0n ? policy.reward : null, rewardTransactionId: null, createdAt: this.now(),
    };
    const fresh = await this.uow.run(async (repos) => {
      if (!(await repos.attestations.insert(submission))) return false;
      await repos.outbox.emit({ type: 'attestation.submitted', subject: submission.agentDid, data: attestationEventData(submission) });
      return true;
    });
    if (!fresh) return { submission: await this.rewardOrLater((await this.uow.read.attestations.byProof(input.agentDid, policy.id, proofHash))!), policy, replayed: true };
    return { submission: await this.rewardOrLater(submission), policy, replayed: false };
  }

  /** A reward the ledger cannot pay now (busy with a twin request, down) is paid by the sweep: the verdict stands. */
  private rewardOrLater(s: AttestationSubmission) {
    return this.reward(s).catch(() => s);
  }

  async mine(agentDid: string, limit: number, offset: number) {
    const page = await this.uow.read.attestations.list(agentDid, limit, offset);
    const policies = new Map((await this.policies.list()).map((p) => [p.id, p]));
    return { ...page, policies };
  }

  /** Verified submissions whose reward an interruption left unpaid. */
  async sweep(limit = 50) {
    for (const s of await this.uow.read.attestations.unrewarded(limit)) await this.reward(s);
  }

  private async reward(s: AttestationSubmission): Promise<AttestationSubmission> {
    if (!s.verified || s.reward === null || s.rewardTransactionId) return s;
    const paid = await this.ledger.reward({ agentDid: s.agentDid, amount: s.reward, key: `attestation-reward:${s.id}`, reason: `attestation ${s.policyCode} reward` });
    const rewarded = { ...s, rewardTransactionId: paid.transactionId };
    await this.uow.run(async (repos) => {
      await repos.attestations.rewarded(s.id, paid.transactionId);
      await repos.outbox.emit({
        type: 'attestation.rewarded', subject: s.agentDid,
        data: { ...attestationEventData(rewarded), reward_amount: formatAmount(s.reward!), reward_transaction_id: paid.transactionId },
      });
    });
    return rewarded;
  }
}

function parseJwk(text: string): Record<string, unknown> {
  let jwk: unknown;
  try {
    jwk = JSON.parse(text);
  } catch {
    throw validationError('public_key_jwk must be a JWK (a JSON object)', 'public_key_jwk');
  }
  if (!jwk || typeof jwk !== 'object' || Array.isArray(jwk) || typeof (jwk as { kty?: unknown }).kty !== 'string') throw validationError('public_key_jwk must be a JWK with kty', 'public_key_jwk');
  if ((jwk as { kty: string }).kty === 'oct') throw validationError('public_key_jwk must be an asymmetric public key, not a shared secret', 'public_key_jwk');
  if ('d' in (jwk as object)) throw validationError('public_key_jwk must be a public key (it has a private part)', 'public_key_jwk');
  return jwk as Record<string, unknown>;
}

/** A Groth16 verification key as snarkjs exports it (`zkey export verificationkey`). */
function parseGroth16Key(text: string): Record<string, unknown> {
  let key: unknown;
  try {
    key = JSON.parse(text);
  } catch {
    throw validationError('verification_key must be a Groth16 verification key (a JSON object)', 'verification_key');
  }
  const k = key as Record<string, unknown> | null;
  if (!k || typeof k !== 'object' || Array.isArray(k) || k.protocol !== 'groth16') throw validationError('verification_key must be a Groth16 verification key (protocol groth16)', 'verification_key');
  if (!Number.isInteger(k.nPublic) || !Array.isArray(k.IC) || k.IC.length !== (k.nPublic as number) + 1) throw validationError('verification_key must have nPublic and IC (nPublic + 1 points)', 'verification_key');
  for (const f of ['vk_alpha_1', 'vk_beta_2', 'vk_gamma_2', 'vk_delta_2']) if (!Array.isArray(k[f])) throw validationError(`verification_key lacks ${f}`, 'verification_key');
  return k;
}

/** Deep equality of a proof's payload with what it must say (key order does not matter). */
export const samePayload = (a: unknown, b: unknown) => isDeepStrictEqual(a, b);
