import { sql, type Kysely, type Selectable } from 'kysely';
import { byColumns } from '@agentvault/db';
import { amountFromDb, amountToDb } from '@agentvault/ledger/amount';
import type { AttestationPolicy, AttestationSubmission, AuditorFlag, AuditorRule, AvtpReport } from '../domain/model.js';
import type { AuditRepositories } from '../domain/ports.js';
import type { AttestationPoliciesTable, AttestationsTable, AuditorFlagsTable, AuditorRulesTable, AvtpReportsTable, PaymentsDatabase } from './schema.js';

/** Persistence of auditor flags and rules, the velocity rule's memory, AVTP reports and attestations. */

const json = <T>(v: T | string): T => (typeof v === 'string' ? (JSON.parse(v) as T) : v);

const toFlag = (r: Selectable<AuditorFlagsTable>): AuditorFlag => ({
  id: r.id, flaggedAgentDid: r.flagged_agent_did, ruleCode: r.rule_code, reason: r.reason, severity: r.severity, status: r.status,
  relatedTransactionIds: json<string[]>(r.related_transaction_ids), flaggedBy: r.flagged_by, dedupeKey: r.dedupe_key, adminNotes: r.admin_notes,
  escalationReason: r.escalation_reason, createdAt: new Date(r.created_at), updatedAt: new Date(r.updated_at),
});

const toRule = (r: Selectable<AuditorRulesTable>): AuditorRule => ({
  code: r.code, description: r.description, enabled: r.enabled, thresholds: json<Record<string, number>>(r.thresholds), severity: r.severity, updatedAt: new Date(r.updated_at),
});

const toReport = (r: Selectable<AvtpReportsTable>): AvtpReport => ({
  id: r.id, avtpTransactionId: r.avtp_transaction_id, reporterDid: r.reporter_did, initiatingDid: r.initiating_did, respondingDid: r.responding_did,
  serviceIdentifier: r.service_identifier, price: r.price === null ? null : amountFromDb(r.price), outcomeStatus: r.outcome_status,
  slaIdentifier: r.sla_identifier, rawLogPointer: r.raw_log_pointer, reputationDelta: Number(r.reputation_delta), reputationApplied: r.reputation_applied,
  createdAt: new Date(r.created_at),
});

const toPolicy = (r: Selectable<AttestationPoliciesTable>): AttestationPolicy => ({
  id: r.id, code: r.code, name: r.name, description: r.description, verifierKind: r.verifier_kind, publicKeyJwk: r.public_key_jwk === null ? null : json<Record<string, unknown>>(r.public_key_jwk),
  verificationKey: r.verification_key === null ? null : json<Record<string, unknown>>(r.verification_key),
  reward: amountFromDb(r.reward), circuitIdentifier: r.circuit_identifier, active: r.active, createdAt: new Date(r.created_at),
});

const toSubmission = (r: Selectable<AttestationsTable>): AttestationSubmission => ({
  id: r.id, agentDid: r.agent_did, policyId: r.policy_id, policyCode: r.policy_code, data: json<Record<string, unknown>>(r.data), storagePointer: r.storage_pointer,
  proofHash: r.proof_hash, verified: r.verified, reason: r.reason, reward: r.reward === null ? null : amountFromDb(r.reward),
  rewardTransactionId: r.reward_transaction_id, createdAt: new Date(r.created_at),
});

export function auditRepositories(db: Kysely<PaymentsDatabase>): AuditRepositories {
  return {
    flags: {
      async insert(f) {
        const r = await db
          .insertInto('auditor_flags')
          .values({
            id: f.id, flagged_agent_did: f.flaggedAgentDid, rule_code: f.ruleCode, reason: f.reason, severity: f.severity, status: f.status,
            related_transaction_ids: JSON.stringify(f.relatedTransactionIds), flagged_by: f.flaggedBy, dedupe_key: f.dedupeKey,
            admin_notes: f.adminNotes, escalation_reason: f.escalationReason, created_at: f.createdAt, updated_at: f.updatedAt,
          })
          .onConflict((oc) => oc.column('dedupe_key').doNothing())
          .executeTakeFirst();
        return Number(r.numInsertedOrUpdatedRows ?? 0n) > 0;
      },
      async get(id) {
        const r = await db.selectFrom('auditor_flags').selectAll().where('id', '=', id).executeTakeFirst();
        return r ? toFlag(r) : null;
      },
      async lock(id) {
        const r = await db.selectFrom('auditor_flags').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
        return r ? toFlag(r) : null;
      },
      async update(id, c) {
        const values = Object.fromEntries(Object.entries({
          status: c.status, severity: c.severity, admin_notes: c.adminNotes, escalation_reason: c.escalationReason, updated_at: c.updatedAt,
        }).filter(([, v]) => v !== undefined));
        await db.updateTable('auditor_flags').set(values).where('id', '=', id).execute();
      },
      async list(q) {
        let query = db.selectFrom('auditor_flags');
        if (q.status) query = query.where('status', '=', q.status);
        if (q.severity) query = query.where('severity', '=', q.severity);
        if (q.agentDid) query = query.where('flagged_agent_did', '=', q.agentDid);
        if (q.ruleCode) query = query.where('rule_code', '=', q.ruleCode);
        const [rows, count] = await Promise.all([
          query.selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc').limit(q.limit).offset(q.offset).execute(),
          query.select((eb) => eb.fn.countAll<string>().as('total')).executeTakeFirstOrThrow(),
        ]);
        return { items: rows.map(toFlag), total: Number(count.total) };
      },
    },
    rules: {
      async list() {
        return (await db.selectFrom('auditor_rules').selectAll().orderBy('code').execute()).map(toRule);
      },
      async get(code) {
        const r = await db.selectFrom('auditor_rules').selectAll().where('code', '=', code).executeTakeFirst();
        return r ? toRule(r) : null;
      },
      async seed(rule) {
        await db
          .insertInto('auditor_rules')
          .values({ code: rule.code, description: rule.description, enabled: rule.enabled, thresholds: JSON.stringify(rule.thresholds), severity: rule.severity, updated_at: rule.updatedAt })
          .onConflict((oc) => oc.column('code').doNothing())
          .execute();
      },
      async put(rule) {
        const values = { description: rule.description, enabled: rule.enabled, thresholds: JSON.stringify(rule.thresholds), severity: rule.severity, updated_at: rule.updatedAt };
        await db
          .insertInto('auditor_rules')
          .values({ code: rule.code, ...values })
          .onConflict((oc) => oc.column('code').doUpdateSet(values))
          .execute();
      },
      async delete(code) {
        const r = await db.deleteFrom('auditor_rules').where('code', '=', code).executeTakeFirst();
        return Number(r.numDeletedRows) > 0;
      },
    },
    velocity: {
      async observe(transfers) {
        if (transfers.length === 0) return new Set();
        const { columns, rows } = byColumns<{ transaction_id: string; sender_did: string; at: Date }>(
          { transaction_id: 'text', sender_did: 'text', at: 'timestamptz' },
          transfers.map((t) => ({ transaction_id: t.transactionId, sender_did: t.senderDid, at: t.at })),
        );
        const inserted = await db.insertInto('observed_transfers').columns(columns).expression(rows)
          .onConflict((oc) => oc.column('transaction_id').doNothing()).returning('transaction_id').execute();
        return new Set(inserted.map((r) => r.transaction_id));
      },
      async timesOf(senders, after, upTo) {
        const times = new Map<string, Date[]>();
        if (senders.length === 0) return times;
        const rows = await db
          .selectFrom('observed_transfers')
          .select(['sender_did', 'at'])
          .where('sender_did', '=', sql<string>`any(${[...senders]}::text[])`)
          .where('at', '>', after)
          .where('at', '<=', upTo)
          .orderBy('at')
          .execute();
        for (const r of rows) {
          const theirs = times.get(r.sender_did);
          if (theirs) theirs.push(new Date(r.at));
          else times.set(r.sender_did, [new Date(r.at)]);
        }
        return times;
      },
      async lockAgents(ruleCode, agentDids) {
        const last = new Map<string, Date | null>();
        if (agentDids.length === 0) return last;
        // One upsert that touches every row, in agent order: it creates the missing ones and
        // locks them all, as a select … for update would, in one statement.
        const rows = await db
          .insertInto('rule_agent_state')
          .values([...new Set(agentDids)].sort().map((agentDid) => ({ rule_code: ruleCode, agent_did: agentDid, last_flag_at: null })))
          .onConflict((oc) => oc.columns(['rule_code', 'agent_did']).doUpdateSet({ last_flag_at: sql`rule_agent_state.last_flag_at` }))
          .returning(['agent_did', 'last_flag_at'])
          .execute();
        for (const r of rows) last.set(r.agent_did, r.last_flag_at ? new Date(r.last_flag_at) : null);
        return last;
      },
      async flagged(ruleCode, agentDid, at) {
        await db.updateTable('rule_agent_state').set({ last_flag_at: at }).where('rule_code', '=', ruleCode).where('agent_did', '=', agentDid).execute();
      },
    },
    avtp: {
      async insert(r) {
        const res = await db
          .insertInto('avtp_reports')
          .values({
            id: r.id, avtp_transaction_id: r.avtpTransactionId, reporter_did: r.reporterDid, initiating_did: r.initiatingDid, responding_did: r.respondingDid,
            service_identifier: r.serviceIdentifier, price: r.price === null ? null : amountToDb(r.price), outcome_status: r.outcomeStatus,
            sla_identifier: r.slaIdentifier, raw_log_pointer: r.rawLogPointer, reputation_delta: r.reputationDelta, reputation_applied: r.reputationApplied,
            created_at: r.createdAt,
          })
          .onConflict((oc) => oc.column('avtp_transaction_id').doNothing())
          .executeTakeFirst();
        return Number(res.numInsertedOrUpdatedRows ?? 0n) > 0;
      },
      async byTransactionId(id) {
        const r = await db.selectFrom('avtp_reports').selectAll().where('avtp_transaction_id', '=', id).executeTakeFirst();
        return r ? toReport(r) : null;
      },
    },
    policies: {
      async insert(p) {
        await db
          .insertInto('attestation_policies')
          .values({
            id: p.id, code: p.code, name: p.name, description: p.description, verifier_kind: p.verifierKind, public_key_jwk: p.publicKeyJwk === null ? null : JSON.stringify(p.publicKeyJwk),
            verification_key: p.verificationKey === null ? null : JSON.stringify(p.verificationKey),
            reward: amountToDb(p.reward), circuit_identifier: p.circuitIdentifier, active: p.active, created_at: p.createdAt,
          })
          .execute();
      },
      async byCode(code) {
        const r = await db.selectFrom('attestation_policies').selectAll().where('code', '=', code).executeTakeFirst();
        return r ? toPolicy(r) : null;
      },
      async list() {
        return (await db.selectFrom('attestation_policies').selectAll().orderBy('code').execute()).map(toPolicy);
      },
    },
    attestations: {
      async insert(a) {
        const r = await db
          .insertInto('attestations')
          .values({
            id: a.id, agent_did: a.agentDid, policy_id: a.policyId, policy_code: a.policyCode, data: JSON.stringify(a.data), storage_pointer: a.storagePointer,
            proof_hash: a.proofHash, verified: a.verified, reason: a.reason, reward: a.reward === null ? null : amountToDb(a.reward),
            reward_transaction_id: a.rewardTransactionId, created_at: a.createdAt,
          })
          .onConflict((oc) => oc.columns(['agent_did', 'policy_id', 'proof_hash']).doNothing())
          .executeTakeFirst();
        return Number(r.numInsertedOrUpdatedRows ?? 0n) > 0;
      },
      async byProof(agentDid, policyId, proofHash) {
        const r = await db.selectFrom('attestations').selectAll().where('agent_did', '=', agentDid).where('policy_id', '=', policyId).where('proof_hash', '=', proofHash).executeTakeFirst();
        return r ? toSubmission(r) : null;
      },
      async rewarded(id, transactionId) {
        await db.updateTable('attestations').set({ reward_transaction_id: transactionId }).where('id', '=', id).execute();
      },
      async unrewarded(limit) {
        const rows = await db
          .selectFrom('attestations')
          .selectAll()
          .where('verified', '=', true)
          .where('reward', '>', sql<string>`0`)
          .where('reward_transaction_id', 'is', null)
          .orderBy('created_at')
          .limit(limit)
          .execute();
        return rows.map(toSubmission);
      },
      async list(agentDid, limit, offset) {
        const query = db.selectFrom('attestations').where('agent_did', '=', agentDid);
        const [rows, count] = await Promise.all([
          query.selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).offset(offset).execute(),
          query.select((eb) => eb.fn.countAll<string>().as('total')).executeTakeFirstOrThrow(),
        ]);
        return { items: rows.map(toSubmission), total: Number(count.total) };
      },
    },
  };
}
