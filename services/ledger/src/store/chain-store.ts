import { sql, type Kysely } from 'kysely';
import type { Database } from '@agentvault/db';
import { amountFromDb } from '../domain/amount.js';
import { verifyChain, type ChainedEvent, type ChainHead, type ChainVerification, type StoredLink } from '../domain/chain.js';
import type { ChainStore } from '../domain/ports.js';
import type { LedgerDatabase } from './schema.js';
import { LEDGER_SCHEMA } from '../../migrations/index.js';

const PAGE = 1000;

async function withPostings(db: Kysely<LedgerDatabase>, rows: Array<{ seq: string | number | bigint; emit_key: string; type: string; transaction_id: string | null; occurred_at: Date; payload: unknown }>): Promise<ChainedEvent[]> {
  if (rows.length === 0) return [];
  const seqs = rows.map((r) => String(r.seq));
  const postings = await db.selectFrom('postings').select(['event_seq', 'account_id', 'amount']).where('event_seq', 'in', seqs).orderBy('id').execute();
  const bySeq = new Map<string, Array<{ accountId: string; amount: bigint }>>();
  for (const p of postings) {
    const key = String(p.event_seq);
    bySeq.set(key, [...(bySeq.get(key) ?? []), { accountId: p.account_id, amount: amountFromDb(p.amount) }]);
  }
  return rows.map((r) => ({
    seq: BigInt(r.seq),
    emitKey: r.emit_key,
    type: r.type,
    transactionId: r.transaction_id,
    occurredAt: new Date(r.occurred_at),
    payload: r.payload,
    postings: bySeq.get(String(r.seq)) ?? [],
  }));
}

async function readHead(db: Kysely<LedgerDatabase>): Promise<ChainHead> {
  const row = await db.selectFrom('ledger_chain').select(['seq', 'hash', 'chained_at']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
  return row ? { seq: BigInt(row.seq), hash: row.hash, chainedAt: new Date(row.chained_at) } : { seq: 0n, hash: '', chainedAt: null };
}

/** The chain's side table and its reads of the event store (schema ledger). */
export function createChainStore(database: Database<LedgerDatabase>): ChainStore {
  const db = database.db;
  return {
    head: () => readHead(db),
    async settledSeq() {
      // seq values are taken before their transaction commits, so a lower one can still appear.
      // A SHARE lock waits for every transaction writing the event store to finish (and holds
      // new ones back only for this statement): up to the max seen now, nothing more can join.
      return db.transaction().execute(async (trx) => {
        await sql`lock table ${sql.id(LEDGER_SCHEMA)}.ledger_events in share mode`.execute(trx);
        const row = await trx.selectFrom('ledger_events').select(sql<string | null>`max(seq)`.as('max')).executeTakeFirstOrThrow();
        return row.max === null ? 0n : BigInt(row.max);
      });
    },
    async events(afterSeq, upToSeq, limit) {
      const rows = await db
        .selectFrom('ledger_events')
        .select(['seq', 'emit_key', 'type', 'transaction_id', 'occurred_at', 'payload'])
        .where('seq', '>', afterSeq.toString())
        .where('seq', '<=', upToSeq.toString())
        .orderBy('seq')
        .limit(limit)
        .execute();
      return withPostings(db, rows);
    },
    async append(expected, links) {
      if (links.length === 0) return true;
      return db.transaction().execute(async (trx) => {
        // One writer at a time across processes; the loser re-reads the head.
        await sql`select pg_advisory_xact_lock(hashtext('agentvault.ledger.chain'))`.execute(trx);
        if ((await readHead(trx)).seq !== expected) return false;
        await trx
          .insertInto('ledger_chain')
          .values(links.map((l) => ({ seq: l.seq.toString(), prev_hash: l.prevHash, hash: l.hash })))
          .execute();
        return true;
      });
    },
    async *storedLinks(): AsyncIterable<StoredLink> {
      let after = '0';
      for (;;) {
        const rows = await db
          .selectFrom('ledger_chain as c')
          .leftJoin('ledger_events as e', 'e.seq', 'c.seq')
          .select(['c.seq as link_seq', 'c.prev_hash', 'c.hash', 'e.seq', 'e.emit_key', 'e.type', 'e.transaction_id', 'e.occurred_at', 'e.payload'])
          .where('c.seq', '>', after)
          .orderBy('c.seq')
          .limit(PAGE)
          .execute();
        if (rows.length === 0) return;
        const present = rows.flatMap((r) =>
          r.seq === null || r.emit_key === null || r.type === null || r.occurred_at === null
            ? []
            : [{ seq: r.seq, emit_key: r.emit_key, type: r.type, transaction_id: r.transaction_id, occurred_at: r.occurred_at, payload: r.payload }],
        );
        const events = new Map((await withPostings(db, present)).map((e) => [e.seq, e]));
        for (const r of rows) {
          const seq = BigInt(r.link_seq);
          yield { link: { seq, prevHash: r.prev_hash, hash: r.hash }, event: events.get(seq) ?? null };
        }
        after = String(rows[rows.length - 1]!.link_seq);
      }
    },
    async unchainedBelow(seq) {
      const row = await db
        .selectFrom('ledger_events as e')
        .leftJoin('ledger_chain as c', 'c.seq', 'e.seq')
        .select(sql<string | null>`min(e.seq)`.as('seq'))
        .where('c.seq', 'is', null)
        .where('e.seq', '<=', seq.toString())
        .executeTakeFirstOrThrow();
      return row.seq === null ? null : BigInt(row.seq);
    },
    async pending(afterSeq) {
      const row = await db.selectFrom('ledger_events').select((eb) => eb.fn.countAll<string>().as('n')).where('seq', '>', afterSeq.toString()).executeTakeFirstOrThrow();
      return BigInt(row.n);
    },
  };
}

/**
 * Recomputes the chain straight from the database, trusting no running service: what
 * `agentvault verify-ledger` runs. Read-only; events not chained yet are not covered.
 */
export async function verifyLedgerChain(database: Database<LedgerDatabase>): Promise<ChainVerification & { pending: bigint }> {
  const store = createChainStore(database);
  const result = await verifyChain(store.storedLinks(), (seq) => store.unchainedBelow(seq));
  return { ...result, pending: await store.pending(result.head.seq) };
}
