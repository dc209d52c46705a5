import { sql, type Kysely, type Migration } from 'kysely';
import { eventsMigrations } from '@agentvault/events';

export const GOVERNANCE_SCHEMA = 'governance';

const power = sql.raw('numeric(38, 18)');

const initial: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('proposals')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('proposer_did', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('type', 'text', (c) => c.notNull().check(sql`type in ('text', 'parameter_change', 'treasury_spend', 'policy_adoption')`))
      .addColumn('parameters', 'jsonb', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('open', 'passed', 'rejected', 'no_quorum')`))
      .addColumn('created_at', 'timestamptz', (c) => c.notNull())
      .addColumn('voting_ends_at', 'timestamptz', (c) => c.notNull())
      .addColumn('snapshot_total_power', power, (c) => c.notNull())
      .addColumn('votes_for', power, (c) => c.notNull().defaultTo(0))
      .addColumn('votes_against', power, (c) => c.notNull().defaultTo(0))
      .addColumn('votes_abstain', power, (c) => c.notNull().defaultTo(0))
      .addColumn('total_voters', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('tallied_at', 'timestamptz')
      .addColumn('execution_status', 'text', (c) => c.notNull().check(sql`execution_status in ('none', 'pending', 'executed', 'failed')`))
      .addColumn('execution_result', 'text')
      .addColumn('executed_at', 'timestamptz')
      .execute();
    await db.schema.createIndex('proposals_status').on('proposals').columns(['status', 'created_at']).execute();

    await db.schema
      .createTable('votes')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('proposal_id', 'text', (c) => c.notNull().references('proposals.id'))
      .addColumn('voter_did', 'text', (c) => c.notNull())
      .addColumn('choice', 'text', (c) => c.notNull().check(sql`choice in ('for', 'against', 'abstain')`))
      .addColumn('power', power, (c) => c.notNull().check(sql`power > 0`))
      .addColumn('reason', 'text')
      .addColumn('created_at', 'timestamptz', (c) => c.notNull())
      // One vote per agent per proposal, however many requests race.
      .addUniqueConstraint('votes_one_per_agent', ['proposal_id', 'voter_did'])
      .execute();

    await db.schema
      .createTable('policies')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('code', 'text', (c) => c.notNull().unique())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('description', 'text')
      .addColumn('parameters', 'jsonb')
      .addColumn('circuit_identifier', 'text')
      .addColumn('enforcement_level', 'text')
      .addColumn('reward_amount', 'text')
      .addColumn('rules_document_url', 'text')
      .addColumn('is_active', 'boolean', (c) => c.notNull())
      .addColumn('created_at', 'timestamptz', (c) => c.notNull())
      .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
      .execute();
  },
};

// Federation-wide votes: a proposal's scope, a peer's copy of another registry's proposal, and at
// home the peers taking part and their signed tallies.
const federatedVotes: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .alterTable('proposals')
      .addColumn('scope', 'text', (c) => c.notNull().defaultTo('local').check(sql`scope in ('local', 'federation')`))
      .addColumn('origin_registry', 'text')
      .addColumn('origin_proposal_id', 'text')
      .addColumn('participants', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
      .addColumn('federation_result', 'jsonb')
      .execute();
    // One copy per proposal of a peer, however often it is announced.
    await db.schema.createIndex('proposals_one_copy_per_origin').on('proposals').columns(['origin_registry', 'origin_proposal_id']).unique().where(sql.ref('origin_registry'), 'is not', null).execute();

    await db.schema
      .createTable('peer_tallies')
      .addColumn('proposal_id', 'text', (c) => c.notNull().references('proposals.id'))
      .addColumn('registry', 'text', (c) => c.notNull())
      .addColumn('votes_for', power, (c) => c.notNull())
      .addColumn('votes_against', power, (c) => c.notNull())
      .addColumn('votes_abstain', power, (c) => c.notNull())
      .addColumn('total_voters', 'integer', (c) => c.notNull())
      .addColumn('snapshot_total_power', power, (c) => c.notNull())
      .addColumn('tallied_at', 'timestamptz', (c) => c.notNull())
      // The peer's compact JWS: the tally can be re-verified against its JWKS later.
      .addColumn('signed_tally', 'text', (c) => c.notNull())
      .addColumn('kid', 'text', (c) => c.notNull())
      .addColumn('received_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addPrimaryKeyConstraint('peer_tallies_pk', ['proposal_id', 'registry'])
      .execute();
  },
};

export const governanceMigrations: Record<string, Migration> = {
  ...eventsMigrations,
  '0001_governance_initial': initial,
  '0002_federated_votes': federatedVotes,
};
