import { createHash } from 'node:crypto';

/**
 * The tamper-evident chain over the event store: link n is SHA-256 over link n-1's hash and the
 * canonical JSON of event n (its sequence, key, type, transaction, time, payload and postings).
 * Changing, removing or inserting a row behind the chain's back breaks every link after it.
 */

/** What link 1 is chained to. */
export const GENESIS_HASH = '0'.repeat(64);

export interface ChainedEvent {
  seq: bigint;
  emitKey: string;
  type: string;
  transactionId: string | null;
  occurredAt: Date;
  payload: unknown;
  /** In the order they were written. */
  postings: ReadonlyArray<{ accountId: string; amount: bigint }>;
}

export interface ChainLink {
  seq: bigint;
  prevHash: string;
  hash: string;
}

export interface ChainHead {
  seq: bigint;
  hash: string;
  chainedAt: Date | null;
}

/** JSON with object keys sorted at every level: the same value always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function linkHash(prevHash: string, event: ChainedEvent): string {
  const body = canonicalJson({
    seq: event.seq.toString(),
    emit_key: event.emitKey,
    type: event.type,
    transaction_id: event.transactionId,
    occurred_at: event.occurredAt.toISOString(),
    payload: event.payload,
    postings: event.postings.map((p) => ({ account: p.accountId, amount: p.amount.toString() })),
  });
  return createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}

/** The links for events that follow `head`, in order. */
export function extendChain(head: ChainHead, events: readonly ChainedEvent[]): ChainLink[] {
  let prev = head.seq === 0n ? GENESIS_HASH : head.hash;
  return events.map((event) => {
    const link = { seq: event.seq, prevHash: prev, hash: linkHash(prev, event) };
    prev = link.hash;
    return link;
  });
}

export interface ChainVerification {
  ok: boolean;
  checked: number;
  head: ChainHead;
  /** The first link that does not hold. */
  broken: { seq: bigint; reason: string; expectedHash: string; storedHash: string } | null;
}

/** One stored link with the event it covers as it reads now (null when the row is gone). */
export interface StoredLink {
  link: ChainLink;
  event: ChainedEvent | null;
}

/**
 * Recomputes the chain from the first link. `links` yields every stored link in seq order;
 * `unchainedBelow(seq)` names an event at or below the head that has no link (one slipped in).
 */
export async function verifyChain(links: AsyncIterable<StoredLink>, unchainedBelow: (seq: bigint) => Promise<bigint | null>): Promise<ChainVerification> {
  let prev = GENESIS_HASH;
  let checked = 0;
  let head: ChainHead = { seq: 0n, hash: '', chainedAt: null };
  for await (const { link, event } of links) {
    const broken = (reason: string, expectedHash: string) => ({ ok: false, checked, head, broken: { seq: link.seq, reason, expectedHash, storedHash: link.hash } });
    if (link.prevHash !== prev) return broken('the link does not follow the one before it (a link was removed or rewritten)', prev);
    if (!event) return broken('the event this link covers is missing from the event store', '');
    const expected = linkHash(prev, event);
    if (expected !== link.hash) return broken('the event no longer matches its hash (the row or its postings were changed)', expected);
    prev = link.hash;
    checked += 1;
    head = { seq: link.seq, hash: link.hash, chainedAt: null };
  }
  const slipped = await unchainedBelow(head.seq);
  if (slipped !== null) {
    return { ok: false, checked, head, broken: { seq: slipped, reason: 'an event below the chain head has no link (it was inserted behind the chain)', expectedHash: '', storedHash: '' } };
  }
  return { ok: true, checked, head, broken: null };
}
