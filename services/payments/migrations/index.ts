import { sql, type Kysely, type Migration } from 'kysely';
import { eventsMigrations } from '@agentvault/events';
import { crossRegistryTokensMigration } from './cross-registry-bridge.js';

export const PAYMENTS_SCHEMA = 'payments';

const money = 'numeric(38, 18)';

const initial: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('payment_tokens')
      .addColumn('id', 'text', (c) => c.primaryKey())
      // sha256 of the bearer token: the token itself is shown once.
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      // token[4:36]: the settle key every settle of this token derives.
      .addColumn('settle_key', 'text', (c) => c.notNull().unique())
      .addColumn('caller_did', 'text', (c) => c.notNull())
      .addColumn('receiver_did', 'text', (c) => c.notNull())
      .addColumn('amount', sql.raw(money), (c) => c.notNull().check(sql`amount > 0`))
      .addColumn('fee', sql.raw(money), (c) => c.notNull())
      .addColumn('purpose', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('AUTHORIZED', 'CONSUMED', 'SETTLED', 'RELEASED', 'EXPIRED')`))
      .addColumn('hold_id', 'text', (c) => c.notNull().unique())
      .addColumn('transaction_id', 'text')
      // Set once the ledger confirmed the hold's end (posted or voided); the sweep finishes the rest.
      .addColumn('hold_settled', 'boolean', (c) => c.notNull().defaultTo(false))
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
      .addColumn('consumed_at', 'timestamptz')
      .addColumn('settled_at', 'timestamptz')
      .addColumn('released_at', 'timestamptz')
      .addCheckConstraint('payment_tokens_settled', sql`(status = 'SETTLED') = (transaction_id is not null)`)
      .execute();
    await db.schema.createIndex('payment_tokens_caller').on('payment_tokens').columns(['caller_did', 'created_at']).execute();
    await db.schema.createIndex('payment_tokens_unfinished').on('payment_tokens').column('expires_at').where(sql.ref('hold_settled'), '=', false).execute();

    await db.schema
      .createTable('contracts')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('client_did', 'text', (c) => c.notNull())
      .addColumn('provider_did', 'text')
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('price', sql.raw(money), (c) => c.notNull().check(sql`price > 0`))
      .addColumn('deadline', 'timestamptz', (c) => c.notNull())
      .addColumn('status', 'text', (c) =>
        c.notNull().check(sql`status in ('OPEN', 'ACCEPTED', 'SUBMITTED', 'APPROVED', 'COMPLETED', 'CANCELLED', 'DISPUTED', 'RESOLVED')`))
      .addColumn('result_pointer', 'text')
      .addColumn('hold_id', 'text', (c) => c.notNull().unique())
      .addColumn('transaction_id', 'text')
      .addColumn('dispute_id', 'text')
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addColumn('accepted_at', 'timestamptz')
      .addColumn('submitted_at', 'timestamptz')
      .addColumn('completed_at', 'timestamptz')
      .execute();
    await db.schema.createIndex('contracts_open').on('contracts').column('created_at').where(sql.ref('status'), '=', 'OPEN').execute();
    await db.schema.createIndex('contracts_client').on('contracts').columns(['client_did', 'created_at']).execute();
    await db.schema.createIndex('contracts_provider').on('contracts').columns(['provider_did', 'created_at']).execute();

    await db.schema
      .createTable('disputes')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('claimant_did', 'text', (c) => c.notNull())
      .addColumn('defendant_did', 'text', (c) => c.notNull())
      .addColumn('transaction_id', 'text')
      .addColumn('contract_id', 'text', (c) => c.references('contracts.id'))
      .addColumn('reason_code', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) =>
        c.notNull().check(sql`status in ('OPEN', 'RESOLVED_FAVOR_CLAIMANT', 'RESOLVED_FAVOR_DEFENDANT', 'DISMISSED')`))
      .addColumn('evidence', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
      .addColumn('resolution_notes', 'text')
      .addColumn('reputation_adjustment', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('token_penalty', sql.raw(money))
      .addColumn('penalized_did', 'text')
      .addColumn('penalty_recipient', 'text')
      .addColumn('penalty_transaction_id', 'text')
      // The ruling's effects (penalty, reputation, contract hold) are all through the ledger.
      .addColumn('effects_applied', 'boolean', (c) => c.notNull().defaultTo(false))
      .addColumn('ruled_by', 'text')
      .addColumn('ruled_at', 'timestamptz')
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .execute();
    await db.schema.createIndex('disputes_claimant').on('disputes').columns(['claimant_did', 'created_at']).execute();
    await db.schema.createIndex('disputes_defendant').on('disputes').columns(['defendant_did', 'created_at']).execute();
    // One open dispute per contract.
    await db.schema.createIndex('disputes_open_contract').on('disputes').column('contract_id').unique().where(sql.ref('status'), '=', 'OPEN').execute();
  },
};

/** x402 settlements: each nonce names one payment token, so a retried settle finds the first. */
const x402: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('x402_settlements')
      .addColumn('nonce', 'text', (c) => c.primaryKey())
      .addColumn('token_id', 'text', (c) => c.notNull().unique().references('payment_tokens.id'))
      .addColumn('receiver_did', 'text', (c) => c.notNull())
      .addColumn('transaction_id', 'text')
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addColumn('settled_at', 'timestamptz')
      .execute();
  },
};

/**
 * A contract is recorded (PENDING, no hold id yet) before its hold is placed under `contract:<id>`,
 * so an interrupted creation leaves a row the sweep can find and undo instead of an orphan hold.
 */
const pendingContracts: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.alterTable('contracts').alterColumn('hold_id', (c) => c.dropNotNull()).execute();
    await db.schema.alterTable('contracts').dropConstraint('contracts_status_check').ifExists().execute();
    await db.schema
      .alterTable('contracts')
      .addCheckConstraint('contracts_status_check', sql`status in ('PENDING', 'ABANDONED', 'OPEN', 'ACCEPTED', 'SUBMITTED', 'APPROVED', 'COMPLETED', 'CANCELLED', 'DISPUTED', 'RESOLVED')`)
      .execute();
    await db.schema.createIndex('contracts_pending').on('contracts').column('created_at').where(sql.ref('status'), '=', 'PENDING').execute();
  },
};

/** Auditor flags and rules, the velocity rule's memory, AVTP reports, attestation policies and submissions. */
const auditAndAttestations: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('auditor_flags')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('flagged_agent_did', 'text', (c) => c.notNull())
      .addColumn('rule_code', 'text', (c) => c.notNull())
      .addColumn('reason', 'text', (c) => c.notNull())
      .addColumn('severity', 'text', (c) => c.notNull().check(sql`severity in ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')`))
      .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('NEW', 'UNDER_REVIEW', 'ESCALATED', 'RESOLVED', 'DISMISSED')`))
      .addColumn('related_transaction_ids', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
      .addColumn('flagged_by', 'text', (c) => c.notNull())
      // A rule's flag per agent and window: a redelivered event cannot raise it twice.
      .addColumn('dedupe_key', 'text', (c) => c.unique())
      .addColumn('admin_notes', 'text')
      .addColumn('escalation_reason', 'text')
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .execute();
    await db.schema.createIndex('auditor_flags_status').on('auditor_flags').columns(['status', 'severity', 'created_at']).execute();
    await db.schema.createIndex('auditor_flags_agent').on('auditor_flags').columns(['flagged_agent_did', 'created_at']).execute();

    await db.schema
      .createTable('auditor_rules')
      .addColumn('code', 'text', (c) => c.primaryKey())
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('enabled', 'boolean', (c) => c.notNull().defaultTo(true))
      .addColumn('thresholds', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
      .addColumn('severity', 'text', (c) => c.notNull().check(sql`severity in ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')`))
      .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .execute();

    await db.schema
      .createTable('observed_transfers')
      .addColumn('transaction_id', 'text', (c) => c.primaryKey())
      .addColumn('sender_did', 'text', (c) => c.notNull())
      .addColumn('at', 'timestamptz', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('observed_transfers_sender').on('observed_transfers').columns(['sender_did', 'at']).execute();
    await db.schema
      .createTable('rule_agent_state')
      .addColumn('rule_code', 'text', (c) => c.notNull())
      .addColumn('agent_did', 'text', (c) => c.notNull())
      .addColumn('last_flag_at', 'timestamptz')
      .addPrimaryKeyConstraint('rule_agent_state_pk', ['rule_code', 'agent_did'])
      .execute();

    await db.schema
      .createTable('avtp_reports')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('avtp_transaction_id', 'text', (c) => c.notNull().unique())
      .addColumn('reporter_did', 'text', (c) => c.notNull())
      .addColumn('initiating_did', 'text', (c) => c.notNull())
      .addColumn('responding_did', 'text', (c) => c.notNull())
      .addColumn('service_identifier', 'text')
      .addColumn('price', sql.raw(money))
      .addColumn('outcome_status', 'text', (c) => c.notNull())
      .addColumn('sla_identifier', 'text')
      .addColumn('raw_log_pointer', 'text')
      .addColumn('reputation_delta', 'integer', (c) => c.notNull())
      .addColumn('reputation_applied', 'boolean', (c) => c.notNull().defaultTo(false))
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .execute();
    await db.schema.createIndex('avtp_reports_unapplied').on('avtp_reports').column('created_at').where(sql.ref('reputation_applied'), '=', false).execute();

    await db.schema
      .createTable('attestation_policies')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('code', 'text', (c) => c.notNull().unique())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('verifier_kind', 'text', (c) => c.notNull().check(sql`verifier_kind in ('jws')`))
      .addColumn('public_key_jwk', 'jsonb', (c) => c.notNull())
      .addColumn('reward', sql.raw(money), (c) => c.notNull().check(sql`reward >= 0`))
      .addColumn('circuit_identifier', 'text')
      .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .execute();
    await db.schema
      .createTable('attestations')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('agent_did', 'text', (c) => c.notNull())
      .addColumn('policy_id', 'text', (c) => c.notNull().references('attestation_policies.id'))
      .addColumn('policy_code', 'text', (c) => c.notNull())
      .addColumn('data', 'jsonb', (c) => c.notNull())
      .addColumn('storage_pointer', 'text', (c) => c.notNull())
      .addColumn('proof_hash', 'text', (c) => c.notNull())
      .addColumn('verified', 'boolean', (c) => c.notNull())
      .addColumn('reason', 'text', (c) => c.notNull())
      .addColumn('reward', sql.raw(money))
      .addColumn('reward_transaction_id', 'text')
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addUniqueConstraint('attestations_once', ['agent_did', 'policy_id', 'proof_hash'])
      .execute();
    await db.schema.createIndex('attestations_agent').on('attestations').columns(['agent_did', 'created_at']).execute();
  },
};

// A policy's verifier is a JWS key or a Groth16 verification key: each kind keeps its own key.
const groth16Policies: Migration = {
  async up(db: Kysely<any>) {
    // The first migration's unnamed column check, by the name PostgreSQL gives it.
    await db.schema.alterTable('attestation_policies').dropConstraint('attestation_policies_verifier_kind_check').ifExists().execute();
    await db.schema
      .alterTable('attestation_policies')
      .addCheckConstraint('attestation_policies_verifier_kind', sql`verifier_kind in ('jws', 'groth16')`)
      .execute();
    await db.schema.alterTable('attestation_policies').alterColumn('public_key_jwk', (c) => c.dropNotNull()).execute();
    await db.schema.alterTable('attestation_policies').addColumn('verification_key', 'jsonb').execute();
  },
};

// The cross-registry slash: the defendant's registry, and that registry's answer to the ruling.
const slash: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .alterTable('disputes')
      .addColumn('defendant_registry', 'text')
      .addColumn('remote_slash_status', 'text', (c) => c.notNull().defaultTo('none').check(sql`remote_slash_status in ('none', 'pending', 'applied', 'refused')`))
      .addColumn('remote_slash_reason', 'text')
      .addColumn('remote_penalty_transaction_id', 'text')
      .execute();
    await db.schema.createIndex('disputes_remote_slash_pending').on('disputes').column('updated_at').where(sql.ref('remote_slash_status'), '=', 'pending').execute();
  },
};

export const paymentsMigrations: Record<string, Migration> = {
  ...eventsMigrations,
  '0001_payments_initial': initial,
  '0002_x402_settlements': x402,
  '0003_pending_contracts': pendingContracts,
  '0004_audit_and_attestations': auditAndAttestations,
  '0005_groth16_policies': groth16Policies,
  '0006_cross_registry_tokens_bridge': crossRegistryTokensMigration,
  '0007_slash': slash,
};
