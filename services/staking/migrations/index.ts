import { sql, type Kysely, type Migration } from 'kysely';
import { eventsMigrations } from '@agentvault/events';

export const STAKING_SCHEMA = 'staking';

const money = sql.raw('numeric(38, 18)');

const initial: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('stakes')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('agent_did', 'text', (c) => c.notNull())
      .addColumn('amount', money, (c) => c.notNull().check(sql`amount >= 0`))
      .addColumn('initial_amount', money, (c) => c.notNull().check(sql`initial_amount > 0`))
      .addColumn('lock_days', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('locked_until', 'timestamptz')
      .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('pending', 'active', 'closed', 'failed')`))
      .addColumn('rewards_earned', money, (c) => c.notNull().defaultTo(0))
      .addColumn('last_reward_at', 'timestamptz')
      .addColumn('created_at', 'timestamptz', (c) => c.notNull())
      .addColumn('activated_at', 'timestamptz')
      .addColumn('closed_at', 'timestamptz')
      .execute();
    await db.schema.createIndex('stakes_agent').on('stakes').columns(['agent_did', 'created_at']).execute();
    await db.schema.createIndex('stakes_status').on('stakes').columns(['status', 'closed_at']).execute();

    // The earning amount of each stake over time: what reward cycles weigh.
    await db.schema
      .createTable('stake_history')
      .addColumn('id', 'bigserial', (c) => c.primaryKey())
      .addColumn('stake_id', 'text', (c) => c.notNull().references('stakes.id'))
      .addColumn('effective_at', 'timestamptz', (c) => c.notNull())
      .addColumn('amount', money, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('stake_history_stake').on('stake_history').columns(['stake_id', 'effective_at', 'id']).execute();

    await db.schema
      .createTable('unbondings')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('stake_id', 'text', (c) => c.notNull().references('stakes.id'))
      .addColumn('agent_did', 'text', (c) => c.notNull())
      .addColumn('amount', money, (c) => c.notNull().check(sql`amount > 0`))
      .addColumn('started_at', 'timestamptz', (c) => c.notNull())
      .addColumn('release_at', 'timestamptz', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('unbonding', 'released')`))
      .addColumn('released_at', 'timestamptz')
      .addColumn('transaction_id', 'text')
      .execute();
    await db.schema.createIndex('unbondings_due').on('unbondings').columns(['status', 'release_at']).execute();
    await db.schema.createIndex('unbondings_agent').on('unbondings').columns(['agent_did', 'started_at']).execute();

    await db.schema
      .createTable('delegations')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('delegator_did', 'text', (c) => c.notNull())
      .addColumn('validator_did', 'text', (c) => c.notNull())
      .addColumn('stake_id', 'text', (c) => c.notNull().references('stakes.id'))
      .addColumn('amount', money, (c) => c.notNull().check(sql`amount > 0`))
      .addColumn('share_bps', 'integer', (c) => c.notNull().check(sql`share_bps between 0 and 10000`))
      .addColumn('started_at', 'timestamptz', (c) => c.notNull())
      .addColumn('ended_at', 'timestamptz')
      .addColumn('active', 'boolean', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('delegations_delegator').on('delegations').columns(['delegator_did', 'started_at']).execute();
    await db.schema.createIndex('delegations_validator').on('delegations').columns(['validator_did', 'started_at']).execute();
    await db.schema.createIndex('delegations_stake').on('delegations').columns(['stake_id', 'active']).execute();

    await db.schema
      .createTable('auto_compound')
      .addColumn('agent_did', 'text', (c) => c.primaryKey())
      .addColumn('enabled', 'boolean', (c) => c.notNull())
      .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .execute();

    await db.schema
      .createTable('reward_configs')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('apy', money, (c) => c.notNull().check(sql`apy >= 0`))
      .addColumn('is_active', 'boolean', (c) => c.notNull())
      .addColumn('created_at', 'timestamptz', (c) => c.notNull())
      .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('reward_cycles')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('seq', 'integer', (c) => c.notNull().unique())
      .addColumn('period_start', 'timestamptz', (c) => c.notNull())
      .addColumn('period_end', 'timestamptz', (c) => c.notNull())
      .addColumn('apy', money, (c) => c.notNull())
      .addColumn('reward_percentage', money)
      .addColumn('total_weight', sql.raw('numeric(78, 0)'), (c) => c.notNull())
      .addColumn('pool', money, (c) => c.notNull())
      .addColumn('distributed', money, (c) => c.notNull())
      .addColumn('remainder', money, (c) => c.notNull())
      .addColumn('stakers_rewarded', 'integer', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('paying', 'completed')`))
      .addColumn('trigger', 'text', (c) => c.notNull())
      .addColumn('created_at', 'timestamptz', (c) => c.notNull())
      .addColumn('completed_at', 'timestamptz')
      .addCheckConstraint('reward_cycles_sums', sql`distributed + remainder = pool`)
      .execute();
    // At most one cycle is being paid at a time.
    await sql`create unique index reward_cycles_one_open on ${sql.id(STAKING_SCHEMA, 'reward_cycles')} (status) where status = 'paying'`.execute(db);

    await db.schema
      .createTable('reward_payouts')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('cycle_id', 'text', (c) => c.notNull().references('reward_cycles.id'))
      .addColumn('stake_id', 'text', (c) => c.notNull().references('stakes.id'))
      .addColumn('delegation_id', 'text')
      .addColumn('recipient_did', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('staker', 'validator')`))
      .addColumn('amount', money, (c) => c.notNull().check(sql`amount > 0`))
      .addColumn('to_locked', 'boolean', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('pending', 'paid')`))
      .addColumn('transaction_id', 'text')
      .addColumn('paid_at', 'timestamptz')
      .execute();
    await db.schema.createIndex('reward_payouts_cycle').on('reward_payouts').columns(['cycle_id', 'status']).execute();
    await db.schema.createIndex('reward_payouts_recipient').on('reward_payouts').columns(['recipient_did', 'paid_at']).execute();

    await db.schema.createTable('cycle_lock').addColumn('id', 'integer', (c) => c.primaryKey()).execute();
    await db.insertInto('cycle_lock').values({ id: 1 }).execute();

    await db.schema
      .createTable('snapshots')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('taken_at', 'timestamptz', (c) => c.notNull())
      .addColumn('total_power', money, (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('snapshot_entries')
      .addColumn('snapshot_id', 'text', (c) => c.notNull().references('snapshots.id'))
      .addColumn('agent_did', 'text', (c) => c.notNull())
      .addColumn('own_power', money, (c) => c.notNull())
      .addColumn('delegated_power', money, (c) => c.notNull())
      .addColumn('power', money, (c) => c.notNull())
      .addPrimaryKeyConstraint('snapshot_entries_pk', ['snapshot_id', 'agent_did'])
      .execute();
  },
};

/**
 * A reward due to a suspended agent is withheld (the ledger credits it nothing): the payout is
 * marked so, its amount stays in the treasury and is the cycle's `withheld`, and the cycle can
 * complete without it.
 */
const withheldRewards: Migration = {
  async up(db: Kysely<any>) {
    await sql`alter table ${sql.id(STAKING_SCHEMA, 'reward_payouts')} drop constraint reward_payouts_status_check`.execute(db);
    await sql`alter table ${sql.id(STAKING_SCHEMA, 'reward_payouts')} add constraint reward_payouts_status_check check (status in ('pending', 'paid', 'withheld'))`.execute(db);
    await db.schema.alterTable('reward_cycles').addColumn('withheld', money, (c) => c.notNull().defaultTo(0)).execute();
    await sql`alter table ${sql.id(STAKING_SCHEMA, 'reward_cycles')} drop constraint reward_cycles_sums`.execute(db);
    await sql`alter table ${sql.id(STAKING_SCHEMA, 'reward_cycles')} add constraint reward_cycles_sums check (distributed + withheld + remainder = pool)`.execute(db);
  },
};

export const stakingMigrations: Record<string, Migration> = {
  ...eventsMigrations,
  '0001_staking_initial': initial,
  '0002_withheld_rewards': withheldRewards,
};
