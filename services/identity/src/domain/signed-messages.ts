import { createHash } from 'node:crypto';
import canonicalizeModule from 'canonicalize';
import { ed25519 } from '@noble/curves/ed25519';
import { secp256k1 } from '@noble/curves/secp256k1';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils';
import { getAddress, isAddress, isHex, recoverMessageAddress } from 'viem';
import { publicKeyToAddress } from 'viem/accounts';
import { DomainError } from '@agentvault/errors';

/**
 * The messages a self-registered agent signs, and their checks. Ed25519 signs the message's
 * UTF-8 bytes; secp256k1 signs it EIP-191 style (personal_sign), so any Ethereum wallet can.
 */

// The package's CommonJS default export, typed as what it is.
const canonicalize = canonicalizeModule as unknown as (input: unknown) => string | undefined;

export const KEY_TYPES = ['ed25519', 'secp256k1'] as const;
export type KeyType = (typeof KEY_TYPES)[number];

/** How far a signed timestamp (milliseconds since the epoch) may be from the registry's clock. */
export const MAX_CLOCK_SKEW_MS = 5 * 60 * 1000;

export const sha256Hex = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

const badRequest = (detail: string, field: string, code = 'INVALID_REQUEST') => new DomainError('bad_request', detail, { code, field });
export const invalidSignature = (detail = 'The signature does not verify') => badRequest(detail, 'signature', 'INVALID_SIGNATURE');

/**
 * What a registration signs, one `name: value` line each, joined by "\n", no trailing newline.
 * `profile` is the lowercase hex SHA-256 of the profile object as sent, in JCS (RFC 8785) form.
 */
export function registrationMessage(input: { keyType: string; publicKey: string; chainId: string | null; timestamp: number; profile: unknown }): string {
  return [
    'AgentVault self-registration v1',
    `key_type: ${input.keyType}`,
    `public_key: ${input.publicKey}`,
    `chain_id: ${input.chainId ?? ''}`,
    `timestamp: ${input.timestamp}`,
    `profile: ${sha256Hex(canonicalize(input.profile) ?? 'null')}`,
  ].join('\n');
}

/**
 * What a signed request signs. `path` is the request target as sent (path and query);
 * `body` is the lowercase hex SHA-256 of the body's bytes (of nothing, for no body).
 */
export function requestMessage(input: { did: string; method: string; path: string; bodySha256: string; timestamp: number }): string {
  return [
    'AgentVault signed request v1',
    `did: ${input.did}`,
    `method: ${input.method.toUpperCase()}`,
    `path: ${input.path}`,
    `body: ${input.bodySha256.toLowerCase()}`,
    `timestamp: ${input.timestamp}`,
  ].join('\n');
}

/** Hex (optionally 0x) or base64 / base64url bytes of an expected length; null when neither. */
function decodeBytes(value: string, length: number): Uint8Array | null {
  const hex = value.startsWith('0x') ? value.slice(2) : value;
  if (hex.length === length * 2 && /^[0-9a-fA-F]+$/.test(hex)) return hexToBytes(hex.toLowerCase());
  if (/^[A-Za-z0-9+/_-]+={0,2}$/.test(value)) {
    const bytes = Buffer.from(value.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
    if (bytes.length === length) return new Uint8Array(bytes);
  }
  return null;
}

export interface ParsedKey {
  keyType: KeyType;
  /** Ed25519: the 32 bytes in hex; secp256k1: the compressed point in hex (one form per key). */
  publicKey: string;
  /** secp256k1 only: the EIP-55 address the key controls. */
  address: string | null;
}

export function parsePublicKey(keyType: KeyType, value: string): ParsedKey {
  const invalid = () => badRequest(`public_key is not a valid ${keyType} public key`, 'public_key');
  if (keyType === 'ed25519') {
    const bytes = decodeBytes(value, 32);
    if (!bytes) throw invalid();
    try {
      ed25519.ExtendedPoint.fromHex(bytes);
    } catch {
      throw invalid();
    }
    return { keyType, publicKey: bytesToHex(bytes), address: null };
  }
  const hex = value.startsWith('0x') ? value.slice(2) : value;
  if (!/^[0-9a-fA-F]+$/.test(hex) || (hex.length !== 66 && hex.length !== 130)) throw invalid();
  let point;
  try {
    point = secp256k1.ProjectivePoint.fromHex(hex.toLowerCase());
  } catch {
    throw invalid();
  }
  const address = publicKeyToAddress(`0x${point.toHex(false)}`);
  return { keyType, publicKey: point.toHex(true), address };
}

/** A CAIP-2 chain id of the eip155 namespace ("eip155:1"; a bare "1" is taken as that). */
export function parseChainId(value: string | null | undefined): string {
  const match = /^(?:eip155:)?([1-9]\d{0,17})$/.exec(value ?? '');
  if (!match) throw badRequest('chain_id must be an eip155 chain, e.g. "eip155:1" (required for secp256k1)', 'chain_id');
  return `eip155:${match[1]}`;
}

/** Whether `signature` by the key signs `message`; false (never a throw) for a malformed signature. */
export async function verifySignature(key: ParsedKey, message: string, signature: string): Promise<boolean> {
  if (key.keyType === 'ed25519') {
    const bytes = decodeBytes(signature, 64);
    if (!bytes) return false;
    try {
      return ed25519.verify(bytes, new TextEncoder().encode(message), hexToBytes(key.publicKey));
    } catch {
      return false;
    }
  }
  if (!isHex(signature) || signature.length !== 132 || !key.address) return false;
  try {
    const recovered = await recoverMessageAddress({ message, signature });
    return recovered === key.address;
  } catch {
    return false;
  }
}

/** The stored form of a did:pkh (its address EIP-55), so either spelling finds the agent. */
export function normalizeDid(did: string): string {
  const pkh = /^did:pkh:(eip155:\d{1,18}):(0x[0-9a-fA-F]{40})$/.exec(did);
  if (pkh && isAddress(pkh[2]!, { strict: false })) return `did:pkh:${pkh[1]}:${getAddress(pkh[2]!)}`;
  return did;
}

/** A timestamp in milliseconds, within the allowed skew of `now`. */
export function assertFreshTimestamp(timestamp: number, now: number): void {
  if (!Number.isSafeInteger(timestamp) || Math.abs(now - timestamp) > MAX_CLOCK_SKEW_MS) {
    throw new DomainError('unauthorized', 'The signed timestamp is more than 5 minutes from the registry clock (milliseconds since the epoch)', {
      code: 'STALE_TIMESTAMP',
      field: 'timestamp',
    });
  }
}

export const replayedSignature = () =>
  new DomainError('unauthorized', 'This signed message was already used: sign a new one with a fresh timestamp', { code: 'REPLAYED_SIGNATURE', field: 'signature' });
