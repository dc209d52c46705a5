import { sql, type Kysely, type Migration } from 'kysely';
import { eventsMigrations } from '@agentvault/events';
import { locksAndParameters } from './0005-locks.js';
import { holdsMigration } from './holds.js';
import { transferBatchesMigration } from './0007-transfer-batches.js';
import { wrappedTokensMigration } from './0008-wrapped-tokens-bridge.js';

export const LEDGER_SCHEMA = 'ledger';
/**
 * Shards of the fee account: every transfer credits it, so its credits are spread over rows.
 * 0001 creates this many; the store picks among them. A migration that adds shards changes it.
 */
export const FEE_ACCOUNT_SHARDS = 16;

/**
 * The system accounts as of 0001, frozen here: a migration must create what it created the
 * day it was written, whatever src/domain/accounts.ts says later.
 */
const SYSTEM_ACCOUNTS_0001 = {
  treasury: 'system:treasury',
  fees: 'system:fees',
  issuance: 'system:issuance',
  stakingEscrow: 'system:escrow:staking',
  paymentsEscrow: 'system:escrow:payments',
  bridgeEscrow: 'system:escrow:bridge',
} as const;
/** 0001 created FEE_ACCOUNT_SHARDS shards; frozen for the same reason. */
const FEE_ACCOUNT_SHARDS_0001 = 16;

const money = 'numeric(38, 18)';

const initial: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('accounts')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('agent', 'system')`))
      .addColumn('status', 'text', (c) => c.notNull().defaultTo('active').check(sql`status in ('active', 'suspended')`))
      .addColumn('developer_id', 'text')
      .addColumn('balance', sql.raw(money), (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      // No account may go negative but the issuance account, which holds minus the supply.
      .addCheckConstraint('accounts_balance_non_negative', sql`balance >= 0 or id = ${sql.lit(SYSTEM_ACCOUNTS_0001.issuance)}`)
      .execute();
    await db.schema.createIndex('accounts_developer').on('accounts').column('developer_id').execute();

    await db.schema
      .createTable('account_shards')
      .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
      .addColumn('shard', 'integer', (c) => c.notNull())
      .addColumn('balance', sql.raw(money), (c) => c.notNull().defaultTo(0).check(sql`balance >= 0`))
      .addPrimaryKeyConstraint('account_shards_pk', ['account_id', 'shard'])
      .execute();

    await db.schema
      .createTable('transactions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('sender_id', 'text')
      .addColumn('receiver_id', 'text', (c) => c.notNull())
      .addColumn('amount', sql.raw(money), (c) => c.notNull())
      .addColumn('fee', sql.raw(money), (c) => c.notNull().defaultTo(0))
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('message', 'text')
      .addColumn('balance_after', sql.raw(money), (c) => c.notNull())
      .addColumn('reputation_signal', 'smallint')
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .execute();
    await db.schema.createIndex('transactions_sender').on('transactions').columns(['sender_id', 'created_at']).execute();
    await db.schema.createIndex('transactions_receiver').on('transactions').columns(['receiver_id', 'created_at']).execute();

    // The event store: append-only, one row per emit site; balances above are its projection.
    await db.schema
      .createTable('ledger_events')
      .addColumn('seq', 'bigserial', (c) => c.primaryKey())
      .addColumn('emit_key', 'text', (c) => c.notNull().unique())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('transaction_id', 'text')
      .addColumn('payload', 'jsonb', (c) => c.notNull())
      .addColumn('occurred_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .execute();
    await db.schema.createIndex('ledger_events_type').on('ledger_events').columns(['type', 'seq']).execute();

    await db.schema
      .createTable('postings')
      .addColumn('id', 'bigserial', (c) => c.primaryKey())
      .addColumn('event_seq', 'bigint', (c) => c.notNull().references('ledger_events.seq'))
      .addColumn('account_id', 'text', (c) => c.notNull())
      .addColumn('amount', sql.raw(money), (c) => c.notNull())
      .execute();
    await db.schema.createIndex('postings_event').on('postings').column('event_seq').execute();
    await db.schema.createIndex('postings_account').on('postings').column('account_id').execute();

    await db.schema
      .createTable('idempotency_keys')
      .addColumn('scope', 'text', (c) => c.notNull())
      .addColumn('key', 'text', (c) => c.notNull())
      .addColumn('request_hash', 'text', (c) => c.notNull())
      .addColumn('transaction_id', 'text', (c) => c.notNull())
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addPrimaryKeyConstraint('idempotency_keys_pk', ['scope', 'key'])
      .execute();

    const schema = sql.id(LEDGER_SCHEMA);
    await sql`create function ${schema}.forbid_rewrite() returns trigger language plpgsql as $$
      begin raise exception 'the ledger event store is append-only'; end $$`.execute(db);
    for (const table of ['ledger_events', 'postings']) {
      await sql`create trigger ${sql.id(`${table}_append_only`)} before update or delete on ${schema}.${sql.id(table)}
        for each statement execute function ${schema}.forbid_rewrite()`.execute(db);
    }

    await db
      .insertInto('accounts')
      .values(Object.values(SYSTEM_ACCOUNTS_0001).map((id) => ({ id, kind: 'system' })))
      .execute();
    await db
      .insertInto('account_shards')
      .values(Array.from({ length: FEE_ACCOUNT_SHARDS_0001 }, (_, shard) => ({ account_id: SYSTEM_ACCOUNTS_0001.fees, shard })))
      .execute();
  },
};

/** Funding requests (flow 10) and reputation signals: the reputation projection and its history. */
const fundingAndReputation: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('funding_requests')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('agent_did', 'text', (c) => c.notNull().references('accounts.id'))
      .addColumn('amount', sql.raw(money), (c) => c.notNull().check(sql`amount > 0`))
      .addColumn('reason', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull().defaultTo('pending').check(sql`status in ('pending', 'approved', 'rejected')`))
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addColumn('decided_at', 'timestamptz')
      .addColumn('decided_by', 'text')
      .addColumn('decision_reason', 'text')
      // The funding movement of an approved request; only an approved request has one.
      .addColumn('transaction_id', 'text', (c) => c.references('transactions.id').unique())
      .addCheckConstraint('funding_requests_decided', sql`(status = 'pending') = (decided_at is null)`)
      .addCheckConstraint('funding_requests_funded', sql`(status = 'approved') = (transaction_id is not null)`)
      .execute();
    await db.schema.createIndex('funding_requests_agent').on('funding_requests').columns(['agent_did', 'created_at']).execute();
    await db.schema.createIndex('funding_requests_status').on('funding_requests').columns(['status', 'created_at']).execute();

    await sql`alter table ${sql.id(LEDGER_SCHEMA)}.transactions
      add constraint transactions_reputation_signal_valid check (reputation_signal in (-1, 1))`.execute(db);

    // The projection: one row per agent that has received a signal.
    await db.schema
      .createTable('reputation')
      .addColumn('agent_did', 'text', (c) => c.primaryKey().references('accounts.id'))
      .addColumn('score', 'integer', (c) => c.notNull())
      .addColumn('positive_signals', 'integer', (c) => c.notNull().check(sql`positive_signals >= 0`))
      .addColumn('negative_signals', 'integer', (c) => c.notNull().check(sql`negative_signals >= 0`))
      .addColumn('total_signals', 'integer', (c) => c.notNull())
      .addColumn('last_updated', 'timestamptz', (c) => c.notNull())
      .addCheckConstraint('reputation_counts', sql`total_signals = positive_signals + negative_signals and score = positive_signals - negative_signals`)
      .execute();
    await db.schema.createIndex('reputation_rank').on('reputation').columns(['score desc', 'positive_signals desc', 'agent_did']).execute();

    await db.schema
      .createTable('reputation_history')
      .addColumn('id', 'bigserial', (c) => c.primaryKey())
      .addColumn('agent_did', 'text', (c) => c.notNull().references('accounts.id'))
      // One signal per transaction, here as in the event store.
      .addColumn('transaction_id', 'text', (c) => c.notNull().unique().references('transactions.id'))
      .addColumn('signaled_by', 'text', (c) => c.notNull())
      .addColumn('signal_value', 'smallint', (c) => c.notNull().check(sql`signal_value in (-1, 1)`))
      .addColumn('score_change', 'integer', (c) => c.notNull())
      .addColumn('new_score', 'integer', (c) => c.notNull())
      .addColumn('reason', 'text', (c) => c.notNull())
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .execute();
    await db.schema.createIndex('reputation_history_agent').on('reputation_history').columns(['agent_did', 'id']).execute();
    // History is a record, like the event store: append-only.
    await sql`create trigger reputation_history_append_only before update or delete on ${sql.id(LEDGER_SCHEMA)}.reputation_history
      for each statement execute function ${sql.id(LEDGER_SCHEMA)}.forbid_rewrite()`.execute(db);
  },
};

/** The account anonymous fiat pledges wait in until claimed; frozen here like SYSTEM_ACCOUNTS_0001. */
const FIAT_PLEDGE_ACCOUNT_0004 = 'system:pledges:fiat';

const fiatPledgeAccount: Migration = {
  async up(db: Kysely<any>) {
    await db.insertInto('accounts').values({ id: FIAT_PLEDGE_ACCOUNT_0004, kind: 'system' }).onConflict((oc) => oc.column('id').doNothing()).execute();
  },
};

/**
 * The tamper-evident chain: one link per event store row, its SHA-256 over the row, its postings
 * and the link before. A side table filled in seq order by one background writer, so transfers
 * never wait for hashing. Append-only, like the rows it covers.
 */
const hashChain: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('ledger_chain')
      .addColumn('seq', 'bigint', (c) => c.primaryKey().references('ledger_events.seq'))
      .addColumn('prev_hash', 'text', (c) => c.notNull())
      .addColumn('hash', 'text', (c) => c.notNull())
      .addColumn('chained_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .execute();
    await sql`create trigger ledger_chain_append_only before update or delete on ${sql.id(LEDGER_SCHEMA)}.ledger_chain
      for each statement execute function ${sql.id(LEDGER_SCHEMA)}.forbid_rewrite()`.execute(db);
  },
};

export const ledgerMigrations: Record<string, Migration> = {
  ...eventsMigrations,
  '0001_ledger_initial': initial,
  '0002_funding_and_reputation': fundingAndReputation,
  '0003_holds': holdsMigration,
  '0004_fiat_pledge_account': fiatPledgeAccount,
  '0005_hash_chain': hashChain,
  '0006_locks_and_parameters': locksAndParameters,
  '0007_transfer_batches': transferBatchesMigration,
  '0008_wrapped_tokens_bridge': wrappedTokensMigration,
};
