import { sql, type Kysely } from 'kysely';
import { createOutboxUnitOfWork } from '@agentvault/events';
import type { Database } from '@agentvault/db';
import { amountFromDb, amountToDb } from '../domain/amount.js';
import { bridgeEscrowOf, isBridgeKind, type BridgeRepositories, type BridgeRepository, type BridgeUnitOfWork } from '../domain/bridge.js';
import { holdRepositories } from './hold-store.js';
import type { LedgerDatabase } from './schema.js';

/** Persistence of the bridge's escrow accounts and wrapped balances; runs inside the caller's transaction. */
export function bridgeRepository(db: Kysely<LedgerDatabase>): BridgeRepository {
  return {
    async serialize(key) {
      await sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`.execute(db);
    },
    async openEscrow(peer) {
      await db.insertInto('accounts').values({ id: bridgeEscrowOf(peer), kind: 'system' }).onConflict((oc) => oc.column('id').doNothing()).execute();
    },
    async recorded(emitKey) {
      const row = await db.selectFrom('ledger_events').select(['payload', 'transaction_id']).where('emit_key', '=', emitKey).executeTakeFirst();
      if (!row) return null;
      const payload = (typeof row.payload === 'string' ? JSON.parse(row.payload) : row.payload) as Record<string, unknown>;
      const kind = String(payload.kind ?? '');
      if (!isBridgeKind(kind)) return null;
      return { kind, peer: String(payload.peer), agentDid: String(payload.agent), amount: String(payload.amount), transactionId: row.transaction_id };
    },
    async lockWrapped(origin, holder) {
      await db.insertInto('wrapped_balances').values({ origin, holder }).onConflict((oc) => oc.columns(['origin', 'holder']).doNothing()).execute();
      const row = await db.selectFrom('wrapped_balances').select('balance').where('origin', '=', origin).where('holder', '=', holder).forUpdate().executeTakeFirstOrThrow();
      return amountFromDb(row.balance);
    },
    async adjustWrapped(origin, holder, delta) {
      const row = await db
        .updateTable('wrapped_balances')
        .set({ balance: sql`balance + ${amountToDb(delta)}::numeric`, updated_at: sql`now()` })
        .where('origin', '=', origin)
        .where('holder', '=', holder)
        .returning('balance')
        .executeTakeFirstOrThrow();
      return amountFromDb(row.balance);
    },
    async wrappedSupply(origin) {
      const row = await db.selectFrom('wrapped_balances').select(sql<string>`coalesce(sum(balance), 0)`.as('supply')).where('origin', '=', origin).executeTakeFirstOrThrow();
      return amountFromDb(row.supply);
    },
    async wrappedBalances(holder) {
      const rows = await db.selectFrom('wrapped_balances').select(['origin', 'balance']).where('holder', '=', holder).where('balance', '>', '0').orderBy('origin').execute();
      return rows.map((r) => ({ origin: r.origin, balance: amountFromDb(r.balance) }));
    },
    async escrowBalance(peer) {
      const row = await db.selectFrom('accounts').select('balance').where('id', '=', bridgeEscrowOf(peer)).executeTakeFirst();
      return row ? amountFromDb(row.balance) : 0n;
    },
  };
}

export function createBridgeUnitOfWork(database: Database<LedgerDatabase>, onOutboxCommit: () => void = () => {}): BridgeUnitOfWork {
  return createOutboxUnitOfWork(
    database,
    (db: Kysely<LedgerDatabase>, onOutboxAppend: () => void): BridgeRepositories => ({ ...holdRepositories(db, onOutboxAppend), bridge: bridgeRepository(db) }),
    onOutboxCommit,
  );
}
