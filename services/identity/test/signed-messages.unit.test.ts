import assert from 'node:assert/strict';
import { ed25519 } from '@noble/curves/ed25519';
import { secp256k1 } from '@noble/curves/secp256k1';
import { bytesToHex } from '@noble/hashes/utils';
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts';
import { assertFreshTimestamp, normalizeDid, parseChainId, parsePublicKey, verifySignature } from '../src/domain/signed-messages.js';

describe('signed messages', () => {
  it('gives one form per secp256k1 key, compressed or not, and its address', () => {
    const account = privateKeyToAccount(generatePrivateKey());
    const uncompressed = parsePublicKey('secp256k1', account.publicKey);
    const compressed = parsePublicKey('secp256k1', secp256k1.ProjectivePoint.fromHex(account.publicKey.slice(2)).toHex(true));
    assert.equal(uncompressed.publicKey, compressed.publicKey);
    assert.equal(uncompressed.address, account.address);
  });

  it('takes Ed25519 keys and signatures in hex or base64', async () => {
    const secret = ed25519.utils.randomPrivateKey();
    const pub = ed25519.getPublicKey(secret);
    const key = parsePublicKey('ed25519', Buffer.from(pub).toString('base64'));
    assert.equal(key.publicKey, bytesToHex(pub));
    const sig = ed25519.sign(new TextEncoder().encode('hello'), secret);
    assert.equal(await verifySignature(key, 'hello', bytesToHex(sig)), true);
    assert.equal(await verifySignature(key, 'hello', Buffer.from(sig).toString('base64url')), true);
    assert.equal(await verifySignature(key, 'hullo', bytesToHex(sig)), false);
    assert.equal(await verifySignature(key, 'hello', 'not a signature'), false);
  });

  it('refuses keys that are not points, and chains outside eip155', () => {
    assert.throws(() => parsePublicKey('secp256k1', '0x04' + '00'.repeat(64)), /not a valid secp256k1/);
    assert.throws(() => parsePublicKey('ed25519', 'abc'), /not a valid ed25519/);
    assert.equal(parseChainId('1'), 'eip155:1');
    assert.throws(() => parseChainId('solana:mainnet'), /eip155/);
  });

  it('normalizes did:pkh addresses and bounds timestamps to five minutes', () => {
    const account = privateKeyToAccount(generatePrivateKey());
    assert.equal(normalizeDid(`did:pkh:eip155:1:${account.address.toLowerCase()}`), `did:pkh:eip155:1:${account.address}`);
    assert.equal(normalizeDid('did:web:x:agent:1'), 'did:web:x:agent:1');
    const now = 1_800_000_000_000;
    assertFreshTimestamp(now - 299_000, now);
    assert.throws(() => assertFreshTimestamp(now - 301_000, now), /5 minutes/);
    assert.throws(() => assertFreshTimestamp(now + 301_000, now), /5 minutes/);
  });
});
