import { sql, type Kysely } from 'kysely';
import { createOutboxUnitOfWork } from '@agentvault/events';
import type { Database } from '@agentvault/db';
import { amountFromDb } from '../domain/amount.js';
import { lockedAccountOf, type LockRepositories, type LockRepository, type LockUnitOfWork } from '../domain/locks.js';
import { repositories, toTransaction } from './ledger-store.js';
import type { LedgerDatabase } from './schema.js';

/** Persistence of locks, treasury payouts and ledger parameters; runs inside the caller's transaction. */
export function lockRepository(db: Kysely<LedgerDatabase>): LockRepository {
  return {
    async openLockedAccount(did) {
      await db
        .insertInto('accounts')
        .values({ id: lockedAccountOf(did), kind: 'system' })
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
    },
    async transactionByEmitKey(emitKey) {
      const row = await db
        .selectFrom('ledger_events as e')
        .innerJoin('transactions as t', 't.id', 'e.transaction_id')
        .selectAll('t')
        .where('e.emit_key', '=', emitKey)
        .executeTakeFirst();
      return row ? toTransaction(row) : null;
    },
    async lockedBalances(dids) {
      if (dids.length === 0) return new Map();
      const rows = await db.selectFrom('accounts').select(['id', 'balance']).where('id', 'in', dids.map(lockedAccountOf)).execute();
      return new Map(rows.map((r) => [String(r.id).slice('locked:'.length), amountFromDb(r.balance)]));
    },
    async getParameter(name) {
      const row = await db.selectFrom('parameters').select('value').where('name', '=', name).executeTakeFirst();
      return row ? String(row.value) : null;
    },
    async setParameter(name, value, reference) {
      await db
        .insertInto('parameters')
        .values({ name, value, reference })
        .onConflict((oc) => oc.column('name').doUpdateSet({ value, reference, updated_at: sql`now()` }))
        .execute();
    },
  };
}

export function createLockUnitOfWork(database: Database<LedgerDatabase>, onOutboxCommit: () => void = () => {}): LockUnitOfWork {
  return createOutboxUnitOfWork(database, (db: Kysely<LedgerDatabase>, onOutboxAppend: () => void): LockRepositories => ({ ...repositories(db, onOutboxAppend), locks: lockRepository(db) }), onOutboxCommit);
}
