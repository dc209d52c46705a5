import assert from 'node:assert/strict';
import { waitFor } from '@agentvault/testing';
import { canonicalJson, extendChain, GENESIS_HASH, verifyChain, type ChainedEvent, type StoredLink } from '../src/domain/chain.js';
import { ChainWriter } from '../src/domain/chain-writer.js';

const event = (seq: number, amount = 5n): ChainedEvent => ({
  seq: BigInt(seq),
  emitKey: `transfer:${seq}`,
  type: 'TransferCompleted',
  transactionId: `tx-${seq}`,
  occurredAt: new Date(Date.UTC(2026, 0, 1, 0, 0, seq)),
  payload: { amount: amount.toString(), b: 1, a: [2, { z: 1, y: null }] },
  postings: [
    { accountId: 'did:a', amount: -amount },
    { accountId: 'did:b', amount },
  ],
});

async function* stored(links: StoredLink[]): AsyncIterable<StoredLink> {
  yield* links;
}
const none = async () => null;

describe('ledger hash chain (domain)', () => {
  const events = [1, 2, 3, 4].map((n) => event(n));
  const links = extendChain({ seq: 0n, hash: '', chainedAt: null }, events);

  it('sorts keys at every level, so equal values hash equally', () => {
    assert.equal(canonicalJson({ b: 1, a: { d: [1, { f: 1, e: 2 }], c: null } }), '{"a":{"c":null,"d":[1,{"e":2,"f":1}]},"b":1}');
  });

  it('chains each link to the one before, the first to the genesis hash', () => {
    assert.equal(links[0]!.prevHash, GENESIS_HASH);
    for (let i = 1; i < links.length; i++) assert.equal(links[i]!.prevHash, links[i - 1]!.hash);
    assert.ok(links.every((l) => /^[0-9a-f]{64}$/.test(l.hash)));
    // Extending from a head gives the same links as building at once.
    const tail = extendChain({ seq: 2n, hash: links[1]!.hash, chainedAt: null }, events.slice(2));
    assert.deepEqual(tail, links.slice(2));
  });

  it('holds for untouched events', async () => {
    const result = await verifyChain(stored(links.map((link, i) => ({ link, event: events[i]! }))), none);
    assert.equal(result.ok, true);
    assert.equal(result.checked, 4);
    assert.equal(result.head.seq, 4n);
  });

  it('names the first changed event: an amount, a posting, or a removed row', async () => {
    const changed = await verifyChain(stored(links.map((link, i) => ({ link, event: i === 2 ? event(3, 6n) : events[i]! }))), none);
    assert.equal(changed.ok, false);
    assert.equal(changed.broken?.seq, 3n);
    assert.match(changed.broken!.reason, /no longer matches/);
    assert.equal(changed.checked, 2);

    const posting = { ...events[1]!, postings: [{ accountId: 'did:a', amount: -5n }, { accountId: 'did:c', amount: 5n }] };
    assert.equal((await verifyChain(stored(links.map((link, i) => ({ link, event: i === 1 ? posting : events[i]! }))), none)).broken?.seq, 2n);

    const gone = await verifyChain(stored(links.map((link, i) => ({ link, event: i === 0 ? null : events[i]! }))), none);
    assert.equal(gone.broken?.seq, 1n);
    assert.match(gone.broken!.reason, /missing/);
  });

  it('finds a removed link and an event slipped in below the head', async () => {
    const removed = await verifyChain(stored(links.filter((_, i) => i !== 1).map((link) => ({ link, event: events[Number(link.seq) - 1]! }))), none);
    assert.equal(removed.broken?.seq, 3n);
    assert.match(removed.broken!.reason, /does not follow/);

    const slipped = await verifyChain(stored(links.map((link, i) => ({ link, event: events[i]! }))), async (head) => (head === 4n ? 2n : null));
    assert.equal(slipped.ok, false);
    assert.equal(slipped.broken?.seq, 2n);
  });
});

describe('ledger hash chain writer', () => {
  /** An in-memory store of `settled` events that counts the writer's passes. */
  function memoryStore(settled: number) {
    const links: import('../src/domain/chain.js').ChainLink[] = [];
    let passes = 0;
    const store: import('../src/domain/ports.js').ChainStore = {
      async head() {
        const last = links.at(-1);
        return last ? { seq: last.seq, hash: last.hash, chainedAt: new Date() } : { seq: 0n, hash: '', chainedAt: null };
      },
      async settledSeq() {
        passes++;
        return BigInt(settled);
      },
      async events(after, upTo, limit) {
        const all = Array.from({ length: settled }, (_, i) => event(i + 1));
        return all.filter((e) => e.seq > after && e.seq <= upTo).slice(0, limit);
      },
      async append(expected, added) {
        if ((links.at(-1)?.seq ?? 0n) !== expected) return false;
        links.push(...added);
        return true;
      },
      storedLinks: () => stored([]),
      unchainedBelow: none,
      pending: async () => 0n,
    };
    return { store, links, passes: () => passes, settle: (n: number) => (settled = n) };
  }

  it('lets the commits of its linger share one pass, and chains them all', async () => {
    const memory = memoryStore(0);
    const writer = new ChainWriter(memory.store, { pollMs: 60_000, lingerMs: 30, onError: (err) => assert.fail(String(err)) });
    writer.start(); // the first poll passes at once, over nothing
    await writer.catchUp();
    const before = memory.passes();
    for (let n = 1; n <= 5; n++) {
      memory.settle(n);
      writer.notify();
    }
    assert.equal(memory.passes(), before, 'no pass before the linger is over');
    await waitFor(async () => memory.links.length === 5, { timeoutMs: 5000, intervalMs: 5, what: 'five links' });
    assert.equal(memory.passes(), before + 1, 'five commits, one pass');
    await writer.stop();
  });

  it('catches up at once, linger or not', async () => {
    const memory = memoryStore(3);
    const writer = new ChainWriter(memory.store, { pollMs: 60_000, lingerMs: 10_000, onError: (err) => assert.fail(String(err)) });
    assert.equal(await writer.catchUp(), 3);
    writer.notify();
    await writer.stop(); // a wake-up still lingering is dropped, not waited for
    assert.equal(memory.links.length, 3);
  });
});
