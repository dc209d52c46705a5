import { sql, type Kysely } from 'kysely';
import { appendManyToOutbox, appendToOutbox, createOutboxUnitOfWork, outboxInsertStatement } from '@agentvault/events';
import { byColumns, precompiled, type ColumnTypes, type Database } from '@agentvault/db';
import { amountFromDb, amountToDb, formatAmount } from '../domain/amount.js';
import { SYSTEM_ACCOUNTS } from '../domain/accounts.js';
import type { Account, LedgerEvent, LedgerTransaction, StoredBatchOutcome } from '../domain/model.js';
import type { AuditFigures, LedgerAudit, LedgerRepositories, UnitOfWork } from '../domain/ports.js';
import { FEE_ACCOUNT_SHARDS, LEDGER_SCHEMA } from '../../migrations/index.js';
import { fundingRequestRepository } from './funding-store.js';
import { reputationRepository } from './reputation-store.js';
import type { AccountRow, LedgerDatabase, TransactionRow } from './schema.js';

const SOURCE = 'ledger';

const compareClaims = (a: { scope: string; key: string }, b: { scope: string; key: string }) =>
  a.scope < b.scope ? -1 : a.scope > b.scope ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0;

/** An account row, with the sum of its shards where the query read them. */
function toAccount(row: AccountRow & { shard_balance?: string | null }): Account {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    developerId: row.developer_id,
    balance: amountFromDb(row.balance) + amountFromDb(row.shard_balance),
  };
}

export function toTransaction(row: TransactionRow): LedgerTransaction {
  return {
    id: row.id,
    type: row.type,
    senderId: row.sender_id,
    receiverId: row.receiver_id,
    amount: amountFromDb(row.amount),
    fee: amountFromDb(row.fee),
    status: row.status,
    message: row.message,
    balanceAfter: amountFromDb(row.balance_after),
    createdAt: new Date(row.created_at),
    reputationSignal: row.reputation_signal ?? null,
  };
}

type TransactionInsert = ReturnType<typeof transactionRow>;
const TRANSACTION_COLUMNS: ColumnTypes<TransactionInsert> = {
  id: 'text', type: 'text', sender_id: 'text', receiver_id: 'text', amount: 'numeric', fee: 'numeric',
  status: 'text', message: 'text', balance_after: 'numeric', created_at: 'timestamptz',
};

function transactionRow(tx: LedgerTransaction) {
  return {
    id: tx.id,
    type: tx.type,
    sender_id: tx.senderId,
    receiver_id: tx.receiverId,
    amount: amountToDb(tx.amount),
    fee: amountToDb(tx.fee),
    status: tx.status,
    message: tx.message,
    balance_after: amountToDb(tx.balanceAfter),
    created_at: tx.createdAt,
  };
}

function accountsWithShards(db: Kysely<LedgerDatabase>) {
  return db
    .selectFrom('accounts as a')
    .selectAll('a')
    .select((eb) =>
      eb.selectFrom('account_shards as s').whereRef('s.account_id', '=', 'a.id').select(sql<string>`coalesce(sum(s.balance), 0)`.as('total')).as('shard_balance'),
    );
}

/**
 * `appended` (the events, skipping an emit key already stored) and `posted` (the postings of the
 * events that were new, in the order given), as parts of a `with`.
 */
function appendedEvents(events: readonly LedgerEvent[]) {
  const postings = events.flatMap((e) => e.postings.map((p) => ({ emitKey: e.emitKey, accountId: p.accountId, amount: amountToDb(p.amount) })));
  return sql`appended as (
      insert into ${sql.id(LEDGER_SCHEMA, 'ledger_events')} (emit_key, type, transaction_id, payload)
      select * from unnest(${events.map((e) => e.emitKey)}::text[], ${events.map((e) => e.type)}::text[],
                           ${events.map((e) => e.transactionId)}::text[], ${events.map((e) => JSON.stringify(e.payload))}::jsonb[])
      on conflict (emit_key) do nothing
      returning seq, emit_key
    ), posted as (
      insert into ${sql.id(LEDGER_SCHEMA, 'postings')} (event_seq, account_id, amount)
      select a.seq, p.account_id, p.amount
      from unnest(${postings.map((p) => p.emitKey)}::text[], ${postings.map((p) => p.accountId)}::text[], ${postings.map((p) => p.amount)}::numeric[])
           with ordinality as p(emit_key, account_id, amount, ord)
      join appended a on a.emit_key = p.emit_key
      order by p.ord
    )`;
}

// The balance read and the transfer round's lock run for every request: built once (see precompiled).
const accountsWithShardsQuery = precompiled((db: Kysely<LedgerDatabase>, ids: string[]) =>
  accountsWithShards(db).where('a.id', '=', sql<string>`any(${ids}::text[])`));
const lockAccountsQuery = precompiled((db: Kysely<LedgerDatabase>, sortedIds: string[]) =>
  db.selectFrom('accounts').selectAll().where('id', '=', sql<string>`any(${sortedIds}::text[])`).orderBy('id').forUpdate());

export function repositories(db: Kysely<LedgerDatabase>, onOutboxAppend: () => void = () => {}): LedgerRepositories {
  return {
    accounts: {
      async get(id) {
        const row = await accountsWithShards(db).where('a.id', '=', id).executeTakeFirst();
        return row ? toAccount(row) : null;
      },
      async getMany(ids) {
        if (ids.length === 0) return new Map();
        const rows = await accountsWithShardsQuery(db, [...ids]);
        return new Map(rows.map((r) => [r.id, toAccount(r)]));
      },
      async ofDeveloper(developerId) {
        const rows = await accountsWithShards(db).where('a.kind', '=', 'agent').where('a.developer_id', '=', developerId).orderBy('a.id').execute();
        return rows.map(toAccount);
      },
      async lock(ids) {
        const unique = [...new Set(ids)].sort();
        const rows = await lockAccountsQuery(db, unique);
        return new Map(rows.map((r) => [r.id, toAccount(r)]));
      },
      async openAgent(did, developerId) {
        const result = await db
          .insertInto('accounts')
          .values({ id: did, kind: 'agent', developer_id: developerId })
          .onConflict((oc) => oc.column('id').doUpdateSet({ developer_id: sql`coalesce(accounts.developer_id, excluded.developer_id)` }))
          .returning(sql<boolean>`(xmax = 0)`.as('inserted'))
          .executeTakeFirst();
        return !!result?.inserted;
      },
      async adjust(id, delta) {
        const row = await db
          .updateTable('accounts')
          .set({ balance: sql`balance + ${amountToDb(delta)}::numeric`, updated_at: sql`now()` })
          .where('id', '=', id)
          .returning('balance')
          .executeTakeFirstOrThrow();
        return amountFromDb(row.balance);
      },
      async adjustMany(changes) {
        // Raw SQL is not schema-scoped by kysely, so the table is named in full.
        const values = sql.join(changes.map((c) => sql`(${c.id}, ${amountToDb(c.delta)}::numeric)`));
        const result = await sql<{ id: string; balance: string }>`
          update ${sql.id(LEDGER_SCHEMA, 'accounts')} as a set balance = a.balance + v.delta, updated_at = now()
          from (values ${values}) as v(id, delta) where a.id = v.id
          returning a.id, a.balance`.execute(db);
        return new Map(result.rows.map((r) => [r.id, amountFromDb(r.balance)]));
      },
      async creditSharded(id, delta) {
        const shard = Math.floor(Math.random() * FEE_ACCOUNT_SHARDS);
        await db
          .updateTable('account_shards')
          .set({ balance: sql`balance + ${amountToDb(delta)}::numeric` })
          .where('account_id', '=', id)
          .where('shard', '=', shard)
          .execute();
      },
      async setStatus(id, status) {
        await db.updateTable('accounts').set({ status, updated_at: sql`now()` }).where('id', '=', id).execute();
      },
    },
    transactions: {
      async insert(tx) {
        await db.insertInto('transactions').values(transactionRow(tx)).execute();
      },
      async insertMany(txs) {
        if (txs.length === 0) return;
        const { columns, rows } = byColumns(TRANSACTION_COLUMNS, txs.map(transactionRow));
        await db.insertInto('transactions').columns(columns).expression(rows).execute();
      },
      async get(id) {
        const row = await db.selectFrom('transactions').selectAll().where('id', '=', id).executeTakeFirst();
        return row ? toTransaction(row) : null;
      },
      async list(query) {
        let q = db.selectFrom('transactions').where((eb) => eb.or([eb('sender_id', '=', query.accountId), eb('receiver_id', '=', query.accountId)]));
        if (query.type) q = q.where('type', '=', query.type);
        if (query.from) q = q.where('created_at', '>=', query.from);
        if (query.to) q = q.where('created_at', '<=', query.to);
        const [rows, count] = await Promise.all([
          q.selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc').limit(query.limit).offset(query.offset).execute(),
          q.select((eb) => eb.fn.countAll<string>().as('total')).executeTakeFirstOrThrow(),
        ]);
        return { items: rows.map(toTransaction), total: Number(count.total) };
      },
      async lock(id) {
        const row = await db.selectFrom('transactions').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
        return row ? toTransaction(row) : null;
      },
      async setReputationSignal(id, signal) {
        await db.updateTable('transactions').set({ reputation_signal: signal }).where('id', '=', id).execute();
      },
    },
    eventStore: {
      async append(event) {
        const row = await db
          .insertInto('ledger_events')
          .values({ emit_key: event.emitKey, type: event.type, transaction_id: event.transactionId, payload: JSON.stringify(event.payload) })
          .onConflict((oc) => oc.column('emit_key').doNothing())
          .returning('seq')
          .executeTakeFirst();
        if (!row) return false;
        if (event.postings.length > 0) {
          await db
            .insertInto('postings')
            .values(event.postings.map((p) => ({ event_seq: row.seq, account_id: p.accountId, amount: amountToDb(p.amount) })))
            .execute();
        }
        return true;
      },
      async appendMany(events) {
        if (events.length === 0) return new Set();
        const result = await sql<{ emit_key: string }>`with ${appendedEvents(events)} select emit_key from appended`.execute(db);
        return new Set(result.rows.map((r) => r.emit_key));
      },
      async exists(emitKey) {
        return !!(await db.selectFrom('ledger_events').select('seq').where('emit_key', '=', emitKey).executeTakeFirst());
      },
    },
    idempotency: {
      async claim(claim, transactionId, ttlSeconds) {
        const inserted = await db
          .insertInto('idempotency_keys')
          .values({ scope: claim.scope, key: claim.key, request_hash: claim.requestHash, transaction_id: transactionId })
          .onConflict((oc) => oc.columns(['scope', 'key']).doNothing())
          .returning('key')
          .executeTakeFirst();
        if (inserted) return { kind: 'new' };
        const existing = await db
          .selectFrom('idempotency_keys')
          .selectAll()
          .select(sql<boolean>`created_at < now() - make_interval(secs => ${ttlSeconds})`.as('expired'))
          .where('scope', '=', claim.scope)
          .where('key', '=', claim.key)
          .forUpdate()
          .executeTakeFirstOrThrow();
        if (existing.expired) {
          await db
            .updateTable('idempotency_keys')
            .set({ request_hash: claim.requestHash, transaction_id: transactionId, created_at: sql`now()` })
            .where('scope', '=', claim.scope)
            .where('key', '=', claim.key)
            .execute();
          return { kind: 'new' };
        }
        if (existing.request_hash !== claim.requestHash) return { kind: 'mismatch' };
        return { kind: 'replay', transactionId: existing.transaction_id };
      },
      async claimFresh(claims) {
        if (claims.length === 0) return new Set();
        const sorted = [...claims].sort((a, b) => compareClaims(a.claim, b.claim));
        const rows = await db
          .insertInto('idempotency_keys')
          .values(sorted.map(({ claim, transactionId }) => ({ scope: claim.scope, key: claim.key, request_hash: claim.requestHash, transaction_id: transactionId })))
          .onConflict((oc) => oc.columns(['scope', 'key']).doNothing())
          .returning('transaction_id')
          .execute();
        return new Set(rows.map((r) => r.transaction_id));
      },
      async release(claims) {
        if (claims.length === 0) return;
        await db
          .deleteFrom('idempotency_keys')
          .where((eb) => eb.or(claims.map((c) => eb.and([eb('scope', '=', c.scope), eb('key', '=', c.key)]))))
          .execute();
      },
    },
    outbox: {
      async emit(event) {
        await appendToOutbox(db, SOURCE, event);
        onOutboxAppend();
      },
      async emitMany(events) {
        if (events.length === 0) return;
        await appendManyToOutbox(db, SOURCE, events);
        onOutboxAppend();
      },
    },
    rounds: {
      async settle(round) {
        const parts = [round.changes.length === 0
          ? sql`adjusted as (select null::text as id, null::numeric as balance where false)`
          : sql`adjusted as (
              update ${sql.id(LEDGER_SCHEMA, 'accounts')} as a set balance = a.balance + v.delta, updated_at = now()
              from (values ${sql.join(round.changes.map((c) => sql`(${c.id}, ${amountToDb(c.delta)}::numeric)`))}) as v(id, delta) where a.id = v.id
              returning a.id, a.balance)`];
        if (round.feeCredit) {
          parts.push(sql`fee as (
            update ${sql.id(LEDGER_SCHEMA, 'account_shards')} set balance = balance + ${amountToDb(round.feeCredit.amount)}::numeric
            where account_id = ${round.feeCredit.accountId} and shard = ${Math.floor(Math.random() * FEE_ACCOUNT_SHARDS)})`);
        }
        if (round.transactions.length > 0) {
          const { columns, rows } = byColumns(TRANSACTION_COLUMNS, round.transactions.map(transactionRow));
          parts.push(sql`recorded as (insert into ${sql.id(LEDGER_SCHEMA, 'transactions')} (${sql.join(columns.map((c) => sql.id(c)))}) ${rows})`);
        }
        if (round.events.length > 0) parts.push(appendedEvents(round.events));
        if (round.published.length > 0) parts.push(sql`published as (${outboxInsertStatement(LEDGER_SCHEMA, SOURCE, round.published)})`);
        // Every part runs once, on one snapshot, whether or not the final select reads it.
        const result = await sql<{ id: string; balance: string }>`with ${sql.join(parts)} select id, balance from adjusted`.execute(db);
        if (round.published.length > 0) onOutboxAppend();
        return new Map(result.rows.map((r) => [r.id, amountFromDb(r.balance)]));
      },
    },
    transferBatches: {
      async insert(batch) {
        const results: StoredBatchOutcome[] = batch.results.map(({ fee, ...rest }) => (fee === undefined ? rest : { ...rest, fee: formatAmount(fee) }));
        await db
          .insertInto('transfer_batches')
          .values({ id: batch.id, sender_id: batch.senderId, atomic: batch.atomic, results: JSON.stringify(results), new_sender_balance: amountToDb(batch.newSenderBalance) })
          .execute();
      },
      async get(id) {
        const row = await db.selectFrom('transfer_batches').selectAll().where('id', '=', id).executeTakeFirst();
        if (!row) return null;
        const stored = (typeof row.results === 'string' ? JSON.parse(row.results) : row.results) as StoredBatchOutcome[];
        return {
          id: row.id, senderId: row.sender_id, atomic: row.atomic, newSenderBalance: amountFromDb(row.new_sender_balance),
          results: stored.map(({ fee, ...rest }) => (fee === undefined ? rest : { ...rest, fee: amountFromDb(fee) })),
        };
      },
    },
    fundingRequests: fundingRequestRepository(db),
    reputation: reputationRepository(db),
  };
}

/**
 * Transactions over the ledger schema. `onOutboxCommit` runs after a commit that appended
 * to the outbox, so the relay can publish at once instead of at its next poll.
 */
export function createUnitOfWork(database: Database<LedgerDatabase>, onOutboxCommit: () => void = () => {}): UnitOfWork {
  return createOutboxUnitOfWork(database, repositories, onOutboxCommit);
}



export function createLedgerAudit(database: Database<LedgerDatabase>): LedgerAudit {
  const db = database.db;
  return {
    async figures(): Promise<AuditFigures> {
      // One snapshot, so the figures agree with each other even while money moves.
      return db.transaction().setIsolationLevel('repeatable read').execute(async (trx) => {
        const sums = await trx
          .selectFrom('ledger_events')
          .select([
            sql<string>`coalesce(sum((payload->>'amount')::numeric) filter (where type = 'TokensMinted'), 0)`.as('minted'),
            sql<string>`coalesce(sum((payload->>'amount')::numeric) filter (where type = 'TokensBurned'), 0)`.as('burned'),
          ])
          .executeTakeFirstOrThrow();
        const balances = await trx
          .selectFrom('accounts')
          .select([
            sql<string>`coalesce(sum(balance) filter (where id <> ${SYSTEM_ACCOUNTS.issuance}), 0)`.as('sum'),
            sql<string>`coalesce(sum(balance) filter (where id = ${SYSTEM_ACCOUNTS.issuance}), 0)`.as('issuance'),
            sql<string>`count(*) filter (where balance < 0 and id <> ${SYSTEM_ACCOUNTS.issuance})`.as('negative'),
          ])
          .executeTakeFirstOrThrow();
        const shards = await trx.selectFrom('account_shards').select(sql<string>`coalesce(sum(balance), 0)`.as('sum')).executeTakeFirstOrThrow();
        const unbalanced = await trx
          .selectFrom(trx.selectFrom('postings').select('event_seq').groupBy('event_seq').having(sql`sum(amount)`, '<>', 0).as('u'))
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow();
        return {
          totalMinted: amountFromDb(sums.minted),
          totalBurned: amountFromDb(sums.burned),
          sumOfBalances: amountFromDb(balances.sum) + amountFromDb(shards.sum),
          issuanceBalance: amountFromDb(balances.issuance),
          unbalancedTransactions: Number(unbalanced.n),
          negativeBalances: Number(balances.negative),
        };
      });
    },
  };
}
